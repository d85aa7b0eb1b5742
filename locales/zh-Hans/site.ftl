### Translation of locales/en/site.ftl into `zh-Hans`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update zh-Hans`.

# en: English
language-name = 简体中文

# en: Signpost advice
site-name = Signpost 建议

# en: Clear advice on what to do and who can help.
site-tagline = 清楚地告诉您该怎么做，以及谁能帮助您。

# en: Skip to main content
skip-to-content = 跳到主要内容

# en: Languages
languages-label = 语言

# en: Choose your language
choose-language = 选择您的语言

# en: Warning
warning-label = 警告

# en: This translation has not yet been checked by a qualified translator. If something is unclear, read the English page or call one of the helplines.
draft-notice = 本译文还没有经过合格译员的检查。如果有不清楚的地方，请阅读英文页面，或拨打其中一条求助热线。

# en: { $nation ->
# en+ [wales] This advice applies to Wales
# en+ [scotland] This advice applies to Scotland
# en+ [northern-ireland] This advice applies to Northern Ireland
# en+ *[england] This advice applies to England
applies-to = { $nation ->
    [wales] 本建议适用于威尔士
    [scotland] 本建议适用于苏格兰
    [northern-ireland] 本建议适用于北爱尔兰
   *[england] 本建议适用于英格兰
}

# en: Last reviewed:
last-reviewed-label = 最近审核日期：

# en: On this page
on-this-page = 本页内容

# en: Phone numbers on this page
contacts-heading = 本页上的电话号码

# en: Call { $name }
contacts-call = 致电{ $name }

# en: Advice pages
advice-pages = 建议页面

# en: Back to top
back-to-top = 返回顶部

# en: Page not found
not-found-title = 找不到页面

# en: We could not find that page. It may have moved.
not-found-body = 我们找不到这个页面。它可能已经移到别处了。

# en: Go to the list of languages
not-found-link = 前往语言列表

# en: Free to call from landlines and mobiles.
cost-free = 用固定电话和手机拨打都免费。

# en: Costs the same as a call to a landline.
cost-standard-rate = 费用和拨打固定电话一样。

# en: There is a charge for this call.
cost-charged = 拨打这个电话要收费。

# en: { $day } { $month } { $year }
date-long = { $year }年{ $month }{ $day }日

# en: January
month-1 = 1月

# en: February
month-2 = 2月

# en: March
month-3 = 3月

# en: April
month-4 = 4月

# en: May
month-5 = 5月

# en: June
month-6 = 6月

# en: July
month-7 = 7月

# en: August
month-8 = 8月

# en: September
month-9 = 9月

# en: October
month-10 = 10月

# en: November
month-11 = 11月

# en: December
month-12 = 12月
