### Translation of locales/en/site.ftl into `sq`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update sq`.

# en: English
language-name = Shqip

# en: Signpost advice
site-name = Këshilla Signpost

# en: Clear advice on what to do and who can help.
site-tagline = Këshilla të qarta se çfarë të bëni dhe kush mund t’ju ndihmojë.

# en: Skip to main content
skip-to-content = Kaloni te përmbajtja kryesore

# en: Languages
languages-label = Gjuhët

# en: Choose your language
choose-language = Zgjidhni gjuhën tuaj

# en: Warning
warning-label = Kujdes

# en: This translation has not yet been checked by a qualified translator. If something is unclear, read the English page or call one of the helplines.
draft-notice = Ky përkthim nuk është kontrolluar ende nga një përkthyes i kualifikuar. Nëse diçka nuk është e qartë, lexoni faqen në anglisht ose telefononi një nga linjat e ndihmës.

# en: { $nation ->
# en+ [wales] This advice applies to Wales
# en+ [scotland] This advice applies to Scotland
# en+ [northern-ireland] This advice applies to Northern Ireland
# en+ *[england] This advice applies to England
applies-to = { $nation ->
    [wales] Këto këshilla vlejnë për Uellsin
    [scotland] Këto këshilla vlejnë për Skocinë
    [northern-ireland] Këto këshilla vlejnë për Irlandën e Veriut
   *[england] Këto këshilla vlejnë për Anglinë
}

# en: Last reviewed:
last-reviewed-label = Rishikuar për herë të fundit:

# en: On this page
on-this-page = Në këtë faqe

# en: Phone numbers on this page
contacts-heading = Numrat e telefonit në këtë faqe

# en: Call { $name }
contacts-call = Telefononi: { $name }

# en: Advice pages
advice-pages = Faqet me këshilla

# en: Back to top
back-to-top = Kthehuni në krye

# en: Page not found
not-found-title = Faqja nuk u gjet

# en: We could not find that page. It may have moved.
not-found-body = Nuk e gjetëm këtë faqe. Mund të jetë zhvendosur.

# en: Go to the list of languages
not-found-link = Shkoni te lista e gjuhëve

# en: Free to call from landlines and mobiles.
cost-free = Telefonata është falas nga telefoni fiks dhe nga celulari.

# en: Costs the same as a call to a landline.
cost-standard-rate = Kushton njësoj si një telefonatë drejt një telefoni fiks.

# en: There is a charge for this call.
cost-charged = Kjo telefonatë është me pagesë.

# en: { $day } { $month } { $year }
date-long = { $day } { $month } { $year }

# en: January
month-1 = janar

# en: February
month-2 = shkurt

# en: March
month-3 = mars

# en: April
month-4 = prill

# en: May
month-5 = maj

# en: June
month-6 = qershor

# en: July
month-7 = korrik

# en: August
month-8 = gusht

# en: September
month-9 = shtator

# en: October
month-10 = tetor

# en: November
month-11 = nëntor

# en: December
month-12 = dhjetor
