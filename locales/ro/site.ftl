### Translation of locales/en/site.ftl into `ro`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update ro`.

# en: English
language-name = Română

# en: Signpost advice
site-name = Sfaturi Signpost

# en: Clear advice on what to do and who can help.
site-tagline = Sfaturi clare despre ce să faceți și cine vă poate ajuta.

# en: Skip to main content
skip-to-content = Mergeți la conținutul principal

# en: Languages
languages-label = Limbi

# en: Choose your language
choose-language = Alegeți limba

# en: Warning
warning-label = Avertisment

# en: This translation has not yet been checked by a qualified translator. If something is unclear, read the English page or call one of the helplines.
draft-notice = Această traducere nu a fost încă verificată de un traducător calificat. Dacă ceva nu este clar, citiți pagina în limba engleză sau sunați la una dintre liniile de asistență.

# en: { $nation ->
# en+ [wales] This advice applies to Wales
# en+ [scotland] This advice applies to Scotland
# en+ [northern-ireland] This advice applies to Northern Ireland
# en+ *[england] This advice applies to England
applies-to = { $nation ->
    [wales] Aceste sfaturi sunt valabile pentru Țara Galilor
    [scotland] Aceste sfaturi sunt valabile pentru Scoția
    [northern-ireland] Aceste sfaturi sunt valabile pentru Irlanda de Nord
   *[england] Aceste sfaturi sunt valabile pentru Anglia
}

# en: Last reviewed:
last-reviewed-label = Ultima verificare:

# en: On this page
on-this-page = Pe această pagină

# en: Phone numbers on this page
contacts-heading = Numere de telefon de pe această pagină

# en: Call { $name }
contacts-call = Sunați la { $name }

# en: Advice pages
advice-pages = Pagini cu sfaturi

# en: Back to top
back-to-top = Înapoi sus

# en: Page not found
not-found-title = Pagina nu a fost găsită

# en: We could not find that page. It may have moved.
not-found-body = Nu am găsit această pagină. Este posibil să fi fost mutată.

# en: Go to the list of languages
not-found-link = Mergeți la lista de limbi

# en: Free to call from landlines and mobiles.
cost-free = Apelul este gratuit de pe telefonul fix și de pe mobil.

# en: Costs the same as a call to a landline.
cost-standard-rate = Costă la fel ca un apel către un telefon fix.

# en: There is a charge for this call.
cost-charged = Acest apel se plătește.

# en: { $day } { $month } { $year }
date-long = { $day } { $month } { $year }

# en: January
month-1 = ianuarie

# en: February
month-2 = februarie

# en: March
month-3 = martie

# en: April
month-4 = aprilie

# en: May
month-5 = mai

# en: June
month-6 = iunie

# en: July
month-7 = iulie

# en: August
month-8 = august

# en: September
month-9 = septembrie

# en: October
month-10 = octombrie

# en: November
month-11 = noiembrie

# en: December
month-12 = decembrie
