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
# en+ }
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

# en: Exit this page
exit-this-page = Dilni nga kjo faqe

# en: Shift, press 2 more times to exit.
exit-shift-two = Shift: shtypeni edhe 2 herë për të dalë.

# en: Shift, press 1 more time to exit.
exit-shift-one = Shift: shtypeni edhe 1 herë për të dalë.

# en: Exit this page expired.
exit-expired = Koha për të dalë nga kjo faqe mbaroi.

# en: Staying safe online
safety-heading = Të jeni të sigurt në internet

# en: The “Exit this page” button quickly swaps this page for another website. On a computer, you can also press the Shift key 3 times.
safety-exit = Butoni “Dilni nga kjo faqe” e zëvendëson shpejt këtë faqe me një faqe tjetër interneti. Në kompjuter, mund të shtypni edhe tastin Shift 3 herë.

# en: It does not delete your browsing history. Someone who checks this phone or computer may still see that you visited this website.
safety-history = Ai nuk e fshin historikun e shfletimit. Dikush që kontrollon këtë telefon ose kompjuter mund të shohë përsëri që e keni vizituar këtë faqe interneti.

# en: Use a private or incognito window if you can. Pages you read there are not kept in your history.
safety-private = Nëse mundeni, përdorni një dritare private ose të fshehtë (incognito). Faqet që lexoni atje nuk ruhen në historik.

# en: If you cannot, delete this website from your browsing history when you have finished.
safety-clear = Nëse nuk mundeni, fshijeni këtë faqe interneti nga historiku i shfletimit kur të keni mbaruar.

# en: If you think someone checks your phone, use a different phone or computer if you can, for example at a library.
safety-device = Nëse mendoni se dikush jua kontrollon telefonin, përdorni një telefon ose kompjuter tjetër nëse mundeni, për shembull në një bibliotekë.

# en: Print this page
print-page = Printoni këtë faqe

# en: Search
search-link = Kërko

# en: Search the advice
search-title = Kërkoni në këshilla

# en: Words to search for
search-label = Fjalët që kërkoni

# en: What you type stays on this device. It is not sent anywhere and it is not saved in your browsing history. “Exit this page” also clears it.
search-privacy = Ajo që shkruani këtu mbetet në këtë pajisje. Nuk dërgohet askund dhe nuk ruhet në historikun e shfletimit. Edhe butoni “Dilni nga kjo faqe” e fshin.

# en: Searching…
search-searching = Duke kërkuar…

# en: Pages that match your search:
search-found = Faqet që përputhen me kërkimin tuaj:

# en: No pages match your search. Try another word, or find the page in the list of all pages below.
search-none = Asnjë faqe nuk përputhet me kërkimin tuaj. Provoni një fjalë tjetër, ose gjeni faqen në listën e të gjitha faqeve më poshtë.

# en: Search does not work in this browser. Find the page in the list of all pages below.
search-unavailable = Kërkimi nuk funksionon në këtë shfletues. Gjeni faqen në listën e të gjitha faqeve më poshtë.

# en: Show more results
search-more = Shfaq më shumë rezultate

# en: All pages, A to Z
search-all-pages = Të gjitha faqet, nga A në Z

# en: Did this advice help?
feedback-question = A ju ndihmuan këto këshilla?

# en: Yes
feedback-yes = Po

# en: No
feedback-no = Jo

# en: Why wasn't this advice helpful?
feedback-why = Pse nuk ju ndihmuan këto këshilla?

# en: Do not write your name, your phone number or anything else that shows who you are.
feedback-why-hint = Mos shkruani emrin tuaj, numrin tuaj të telefonit ose ndonjë gjë tjetër që tregon se kush jeni.

# en: Send
feedback-send = Dërgoni

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

# en: Download a printable leaflet (PDF)
leaflet-download = Shkarkoni një fletëpalosje për ta printuar (PDF)

# en: Printable leaflets in every language
leaflets-link = Fletëpalosje për printim në çdo gjuhë

# en: Printable leaflets
leaflets-title = Fletëpalosje për printim

# en: Each leaflet is a PDF ready to print, in every language this advice is published in.
leaflets-intro = Çdo fletëpalosje është një PDF gati për printim, në çdo gjuhë në të cilën botohet kjo këshillë.

# en: Who to contact
leaflet-contacts-heading = Me kë të kontaktoni

# en: Scan the code to read this advice online, in your language.
leaflet-qr-label = Skanoni kodin për ta lexuar këtë këshillë në internet, në gjuhën tuaj.

# en: QR code that opens this advice online: { $url }
leaflet-qr-alt = Kod QR që hap këtë këshillë në internet: { $url }

# en: A5 leaflet
leaflet-format-a5 = Fletëpalosje A5

# en: A4 leaflet
leaflet-format-a4 = Fletëpalosje A4

# en: Large print (A4)
leaflet-format-a4-large = Me shkronja të mëdha (A4)

# en: Folded leaflet (DL)
leaflet-format-dl-trifold = Fletëpalosje në tri pjesë (DL)

# en: Pocket card with phone numbers
leaflet-format-card = Kartë xhepi me numra telefoni

# en: { $format }, side by side with { $language }
leaflet-bilingual = { $format }, krah për krah me: { $language }

# en: PDF file, { $size } KB
leaflet-file-size = Skedar PDF, { $size } KB

# en: A5 and A4 leaflets are for noticeboards and for handing out. The folded leaflet fits a DL leaflet stand. Large print is for readers with low vision. The pocket card has only the phone numbers and is small enough to keep hidden.
leaflets-formats = Fletëpalosjet A5 dhe A4 janë për tabelat e njoftimeve dhe për t’u shpërndarë. Fletëpalosja në tri pjesë hyn në një mbajtëse fletëpalosjesh DL. Varianti me shkronja të mëdha është për lexuesit me shikim të dobët. Karta e xhepit ka vetëm numrat e telefonit dhe është aq e vogël sa mund të mbahet e fshehur.

# en: Free numbers to call for help
leaflet-card-heading = Numra falas për të kërkuar ndihmë
