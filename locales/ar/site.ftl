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
