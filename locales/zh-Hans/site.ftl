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
# en+ }
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

# en: Exit this page
exit-this-page = 退出此页面

# en: Shift, press 2 more times to exit.
exit-shift-two = Shift 键：再按 2 次即可退出。

# en: Shift, press 1 more time to exit.
exit-shift-one = Shift 键：再按 1 次即可退出。

# en: Exit this page expired.
exit-expired = “退出此页面”已超时。

# en: Staying safe online
safety-heading = 上网时保护自己的安全

# en: The “Exit this page” button quickly swaps this page for another website. On a computer, you can also press the Shift key 3 times.
safety-exit = “退出此页面”按钮会迅速把这个页面换成另一个网站。在电脑上，您也可以连按 3 次 Shift 键。

# en: It does not delete your browsing history. Someone who checks this phone or computer may still see that you visited this website.
safety-history = 这个按钮不会删除您的浏览记录。检查这部手机或电脑的人仍然可能看到您访问过这个网站。

# en: Use a private or incognito window if you can. Pages you read there are not kept in your history.
safety-private = 如果可以，请使用无痕（隐私）浏览窗口。您在那里看过的页面不会保存在浏览记录中。

# en: If you cannot, delete this website from your browsing history when you have finished.
safety-clear = 如果不能这样做，请在看完后从浏览记录中删除这个网站。

# en: If you think someone checks your phone, use a different phone or computer if you can, for example at a library.
safety-device = 如果您认为有人会检查您的手机，请尽量使用另一部手机或电脑，例如图书馆里的电脑。

# en: Print this page
print-page = 打印此页面

# en: Search
search-link = 搜索

# en: Search the advice
search-title = 搜索建议内容

# en: Words to search for
search-label = 要搜索的词语

# en: What you type stays on this device. It is not sent anywhere and it is not saved in your browsing history. “Exit this page” also clears it.
search-privacy = 您在这里输入的内容只保留在这部设备上，不会发送到任何地方，也不会保存在浏览记录中。“退出此页面”按钮也会清除这些内容。

# en: Searching…
search-searching = 正在搜索…

# en: Pages that match your search:
search-found = 与您的搜索相符的页面：

# en: No pages match your search. Try another word, or find the page in the list of all pages below.
search-none = 没有与您的搜索相符的页面。请换一个词试试，或者在下面的全部页面列表中查找。

# en: Search does not work in this browser. Find the page in the list of all pages below.
search-unavailable = 搜索功能在此浏览器中无法使用。请在下面的全部页面列表中查找。

# en: Show more results
search-more = 显示更多结果

# en: All pages, A to Z
search-all-pages = 全部页面（按拼音排序）

# en: Did this advice help?
feedback-question = 这些建议对您有帮助吗？

# en: Yes
feedback-yes = 有

# en: No
feedback-no = 没有

# en: Why wasn't this advice helpful?
feedback-why = 为什么这些建议对您没有帮助？

# en: Do not write your name, your phone number or anything else that shows who you are.
feedback-why-hint = 请不要写您的姓名、电话号码或任何其他能看出您是谁的信息。

# en: Send
feedback-send = 发送

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

# en: Download a printable leaflet (PDF)
leaflet-download = 下载可打印的传单（PDF）

# en: Printable leaflets in every language
leaflets-link = 各种语言的可打印传单

# en: Printable leaflets
leaflets-title = 可打印的传单

# en: Each leaflet is a PDF ready to print, in every language this advice is published in.
leaflets-intro = 每份传单都是可直接打印的 PDF 文件，提供本建议发布的所有语言版本。

# en: Who to contact
leaflet-contacts-heading = 联系谁

# en: Scan the code to read this advice online, in your language.
leaflet-qr-label = 扫描二维码，用您的语言在网上阅读本建议。

# en: QR code that opens this advice online: { $url }
leaflet-qr-alt = 打开本建议网页的二维码：{ $url }

# en: A5 leaflet
leaflet-format-a5 = A5 传单

# en: A4 leaflet
leaflet-format-a4 = A4 传单

# en: Large print (A4)
leaflet-format-a4-large = 大字版（A4）

# en: Folded leaflet (DL)
leaflet-format-dl-trifold = 三折页（DL）

# en: Pocket card with phone numbers
leaflet-format-card = 电话号码口袋卡

# en: { $format }, side by side with { $language }
leaflet-bilingual = { $format }，与{ $language }对照

# en: PDF file, { $size } KB
leaflet-file-size = PDF，{ $size } KB

# en: A5 and A4 leaflets are for noticeboards and for handing out. The folded leaflet fits a DL leaflet stand. Large print is for readers with low vision. The pocket card has only the phone numbers and is small enough to keep hidden.
leaflets-formats = A5 和 A4 传单可以贴在布告栏上，也可以分发。三折页可以放进 DL 尺寸的传单架。大字版供视力不好的读者使用。口袋卡只印有电话号码，小到可以藏起来。

# en: Free numbers to call for help
leaflet-card-heading = 免费求助电话
