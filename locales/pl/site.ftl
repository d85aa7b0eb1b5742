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
# en+ }
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

# en: Exit this page
exit-this-page = Opuść tę stronę

# en: Shift, press 2 more times to exit.
exit-shift-two = Shift: naciśnij jeszcze 2 razy, aby wyjść.

# en: Shift, press 1 more time to exit.
exit-shift-one = Shift: naciśnij jeszcze 1 raz, aby wyjść.

# en: Exit this page expired.
exit-expired = Czas na opuszczenie tej strony minął.

# en: Staying safe online
safety-heading = Bezpieczeństwo w internecie

# en: The “Exit this page” button quickly swaps this page for another website. On a computer, you can also press the Shift key 3 times.
safety-exit = Przycisk „Opuść tę stronę” szybko zamienia tę stronę na inną stronę internetową. Na komputerze możesz też nacisnąć 3 razy klawisz Shift.

# en: It does not delete your browsing history. Someone who checks this phone or computer may still see that you visited this website.
safety-history = Nie usuwa on historii przeglądania. Ktoś, kto sprawdza ten telefon lub komputer, nadal może zobaczyć, że ta strona była otwierana.

# en: Use a private or incognito window if you can. Pages you read there are not kept in your history.
safety-private = Jeśli możesz, używaj okna prywatnego lub incognito. Strony, które tam czytasz, nie zostają w historii.

# en: If you cannot, delete this website from your browsing history when you have finished.
safety-clear = Jeśli nie możesz, usuń tę stronę z historii przeglądania, kiedy skończysz.

# en: If you think someone checks your phone, use a different phone or computer if you can, for example at a library.
safety-device = Jeśli myślisz, że ktoś sprawdza twój telefon, użyj innego telefonu lub komputera, jeśli możesz, na przykład w bibliotece.

# en: Print this page
print-page = Wydrukuj tę stronę

# en: Search
search-link = Szukaj

# en: Search the advice
search-title = Szukaj w poradach

# en: Words to search for
search-label = Słowa do wyszukania

# en: What you type stays on this device. It is not sent anywhere and it is not saved in your browsing history. “Exit this page” also clears it.
search-privacy = To, co tu wpiszesz, zostaje na tym urządzeniu. Nie jest nigdzie wysyłane ani zapisywane w historii przeglądania. Przycisk „Opuść tę stronę” również to usuwa.

# en: Searching…
search-searching = Wyszukiwanie…

# en: Pages that match your search:
search-found = Strony pasujące do wyszukiwania:

# en: No pages match your search. Try another word, or find the page in the list of all pages below.
search-none = Żadna strona nie pasuje do wyszukiwania. Spróbuj innego słowa albo znajdź stronę na liście wszystkich stron poniżej.

# en: Search does not work in this browser. Find the page in the list of all pages below.
search-unavailable = Wyszukiwanie nie działa w tej przeglądarce. Znajdź stronę na liście wszystkich stron poniżej.

# en: Show more results
search-more = Pokaż więcej wyników

# en: All pages, A to Z
search-all-pages = Wszystkie strony od A do Z

# en: Did this advice help?
feedback-question = Czy te porady ci pomogły?

# en: Yes
feedback-yes = Tak

# en: No
feedback-no = Nie

# en: Why wasn't this advice helpful?
feedback-why = Dlaczego te porady ci nie pomogły?

# en: Do not write your name, your phone number or anything else that shows who you are.
feedback-why-hint = Nie wpisuj swojego imienia i nazwiska, numeru telefonu ani niczego innego, co pokazuje, kim jesteś.

# en: Send
feedback-send = Wyślij

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

# en: Download a printable leaflet (PDF)
leaflet-download = Pobierz ulotkę do wydruku (PDF)

# en: Printable leaflets in every language
leaflets-link = Ulotki do wydruku we wszystkich językach

# en: Printable leaflets
leaflets-title = Ulotki do wydruku

# en: Each leaflet is a PDF ready to print, in every language this advice is published in.
leaflets-intro = Każda ulotka to plik PDF gotowy do wydruku, w każdym języku, w którym opublikowano tę poradę.

# en: Who to contact
leaflet-contacts-heading = Z kim się skontaktować

# en: Scan the code to read this advice online, in your language.
leaflet-qr-label = Zeskanuj kod, aby przeczytać tę poradę w internecie w swoim języku.

# en: QR code that opens this advice online: { $url }
leaflet-qr-alt = Kod QR, który otwiera tę poradę w internecie: { $url }

# en: A5 leaflet
leaflet-format-a5 = Ulotka A5

# en: A4 leaflet
leaflet-format-a4 = Ulotka A4

# en: Large print (A4)
leaflet-format-a4-large = Duży druk (A4)

# en: Folded leaflet (DL)
leaflet-format-dl-trifold = Ulotka składana (DL)

# en: Pocket card with phone numbers
leaflet-format-card = Karta kieszonkowa z numerami telefonów

# en: { $format }, side by side with { $language }
leaflet-bilingual = { $format } z tekstem obok w języku: { $language }

# en: PDF file, { $size } KB
leaflet-file-size = Plik PDF, { $size } KB

# en: A5 and A4 leaflets are for noticeboards and for handing out. The folded leaflet fits a DL leaflet stand. Large print is for readers with low vision. The pocket card has only the phone numbers and is small enough to keep hidden.
leaflets-formats = Ulotki A5 i A4 można wywiesić na tablicy ogłoszeń albo rozdawać. Ulotka składana mieści się w stojaku na ulotki DL. Duży druk jest dla osób słabowidzących. Karta kieszonkowa zawiera tylko numery telefonów i jest na tyle mała, że łatwo ją ukryć.

# en: Free numbers to call for help
leaflet-card-heading = Bezpłatne numery, pod które można zadzwonić po pomoc
