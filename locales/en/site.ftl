# Interface strings: every piece of text the templates show or speak.
# Translators: keep { $variables } exactly as they are.

language-name = English
site-name = Signpost advice
site-tagline = Clear advice on what to do and who can help.
skip-to-content = Skip to main content
languages-label = Languages
choose-language = Choose your language
warning-label = Warning
draft-notice = This translation has not yet been checked by a qualified translator. If something is unclear, read the English page or call one of the helplines.

applies-to = { $nation ->
    [wales] This advice applies to Wales
    [scotland] This advice applies to Scotland
    [northern-ireland] This advice applies to Northern Ireland
   *[england] This advice applies to England
}

last-reviewed-label = Last reviewed:
on-this-page = On this page
contacts-heading = Phone numbers on this page
contacts-call = Call { $name }
advice-pages = Advice pages
back-to-top = Back to top

# "Exit this page": a button that leaves at once for a neutral website.
exit-this-page = Exit this page
# Read aloud by screen readers after the Shift key is pressed once, then twice.
exit-shift-two = Shift, press 2 more times to exit.
exit-shift-one = Shift, press 1 more time to exit.
# Read aloud when the Shift presses were too slow and the count starts again.
exit-expired = Exit this page expired.

# "Staying safe online": a short note under the Exit this page button.
safety-heading = Staying safe online
safety-exit = The “Exit this page” button quickly swaps this page for another website. On a computer, you can also press the Shift key 3 times.
safety-history = It does not delete your browsing history. Someone who checks this phone or computer may still see that you visited this website.
safety-private = Use a private or incognito window if you can. Pages you read there are not kept in your history.
safety-clear = If you cannot, delete this website from your browsing history when you have finished.
safety-device = If you think someone checks your phone, use a different phone or computer if you can, for example at a library.

print-page = Print this page

# Search: a link in every page's header, and the search page. What readers
# type is searched on their own device and never sent or saved.
search-link = Search
search-title = Search the advice
search-label = Words to search for
search-privacy = What you type stays on this device. It is not sent anywhere and it is not saved in your browsing history. “Exit this page” also clears it.
# Read aloud while results are found, then above the results.
search-searching = Searching…
search-found = Pages that match your search:
search-none = No pages match your search. Try another word, or find the page in the list of all pages below.
# Shown when the browser cannot run the search (for example an old browser).
search-unavailable = Search does not work in this browser. Find the page in the list of all pages below.
search-more = Show more results
# The heading of every page of the site, in alphabetical order.
search-all-pages = All pages, A to Z

# "Did this advice help?": a short feedback form at the end of an advice page.
feedback-question = Did this advice help?
feedback-yes = Yes
feedback-no = No
feedback-why = Why wasn't this advice helpful?
feedback-why-hint = Do not write your name, your phone number or anything else that shows who you are.
feedback-send = Send

not-found-title = Page not found
not-found-body = We could not find that page. It may have moved.
not-found-link = Go to the list of languages

cost-free = Free to call from landlines and mobiles.
cost-standard-rate = Costs the same as a call to a landline.
cost-charged = There is a charge for this call.

date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
leaflet-download = Download a printable leaflet (PDF)
leaflets-link = Printable leaflets in every language
leaflets-title = Printable leaflets
leaflets-intro = Each leaflet is a PDF ready to print, in every language this advice is published in.
leaflet-contacts-heading = Who to contact
leaflet-qr-label = Scan the code to read this advice online, in your language.
leaflet-qr-alt = QR code that opens this advice online: { $url }
# The leaflet formats, as the leaflet index and each page list them.
leaflet-format-a5 = A5 leaflet
leaflet-format-a4 = A4 leaflet
leaflet-format-a4-large = Large print (A4)
leaflet-format-dl-trifold = Folded leaflet (DL)
leaflet-format-card = Pocket card with phone numbers
# A leaflet in two languages. { $format } is one of the formats above; { $language } is the other language's name in that language (for example English).
leaflet-bilingual = { $format }, side by side with { $language }
# A leaflet's file type and size, for example "PDF file, 212 KB".
leaflet-file-size = PDF file, { $size } KB
# On the leaflet index, under the introduction.
leaflets-formats = A5 and A4 leaflets are for noticeboards and for handing out. The folded leaflet fits a DL leaflet stand. Large print is for readers with low vision. The pocket card has only the phone numbers and is small enough to keep hidden.
# The heading of the pocket card. It must not say what the advice is about: the card may be found on someone who is watched.
leaflet-card-heading = Free numbers to call for help
