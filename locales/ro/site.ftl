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
# en+ }
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

# en: Exit this page
exit-this-page = Ieșiți de pe această pagină

# en: Shift, press 2 more times to exit.
exit-shift-two = Shift: mai apăsați de 2 ori pentru a ieși.

# en: Shift, press 1 more time to exit.
exit-shift-one = Shift: mai apăsați o dată pentru a ieși.

# en: Exit this page expired.
exit-expired = Timpul pentru ieșirea de pe această pagină a expirat.

# en: Staying safe online
safety-heading = Siguranța pe internet

# en: The “Exit this page” button quickly swaps this page for another website. On a computer, you can also press the Shift key 3 times.
safety-exit = Butonul „Ieșiți de pe această pagină” înlocuiește rapid această pagină cu un alt site. Pe un calculator, puteți apăsa și tasta Shift de 3 ori.

# en: It does not delete your browsing history. Someone who checks this phone or computer may still see that you visited this website.
safety-history = Butonul nu vă șterge istoricul de navigare. Cineva care verifică acest telefon sau calculator poate vedea în continuare că ați vizitat acest site.

# en: Use a private or incognito window if you can. Pages you read there are not kept in your history.
safety-private = Dacă puteți, folosiți o fereastră privată sau incognito. Paginile pe care le citiți acolo nu rămân în istoric.

# en: If you cannot, delete this website from your browsing history when you have finished.
safety-clear = Dacă nu puteți, ștergeți acest site din istoricul de navigare după ce terminați.

# en: If you think someone checks your phone, use a different phone or computer if you can, for example at a library.
safety-device = Dacă credeți că cineva vă verifică telefonul, folosiți un alt telefon sau calculator, dacă puteți, de exemplu la o bibliotecă.

# en: Print this page
print-page = Tipăriți această pagină

# en: Search
search-link = Căutare

# en: Search the advice
search-title = Căutați în sfaturi

# en: Words to search for
search-label = Cuvinte de căutat

# en: What you type stays on this device. It is not sent anywhere and it is not saved in your browsing history. “Exit this page” also clears it.
search-privacy = Ce scrieți aici rămâne pe acest dispozitiv. Nu este trimis nicăieri și nu este salvat în istoricul de navigare. Butonul „Ieșiți de pe această pagină” îl șterge și el.

# en: Searching…
search-searching = Se caută…

# en: Pages that match your search:
search-found = Pagini care se potrivesc căutării:

# en: No pages match your search. Try another word, or find the page in the list of all pages below.
search-none = Nicio pagină nu se potrivește căutării. Încercați alt cuvânt sau găsiți pagina în lista tuturor paginilor de mai jos.

# en: Search does not work in this browser. Find the page in the list of all pages below.
search-unavailable = Căutarea nu funcționează în acest browser. Găsiți pagina în lista tuturor paginilor de mai jos.

# en: Show more results
search-more = Afișați mai multe rezultate

# en: All pages, A to Z
search-all-pages = Toate paginile, de la A la Z

# en: Did this advice help?
feedback-question = V-au ajutat aceste sfaturi?

# en: Yes
feedback-yes = Da

# en: No
feedback-no = Nu

# en: Why wasn't this advice helpful?
feedback-why = De ce nu v-au ajutat aceste sfaturi?

# en: Do not write your name, your phone number or anything else that shows who you are.
feedback-why-hint = Nu scrieți numele dumneavoastră, numărul de telefon sau altceva care arată cine sunteți.

# en: Send
feedback-send = Trimiteți

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

# en: Download a printable leaflet (PDF)
leaflet-download = Descărcați un pliant de tipărit (PDF)

# en: Printable leaflets in every language
leaflets-link = Pliante de tipărit în fiecare limbă

# en: Printable leaflets
leaflets-title = Pliante de tipărit

# en: Each leaflet is a PDF ready to print, in every language this advice is published in.
leaflets-intro = Fiecare pliant este un PDF gata de tipărit, în fiecare limbă în care sunt publicate aceste sfaturi.

# en: Who to contact
leaflet-contacts-heading = Pe cine să contactați

# en: Scan the code to read this advice online, in your language.
leaflet-qr-label = Scanați codul pentru a citi aceste sfaturi online, în limba dumneavoastră.

# en: QR code that opens this advice online: { $url }
leaflet-qr-alt = Cod QR care deschide aceste sfaturi online: { $url }

# en: A5 leaflet
leaflet-format-a5 = Pliant A5

# en: A4 leaflet
leaflet-format-a4 = Pliant A4

# en: Large print (A4)
leaflet-format-a4-large = Cu litere mari (A4)

# en: Folded leaflet (DL)
leaflet-format-dl-trifold = Pliant împăturit (DL)

# en: Pocket card with phone numbers
leaflet-format-card = Card de buzunar cu numere de telefon

# en: { $format }, side by side with { $language }
leaflet-bilingual = { $format }, alături de versiunea: { $language }

# en: PDF file, { $size } KB
leaflet-file-size = Fișier PDF, { $size } KB

# en: A5 and A4 leaflets are for noticeboards and for handing out. The folded leaflet fits a DL leaflet stand. Large print is for readers with low vision. The pocket card has only the phone numbers and is small enough to keep hidden.
leaflets-formats = Pliantele A5 și A4 sunt pentru avizier și pentru a fi împărțite. Pliantul împăturit încape într-un suport pentru pliante DL. Varianta cu litere mari este pentru cititorii cu vedere slabă. Cardul de buzunar are doar numerele de telefon și este destul de mic pentru a fi ținut ascuns.

# en: Free numbers to call for help
leaflet-card-heading = Numere gratuite pe care le poți suna pentru ajutor
