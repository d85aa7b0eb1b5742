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
# en+ }
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

# en: Exit this page
exit-this-page = Thoát khỏi trang này

# en: Shift, press 2 more times to exit.
exit-shift-two = Shift, nhấn thêm 2 lần nữa để thoát.

# en: Shift, press 1 more time to exit.
exit-shift-one = Shift, nhấn thêm 1 lần nữa để thoát.

# en: Exit this page expired.
exit-expired = Lệnh thoát khỏi trang này đã hết hạn.

# en: Staying safe online
safety-heading = Giữ an toàn khi lên mạng

# en: The “Exit this page” button quickly swaps this page for another website. On a computer, you can also press the Shift key 3 times.
safety-exit = Nút “Thoát khỏi trang này” sẽ nhanh chóng thay trang này bằng một trang web khác. Trên máy tính, bạn cũng có thể nhấn phím Shift 3 lần.

# en: It does not delete your browsing history. Someone who checks this phone or computer may still see that you visited this website.
safety-history = Nút này không xóa lịch sử duyệt web của bạn. Người kiểm tra điện thoại hoặc máy tính này vẫn có thể thấy bạn đã vào trang web này.

# en: Use a private or incognito window if you can. Pages you read there are not kept in your history.
safety-private = Nếu có thể, hãy dùng cửa sổ riêng tư hoặc ẩn danh. Những trang bạn đọc ở đó không được lưu trong lịch sử.

# en: If you cannot, delete this website from your browsing history when you have finished.
safety-clear = Nếu không thể, hãy xóa trang web này khỏi lịch sử duyệt web khi bạn đọc xong.

# en: If you think someone checks your phone, use a different phone or computer if you can, for example at a library.
safety-device = Nếu bạn nghĩ có người kiểm tra điện thoại của bạn, hãy dùng một điện thoại hoặc máy tính khác nếu có thể, ví dụ ở thư viện.

# en: Print this page
print-page = In trang này

# en: Search
search-link = Tìm kiếm

# en: Search the advice
search-title = Tìm kiếm trong các trang tư vấn

# en: Words to search for
search-label = Từ cần tìm

# en: What you type stays on this device. It is not sent anywhere and it is not saved in your browsing history. “Exit this page” also clears it.
search-privacy = Những gì bạn gõ ở đây chỉ nằm trên thiết bị này. Nội dung đó không được gửi đi đâu và không được lưu trong lịch sử duyệt web. Nút “Thoát khỏi trang này” cũng xóa nội dung đó.

# en: Searching…
search-searching = Đang tìm…

# en: Pages that match your search:
search-found = Các trang phù hợp với nội dung bạn tìm:

# en: No pages match your search. Try another word, or find the page in the list of all pages below.
search-none = Không có trang nào phù hợp với nội dung bạn tìm. Hãy thử một từ khác, hoặc tìm trang trong danh sách tất cả các trang bên dưới.

# en: Search does not work in this browser. Find the page in the list of all pages below.
search-unavailable = Chức năng tìm kiếm không hoạt động trên trình duyệt này. Hãy tìm trang trong danh sách tất cả các trang bên dưới.

# en: Show more results
search-more = Hiện thêm kết quả

# en: All pages, A to Z
search-all-pages = Tất cả các trang, theo thứ tự chữ cái

# en: Did this advice help?
feedback-question = Lời khuyên này có giúp ích cho bạn không?

# en: Yes
feedback-yes = Có

# en: No
feedback-no = Không

# en: Why wasn't this advice helpful?
feedback-why = Vì sao lời khuyên này không giúp ích cho bạn?

# en: Do not write your name, your phone number or anything else that shows who you are.
feedback-why-hint = Đừng viết tên, số điện thoại của bạn hoặc bất cứ điều gì khác cho biết bạn là ai.

# en: Send
feedback-send = Gửi

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

# en: Download a printable leaflet (PDF)
leaflet-download = Tải tờ rơi để in (PDF)

# en: Printable leaflets in every language
leaflets-link = Tờ rơi để in bằng mọi ngôn ngữ

# en: Printable leaflets
leaflets-title = Tờ rơi để in

# en: Each leaflet is a PDF ready to print, in every language this advice is published in.
leaflets-intro = Mỗi tờ rơi là một tệp PDF sẵn sàng để in, bằng mọi ngôn ngữ mà lời khuyên này được đăng.

# en: Who to contact
leaflet-contacts-heading = Liên hệ với ai

# en: Scan the code to read this advice online, in your language.
leaflet-qr-label = Quét mã để đọc lời khuyên này trên mạng, bằng ngôn ngữ của bạn.

# en: QR code that opens this advice online: { $url }
leaflet-qr-alt = Mã QR mở lời khuyên này trên mạng: { $url }

# en: A5 leaflet
leaflet-format-a5 = Tờ rơi khổ A5

# en: A4 leaflet
leaflet-format-a4 = Tờ rơi khổ A4

# en: Large print (A4)
leaflet-format-a4-large = Bản chữ lớn (A4)

# en: Folded leaflet (DL)
leaflet-format-dl-trifold = Tờ gấp ba (DL)

# en: Pocket card with phone numbers
leaflet-format-card = Thẻ bỏ túi có số điện thoại

# en: { $format }, side by side with { $language }
leaflet-bilingual = { $format }, song ngữ với { $language }

# en: PDF file, { $size } KB
leaflet-file-size = Tệp PDF, { $size } KB

# en: A5 and A4 leaflets are for noticeboards and for handing out. The folded leaflet fits a DL leaflet stand. Large print is for readers with low vision. The pocket card has only the phone numbers and is small enough to keep hidden.
leaflets-formats = Tờ rơi khổ A5 và A4 dùng để dán lên bảng thông báo và để phát tận tay. Tờ gấp ba vừa với kệ tờ rơi khổ DL. Bản chữ lớn dành cho người đọc có thị lực kém. Thẻ bỏ túi chỉ có các số điện thoại và đủ nhỏ để cất giấu.

# en: Free numbers to call for help
leaflet-card-heading = Số điện thoại miễn phí để gọi khi cần giúp đỡ
