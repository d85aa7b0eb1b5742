### Translation of locales/en/site.ftl into `vi`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update vi`.

# en: English
language-name = Tiếng Việt

# en: Signpost advice
site-name = Tư vấn Signpost

# en: Clear advice on what to do and who can help.
site-tagline = Lời khuyên rõ ràng về việc cần làm và ai có thể giúp bạn.

# en: Skip to main content
skip-to-content = Chuyển đến nội dung chính

# en: Languages
languages-label = Ngôn ngữ

# en: Choose your language
choose-language = Chọn ngôn ngữ của bạn

# en: Warning
warning-label = Cảnh báo

# en: This translation has not yet been checked by a qualified translator. If something is unclear, read the English page or call one of the helplines.
draft-notice = Bản dịch này chưa được một biên dịch viên có chuyên môn kiểm tra. Nếu có điều gì chưa rõ, hãy đọc trang tiếng Anh hoặc gọi một trong các đường dây trợ giúp.

# en: { $nation ->
# en+ [wales] This advice applies to Wales
# en+ [scotland] This advice applies to Scotland
# en+ [northern-ireland] This advice applies to Northern Ireland
# en+ *[england] This advice applies to England
applies-to = { $nation ->
    [wales] Lời khuyên này áp dụng cho xứ Wales
    [scotland] Lời khuyên này áp dụng cho Scotland
    [northern-ireland] Lời khuyên này áp dụng cho Bắc Ireland
   *[england] Lời khuyên này áp dụng cho nước Anh (England)
}

# en: Last reviewed:
last-reviewed-label = Xem lại lần cuối:

# en: On this page
on-this-page = Trên trang này

# en: Phone numbers on this page
contacts-heading = Các số điện thoại trên trang này

# en: Call { $name }
contacts-call = Gọi { $name }

# en: Advice pages
advice-pages = Các trang tư vấn

# en: Back to top
back-to-top = Về đầu trang

# en: Page not found
not-found-title = Không tìm thấy trang

# en: We could not find that page. It may have moved.
not-found-body = Chúng tôi không tìm thấy trang đó. Có thể trang đã được chuyển đi nơi khác.

# en: Go to the list of languages
not-found-link = Đi đến danh sách ngôn ngữ

# en: Free to call from landlines and mobiles.
cost-free = Gọi miễn phí từ điện thoại bàn và điện thoại di động.

# en: Costs the same as a call to a landline.
cost-standard-rate = Giá cước bằng một cuộc gọi đến điện thoại bàn.

# en: There is a charge for this call.
cost-charged = Cuộc gọi này có tính phí.

# en: { $day } { $month } { $year }
date-long = ngày { $day } { $month } năm { $year }

# en: January
month-1 = tháng 1

# en: February
month-2 = tháng 2

# en: March
month-3 = tháng 3

# en: April
month-4 = tháng 4

# en: May
month-5 = tháng 5

# en: June
month-6 = tháng 6

# en: July
month-7 = tháng 7

# en: August
month-8 = tháng 8

# en: September
month-9 = tháng 9

# en: October
month-10 = tháng 10

# en: November
month-11 = tháng 11

# en: December
month-12 = tháng 12
