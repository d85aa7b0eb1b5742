### Translation of locales/en/site.ftl into `pl`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update pl`.

# en: English
language-name = Polski

# en: Signpost advice
site-name = Porady Signpost

# en: Clear advice on what to do and who can help.
site-tagline = Jasne porady: co zrobić i kto może pomóc.

# en: Skip to main content
skip-to-content = Przejdź do głównej treści

# en: Languages
languages-label = Języki

# en: Choose your language
choose-language = Wybierz swój język

# en: Warning
warning-label = Uwaga

# en: This translation has not yet been checked by a qualified translator. If something is unclear, read the English page or call one of the helplines.
draft-notice = To tłumaczenie nie zostało jeszcze sprawdzone przez wykwalifikowanego tłumacza. Jeśli coś jest niejasne, przeczytaj stronę po angielsku albo zadzwoń na jedną z infolinii.

# en: { $nation ->
# en+ [wales] This advice applies to Wales
# en+ [scotland] This advice applies to Scotland
# en+ [northern-ireland] This advice applies to Northern Ireland
# en+ *[england] This advice applies to England
applies-to = { $nation ->
    [wales] Te porady dotyczą Walii
    [scotland] Te porady dotyczą Szkocji
    [northern-ireland] Te porady dotyczą Irlandii Północnej
   *[england] Te porady dotyczą Anglii
}

# en: Last reviewed:
last-reviewed-label = Ostatnio sprawdzono:

# en: On this page
on-this-page = Na tej stronie

# en: Phone numbers on this page
contacts-heading = Numery telefonów na tej stronie

# en: Call { $name }
contacts-call = Zadzwoń: { $name }

# en: Advice pages
advice-pages = Strony z poradami

# en: Back to top
back-to-top = Wróć na górę strony

# en: Page not found
not-found-title = Nie znaleziono strony

# en: We could not find that page. It may have moved.
not-found-body = Nie udało się znaleźć tej strony. Mogła zostać przeniesiona.

# en: Go to the list of languages
not-found-link = Przejdź do listy języków

# en: Free to call from landlines and mobiles.
cost-free = Połączenie jest bezpłatne z telefonów stacjonarnych i komórkowych.

# en: Costs the same as a call to a landline.
cost-standard-rate = Kosztuje tyle samo, co połączenie na numer stacjonarny.

# en: There is a charge for this call.
cost-charged = To połączenie jest płatne.

# en: { $day } { $month } { $year }
date-long = { $day } { $month } { $year }

# en: January
month-1 = stycznia

# en: February
month-2 = lutego

# en: March
month-3 = marca

# en: April
month-4 = kwietnia

# en: May
month-5 = maja

# en: June
month-6 = czerwca

# en: July
month-7 = lipca

# en: August
month-8 = sierpnia

# en: September
month-9 = września

# en: October
month-10 = października

# en: November
month-11 = listopada

# en: December
month-12 = grudnia
