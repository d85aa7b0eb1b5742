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
