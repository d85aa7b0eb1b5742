### Translation of locales/en/site.ftl into `ar`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update ar`.

# en: English
language-name = العربية

# en: Signpost advice
site-name = نصائح Signpost

# en: Clear advice on what to do and who can help.
site-tagline = نصائح واضحة حول ما يجب أن تفعله ومن يستطيع أن يساعدك.

# en: Skip to main content
skip-to-content = انتقل إلى المحتوى الرئيسي

# en: Languages
languages-label = اللغات

# en: Choose your language
choose-language = اختر لغتك

# en: Warning
warning-label = تحذير

# en: This translation has not yet been checked by a qualified translator. If something is unclear, read the English page or call one of the helplines.
draft-notice = لم يراجع مترجم مؤهل هذه الترجمة بعد. إذا كان هناك شيء غير واضح، فاقرأ الصفحة باللغة الإنجليزية أو اتصل بأحد خطوط المساعدة.

# en: { $nation ->
# en+ [wales] This advice applies to Wales
# en+ [scotland] This advice applies to Scotland
# en+ [northern-ireland] This advice applies to Northern Ireland
# en+ *[england] This advice applies to England
# en+ }
applies-to = { $nation ->
    [wales] تنطبق هذه النصائح على ويلز
    [scotland] تنطبق هذه النصائح على اسكتلندا
    [northern-ireland] تنطبق هذه النصائح على أيرلندا الشمالية
   *[england] تنطبق هذه النصائح على إنجلترا
}

# en: Last reviewed:
last-reviewed-label = آخر مراجعة:

# en: On this page
on-this-page = في هذه الصفحة

# en: Phone numbers on this page
contacts-heading = أرقام الهاتف في هذه الصفحة

# en: Call { $name }
contacts-call = اتصل بـ { $name }

# en: Advice pages
advice-pages = صفحات النصائح

# en: Back to top
back-to-top = العودة إلى أعلى الصفحة

# en: Exit this page
exit-this-page = اخرج من هذه الصفحة

# en: Shift, press 2 more times to exit.
exit-shift-two = مفتاح Shift: اضغط عليه مرتين أخريين للخروج.

# en: Shift, press 1 more time to exit.
exit-shift-one = مفتاح Shift: اضغط عليه مرة واحدة أخرى للخروج.

# en: Exit this page expired.
exit-expired = انتهت مهلة الخروج من هذه الصفحة.

# en: Staying safe online
safety-heading = البقاء آمنًا على الإنترنت

# en: The “Exit this page” button quickly swaps this page for another website. On a computer, you can also press the Shift key 3 times.
safety-exit = زر «اخرج من هذه الصفحة» يستبدل هذه الصفحة بسرعة بموقع إلكتروني آخر. على الكمبيوتر، يمكنك أيضًا الضغط على مفتاح Shift ثلاث مرات.

# en: It does not delete your browsing history. Someone who checks this phone or computer may still see that you visited this website.
safety-history = هذا الزر لا يحذف سجل التصفح. قد يظل بإمكان من يفحص هذا الهاتف أو الكمبيوتر أن يرى أنك زرت هذا الموقع.

# en: Use a private or incognito window if you can. Pages you read there are not kept in your history.
safety-private = استخدم نافذة تصفح خاصة أو متخفية إن استطعت. الصفحات التي تقرؤها فيها لا تُحفظ في السجل.

# en: If you cannot, delete this website from your browsing history when you have finished.
safety-clear = إن لم تستطع، فاحذف هذا الموقع من سجل التصفح عندما تنتهي.

# en: If you think someone checks your phone, use a different phone or computer if you can, for example at a library.
safety-device = إذا كنت تظن أن شخصًا ما يفحص هاتفك، فاستخدم هاتفًا أو كمبيوترًا آخر إن استطعت، مثلًا في مكتبة عامة.

# en: Print this page
print-page = اطبع هذه الصفحة

# en: Search
search-link = بحث

# en: Search the advice
search-title = ابحث في النصائح

# en: Words to search for
search-label = الكلمات التي تبحث عنها

# en: What you type stays on this device. It is not sent anywhere and it is not saved in your browsing history. “Exit this page” also clears it.
search-privacy = ما تكتبه هنا يبقى على هذا الجهاز. لا يُرسل إلى أي مكان ولا يُحفظ في سجل التصفح. زر «اخرج من هذه الصفحة» يمسحه أيضًا.

# en: Searching…
search-searching = جارٍ البحث…

# en: Pages that match your search:
search-found = الصفحات المطابقة لبحثك:

# en: No pages match your search. Try another word, or find the page in the list of all pages below.
search-none = لا توجد صفحات مطابقة لبحثك. جرّب كلمة أخرى، أو ابحث عن الصفحة في قائمة كل الصفحات أدناه.

# en: Search does not work in this browser. Find the page in the list of all pages below.
search-unavailable = البحث لا يعمل في هذا المتصفح. ابحث عن الصفحة في قائمة كل الصفحات أدناه.

# en: Show more results
search-more = اعرض نتائج أكثر

# en: All pages, A to Z
search-all-pages = كل الصفحات بالترتيب الأبجدي

# en: Did this advice help?
feedback-question = هل ساعدتك هذه النصائح؟

# en: Yes
feedback-yes = نعم

# en: No
feedback-no = لا

# en: Why wasn't this advice helpful?
feedback-why = لماذا لم تساعدك هذه النصائح؟

# en: Do not write your name, your phone number or anything else that shows who you are.
feedback-why-hint = لا تكتب اسمك أو رقم هاتفك أو أي شيء آخر يكشف من أنت.

# en: Send
feedback-send = أرسل

# en: Page not found
not-found-title = الصفحة غير موجودة

# en: We could not find that page. It may have moved.
not-found-body = لم نتمكن من العثور على هذه الصفحة. ربما نُقلت إلى مكان آخر.

# en: Go to the list of languages
not-found-link = اذهب إلى قائمة اللغات

# en: Free to call from landlines and mobiles.
cost-free = الاتصال مجاني من الهواتف الأرضية والهواتف المحمولة.

# en: Costs the same as a call to a landline.
cost-standard-rate = تكلفة هذا الاتصال مثل تكلفة الاتصال بهاتف أرضي.

# en: There is a charge for this call.
cost-charged = هذا الاتصال ليس مجانيًا، بل تدفع مقابله.

# en: { $day } { $month } { $year }
date-long = { $day } { $month } { $year }

# en: January
month-1 = يناير

# en: February
month-2 = فبراير

# en: March
month-3 = مارس

# en: April
month-4 = أبريل

# en: May
month-5 = مايو

# en: June
month-6 = يونيو

# en: July
month-7 = يوليو

# en: August
month-8 = أغسطس

# en: September
month-9 = سبتمبر

# en: October
month-10 = أكتوبر

# en: November
month-11 = نوفمبر

# en: December
month-12 = ديسمبر

# en: Download a printable leaflet (PDF)
leaflet-download = نزّل نشرة قابلة للطباعة (PDF)

# en: Printable leaflets in every language
leaflets-link = نشرات قابلة للطباعة بكل اللغات

# en: Printable leaflets
leaflets-title = نشرات قابلة للطباعة

# en: Each leaflet is a PDF ready to print, in every language this advice is published in.
leaflets-intro = كل نشرة ملف PDF جاهز للطباعة، بكل لغة نُشرت بها هذه النصائح.

# en: Who to contact
leaflet-contacts-heading = بمن تتصل

# en: Scan the code to read this advice online, in your language.
leaflet-qr-label = امسح الرمز لقراءة هذه النصائح على الإنترنت بلغتك.

# en: QR code that opens this advice online: { $url }
leaflet-qr-alt = رمز QR يفتح هذه النصائح على الإنترنت: { $url }

# en: A5 leaflet
leaflet-format-a5 = نشرة بحجم A5

# en: A4 leaflet
leaflet-format-a4 = نشرة بحجم A4

# en: Large print (A4)
leaflet-format-a4-large = طباعة بخط كبير (A4)

# en: Folded leaflet (DL)
leaflet-format-dl-trifold = نشرة مطوية (DL)

# en: Pocket card with phone numbers
leaflet-format-card = بطاقة جيب بأرقام الهواتف

# en: { $format }, side by side with { $language }
leaflet-bilingual = { $format }، جنبًا إلى جنب مع { $language }

# en: PDF file, { $size } KB
leaflet-file-size = PDF، { $size } كيلوبايت

# en: A5 and A4 leaflets are for noticeboards and for handing out. The folded leaflet fits a DL leaflet stand. Large print is for readers with low vision. The pocket card has only the phone numbers and is small enough to keep hidden.
leaflets-formats = نشرات A5 وA4 مخصصة للوحات الإعلانات وللتوزيع. النشرة المطوية تناسب حامل النشرات بحجم DL. الطباعة بخط كبير مخصصة للقراء ضعاف البصر. بطاقة الجيب تحتوي على أرقام الهواتف فقط، وهي صغيرة بما يكفي لإخفائها.

# en: Free numbers to call for help
leaflet-card-heading = أرقام مجانية للاتصال وطلب المساعدة
