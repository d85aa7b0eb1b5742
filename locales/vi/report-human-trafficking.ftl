### Translation of content/report-human-trafficking.md into `vi`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update vi`.

# en: Reporting human trafficking
page-title = Trình báo nạn buôn bán người

# en: How to spot the signs of human trafficking in England, who to contact, and what support and decisions can follow a report.
page-summary = Cách nhận biết các dấu hiệu buôn bán người ở nước Anh (England), nên liên hệ với ai, và những hỗ trợ và quyết định nào có thể có sau khi trình báo.

# en: This advice applies to England.
intro--this-advice-applies-to = Lời khuyên này áp dụng cho nước Anh (England).

# en: Read this page if you think someone is being trafficked. That person might be you. It is also for advisers who are helping a client who may be a victim. It tells you the signs to look for, who to contact, and what can happen after a report.
intro--read-this-page-if = Hãy đọc trang này nếu bạn nghĩ có người đang bị buôn bán. Người đó có thể là chính bạn. Trang này cũng dành cho các cố vấn đang giúp một khách hàng có thể là nạn nhân. Trang này cho bạn biết các dấu hiệu cần để ý, nên liên hệ với ai, và điều gì có thể xảy ra sau khi trình báo.

# en: If you or someone else is in danger now, call the police on { $police-emergency }.
# $police-emergency = a phone number, filled in by the build
intro--if-you-or-someone = Nếu bạn hoặc người khác đang gặp nguy hiểm ngay lúc này, hãy gọi cảnh sát theo số { $police-emergency }.

## What human trafficking is

# en: What human trafficking is
what-human-trafficking-is = Buôn bán người là gì

# en: Human trafficking means trading people so that others can exploit them and make money from them.
what-human-trafficking-is--human-trafficking-means-trading = Buôn bán người là mua bán con người để người khác bóc lột họ và kiếm tiền từ họ.

# en: It does not only happen in the sex industry. It also happens in:
what-human-trafficking-is--it-does-not-only = Việc này không chỉ xảy ra trong ngành công nghiệp tình dục. Nó còn xảy ra trong:

# en: construction
what-human-trafficking-is--construction = ngành xây dựng

# en: farming
what-human-trafficking-is--farming = nông nghiệp

# en: domestic work, which means working inside other people's homes
what-human-trafficking-is--domestic-work-which-means = giúp việc nhà, tức là làm việc bên trong nhà của người khác

# en: People often call it modern slavery or labour exploitation. This is because victims are made to work for very little pay, or for no pay at all.
what-human-trafficking-is--people-often-call-it = Người ta thường gọi đó là nô lệ hiện đại hoặc bóc lột sức lao động. Lý do là nạn nhân bị bắt làm việc với tiền công rất ít, hoặc không được trả tiền gì cả.

# en: A person who has been trafficked often:
what-human-trafficking-is--a-person-who-has = Một người đã bị buôn bán thường:

# en: was lied to about what the job would be
what-human-trafficking-is--was-lied-to-about = đã bị lừa dối về công việc mình sẽ làm

# en: was brought from another country, but trafficking also happens inside the UK
what-human-trafficking-is--was-brought-from-another = đã bị đưa đến từ một nước khác, nhưng nạn buôn bán người cũng xảy ra ngay bên trong Vương quốc Anh

# en: is forced to work
what-human-trafficking-is--is-forced-to-work = bị ép buộc phải làm việc

# en: is watched very closely by the person they work for
what-human-trafficking-is--is-watched-very-closely = bị người thuê họ làm việc theo dõi rất chặt chẽ

## Signs in adults

# en: Signs in adults
signs-in-adults = Dấu hiệu ở người lớn

# en: Every case is different. But these are common signs that an adult is being trafficked. The person might:
signs-in-adults--every-case-is-different = Mỗi trường hợp đều khác nhau. Nhưng đây là những dấu hiệu thường gặp cho thấy một người lớn đang bị buôn bán. Người đó có thể:

# en: not have their freedom
signs-in-adults--not-have-their-freedom = không có tự do

# en: get very little pay, or no pay
signs-in-adults--get-very-little-pay = được trả rất ít tiền, hoặc không được trả tiền

# en: seem to owe someone money (be in debt)
signs-in-adults--seem-to-owe-someone = có vẻ như đang nợ tiền ai đó (mắc nợ)

# en: be afraid of someone, or even afraid of the authorities
signs-in-adults--be-afraid-of-someone = sợ một người nào đó, hoặc thậm chí sợ cả chính quyền

# en: have signs of physical abuse, such as cuts and bruises
signs-in-adults--have-signs-of-physical = có dấu hiệu bị bạo hành thể xác, như vết cắt và vết bầm tím

# en: move from place to place often
signs-in-adults--move-from-place-to = thường xuyên chuyển từ nơi này sang nơi khác

## Extra signs in children

# en: Extra signs in children
extra-signs-in-children = Các dấu hiệu khác ở trẻ em

# en: Children who are trafficked can show the same signs as adults. They might also:
extra-signs-in-children--children-who-are-trafficked = Trẻ em bị buôn bán có thể có những dấu hiệu giống như người lớn. Các em cũng có thể:

# en: have money or belongings they cannot explain
extra-signs-in-children--have-money-or-belongings = có tiền hoặc đồ đạc mà các em không giải thích được

# en: not seem to live with their parents or guardians
extra-signs-in-children--not-seem-to-live = có vẻ không sống cùng cha mẹ hoặc người giám hộ

# en: be emotionally unstable, for example aggressive, withdrawn or anxious
extra-signs-in-children--be-emotionally-unstable-for = không ổn định về cảm xúc, ví dụ hung hăng, thu mình hoặc lo âu

# en: If you think a child is in danger of being trafficked, call the NSPCC helpline on { $nspcc }.
# $nspcc = a phone number, filled in by the build
extra-signs-in-children--if-you-think-a = Nếu bạn nghĩ một đứa trẻ có nguy cơ bị buôn bán, hãy gọi đường dây trợ giúp NSPCC (một tổ chức từ thiện bảo vệ trẻ em) theo số { $nspcc }.

## Who to contact

# en: Who to contact
who-to-contact = Liên hệ với ai

# en: Who
who-to-contact--who = Ai

# en: Number
who-to-contact--number = Số điện thoại

# en: When to call
who-to-contact--when-to-call = Khi nào nên gọi

# en: Police (emergency)
who-to-contact--police-emergency = Cảnh sát (khẩn cấp)

# en: { $police-emergency }
# $police-emergency = a phone number, filled in by the build
who-to-contact--cell-b9fa13 = { $police-emergency }

# en: If it is an emergency
who-to-contact--if-it-is-an = Nếu là trường hợp khẩn cấp

# en: Police (non-emergency)
who-to-contact--police-non-emergency = Cảnh sát (không khẩn cấp)

# en: { $police-non-emergency }
# $police-non-emergency = a phone number, filled in by the build
who-to-contact--cell-4b46e1 = { $police-non-emergency }

# en: If it is not urgent
who-to-contact--if-it-is-not = Nếu việc không gấp

# en: Crimestoppers
who-to-contact--crimestoppers = Crimestoppers (một tổ chức từ thiện nhận tin báo về tội phạm)

# en: { $crimestoppers }
# $crimestoppers = a phone number, filled in by the build
who-to-contact--cell-7ea3eb = { $crimestoppers }

# en: To report anonymously, without giving your name
who-to-contact--to-report-anonymously-without = Để trình báo ẩn danh, không cần cho biết tên của bạn

# en: The Salvation Army modern slavery referral helpline
who-to-contact--the-salvation-army-modern = Đường dây trợ giúp chuyển tuyến về nô lệ hiện đại của The Salvation Army (Đội quân Cứu thế, một tổ chức từ thiện)

# en: { $salvation-army }
# $salvation-army = a phone number, filled in by the build
who-to-contact--cell-3e8076 = { $salvation-army }

# en: To report modern slavery. Open 24 hours. Confidential.
who-to-contact--to-report-modern-slavery = Để trình báo về nô lệ hiện đại. Hoạt động 24 giờ. Bảo mật.

# en: Modern Slavery & Exploitation Helpline, run by the charity Unseen
who-to-contact--modern-slavery-exploitation-helpline = Đường dây trợ giúp về Nô lệ hiện đại và Bóc lột (Modern Slavery & Exploitation Helpline), do tổ chức từ thiện Unseen điều hành

# en: { $modern-slavery-helpline }
# $modern-slavery-helpline = a phone number, filled in by the build
who-to-contact--cell-49bb57 = { $modern-slavery-helpline }

# en: Open 24 hours a day. Free and confidential.
who-to-contact--open-24-hours-a = Hoạt động 24 giờ một ngày. Miễn phí và bảo mật.

# en: NSPCC helpline
who-to-contact--nspcc-helpline = Đường dây trợ giúp NSPCC

# en: { $nspcc }
# $nspcc = a phone number, filled in by the build
who-to-contact--cell-fd35aa = { $nspcc }

# en: If you think a child is in danger of being trafficked
who-to-contact--if-you-think-a = Nếu bạn nghĩ một đứa trẻ có nguy cơ bị buôn bán

# en: Confidential means they keep what you tell them private.
who-to-contact--confidential-means-they-keep = Bảo mật nghĩa là họ giữ kín những gì bạn kể với họ.

## If you do not want to call the police

# en: If you do not want to call the police
if-you-do-not-want-to-call-the-police = Nếu bạn không muốn gọi cảnh sát

# en: You can speak to a charity anonymously. This means you do not have to give your name.
if-you-do-not-want-to-call-the-police--you-can-speak-to = Bạn có thể nói chuyện ẩn danh với một tổ chức từ thiện. Điều này có nghĩa là bạn không phải cho biết tên của mình.

# en: You may want confidential advice before you call the police. If so, you can contact a specialist organisation. These are:
if-you-do-not-want-to-call-the-police--you-may-want-confidential = Có thể bạn muốn được tư vấn bảo mật trước khi gọi cảnh sát. Nếu vậy, bạn có thể liên hệ với một tổ chức chuyên môn. Đó là:

# en: the Salvation Army modern slavery referral helpline on { $salvation-army }
# $salvation-army = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-salvation-army-modern = đường dây trợ giúp chuyển tuyến về nô lệ hiện đại của The Salvation Army, số { $salvation-army }

# en: the Modern Slavery & Exploitation Helpline on { $modern-slavery-helpline }
# $modern-slavery-helpline = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-modern-slavery-exploitation = Đường dây trợ giúp về Nô lệ hiện đại và Bóc lột (Modern Slavery & Exploitation Helpline), số { $modern-slavery-helpline }

# en: the NSPCC helpline on { $nspcc }
# $nspcc = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-nspcc-helpline-on = đường dây trợ giúp NSPCC, số { $nspcc }

## Help face to face

# en: Help face to face
help-face-to-face = Giúp đỡ trực tiếp

# en: Your local Citizens Advice can talk to you in person. They can help you decide what to do next. You can find them through the [Citizens Advice website]({ $link1 }).
# $link1 = https://www.citizensadvice.org.uk/
help-face-to-face--your-local-citizens-advice = Văn phòng Citizens Advice (một tổ chức từ thiện chuyên tư vấn cho người dân) ở địa phương của bạn có thể nói chuyện trực tiếp với bạn. Họ có thể giúp bạn quyết định nên làm gì tiếp theo. Bạn có thể tìm họ qua [trang web Citizens Advice]({ $link1 }).

# en: To learn more about spotting the signs, visit the [Modern Slavery Helpline website]({ $link1 }).
# $link1 = https://www.modernslaveryhelpline.org/
help-face-to-face--to-learn-more-about = Để tìm hiểu thêm về cách nhận biết các dấu hiệu, hãy vào [trang web Modern Slavery Helpline]({ $link1 }).

## Reporting and the National Referral Mechanism

# en: Reporting and the National Referral Mechanism
reporting-and-the-national-referral-mechanism = Trình báo và Cơ chế Chuyển tuyến Quốc gia

# en: The National Referral Mechanism (NRM) exists to protect victims of trafficking.
reporting-and-the-national-referral-mechanism--the-national-referral-mechanism = Cơ chế Chuyển tuyến Quốc gia (NRM) được lập ra để bảo vệ nạn nhân của nạn buôn bán người.

# en: You cannot report to the NRM yourself. Only certain organisations can do this. They are called "first responders". GOV.UK publishes a list of first responder organisations. You can read the [GOV.UK guidance on reporting modern slavery as a first responder]({ $link1 }).
# $link1 = https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder
reporting-and-the-national-referral-mechanism--you-cannot-report-to = Bạn không thể tự mình trình báo lên NRM. Chỉ một số tổ chức nhất định mới làm được việc này. Họ được gọi là “đơn vị tiếp nhận ban đầu” (first responders). GOV.UK (trang web của chính phủ Vương quốc Anh) công bố danh sách các tổ chức là đơn vị tiếp nhận ban đầu. Bạn có thể đọc [hướng dẫn của GOV.UK về việc trình báo nô lệ hiện đại dành cho đơn vị tiếp nhận ban đầu]({ $link1 }).

# en: The Single Competent Authority (SCA) looks at the reports. The SCA is part of the Home Office.
reporting-and-the-national-referral-mechanism--the-single-competent-authority = Cơ quan Thẩm quyền Duy nhất (SCA) xem xét các báo cáo. SCA là một phần của Bộ Nội vụ Vương quốc Anh (Home Office).

## Advisers must get consent first

# en: Advisers must get consent first
advisers-must-get-consent-first = Cố vấn phải xin sự đồng ý trước

# en: If you are an adviser, you must get your client's consent before you report trafficking. Consent means they agree to it.
advisers-must-get-consent-first--if-you-are-an = Nếu bạn là cố vấn, bạn phải được khách hàng đồng ý trước khi trình báo việc buôn bán người. Sự đồng ý có nghĩa là họ chấp thuận việc đó.

# en: Before you ask for consent, you must explain:
advisers-must-get-consent-first--before-you-ask-for = Trước khi xin sự đồng ý, bạn phải giải thích:

# en: what the NRM is
advisers-must-get-consent-first--what-the-nrm-is = NRM là gì

# en: what support the NRM gives
advisers-must-get-consent-first--what-support-the-nrm = NRM hỗ trợ những gì

# en: what the possible outcomes are for your client
advisers-must-get-consent-first--what-the-possible-outcomes = khách hàng của bạn có thể gặp những kết quả nào

## Support after a report to the NRM

# en: Support after a report to the NRM
support-after-a-report-to-the-nrm = Hỗ trợ sau khi trình báo lên NRM

# en: In the sections on support, decisions and compensation, "you" means the person who may have been trafficked. If you are an adviser, this means your client.
support-after-a-report-to-the-nrm--in-the-sections-on = Trong các phần về hỗ trợ, quyết định và bồi thường, “bạn” là người có thể đã bị buôn bán. Nếu bạn là cố vấn, “bạn” ở đây là khách hàng của bạn.

# en: If the SCA believes you have been trafficked, you will get safe accommodation and support for at least 45 days. This gives you time to recover and to think about your next steps.
support-after-a-report-to-the-nrm--if-the-sca-believes = Nếu SCA tin rằng bạn đã bị buôn bán, bạn sẽ được cấp chỗ ở an toàn và được hỗ trợ trong ít nhất 45 ngày. Việc này cho bạn thời gian để hồi phục và suy nghĩ về các bước tiếp theo.

# en: You do not have to agree to report the traffickers to the police to get this help.
support-after-a-report-to-the-nrm--you-do-not-have = Bạn không bắt buộc phải đồng ý tố cáo những kẻ buôn người với cảnh sát thì mới được nhận sự giúp đỡ này.

# en: Support can include:
support-after-a-report-to-the-nrm--support-can-include = Hỗ trợ có thể bao gồm:

# en: medical help
support-after-a-report-to-the-nrm--medical-help = giúp đỡ về y tế

# en: access to legal advice
support-after-a-report-to-the-nrm--access-to-legal-advice = được tiếp cận tư vấn pháp lý

# en: emotional and practical help
support-after-a-report-to-the-nrm--emotional-and-practical-help = giúp đỡ về tinh thần và giúp đỡ thực tế

# en: protection
support-after-a-report-to-the-nrm--protection = bảo vệ

## Decisions, reviews and appeals

# en: Decisions, reviews and appeals
decisions-reviews-and-appeals = Quyết định, xem xét lại và kháng cáo

# en: Before the 45 days end, the SCA makes a final decision. It decides whether you are a victim of trafficking.
decisions-reviews-and-appeals--before-the-45-days = Trước khi hết 45 ngày, SCA sẽ đưa ra quyết định cuối cùng. SCA quyết định xem bạn có phải là nạn nhân của nạn buôn bán người hay không.

# en: If the SCA decides you are a victim, you might either:
decisions-reviews-and-appeals--if-the-sca-decides = Nếu SCA quyết định bạn là nạn nhân, bạn có thể:

# en: get an extended recovery period, or
decisions-reviews-and-appeals--get-an-extended-recovery = được kéo dài thời gian hồi phục, hoặc

# en: be granted discretionary leave to remain for one year. This means permission to stay in the UK.
decisions-reviews-and-appeals--be-granted-discretionary-leave = được cấp phép ở lại theo quyết định riêng (discretionary leave to remain) trong một năm. Điều này có nghĩa là được phép ở lại Vương quốc Anh.

# en: If the SCA decides you are not a victim, you can:
decisions-reviews-and-appeals--if-the-sca-decides-2 = Nếu SCA quyết định bạn không phải là nạn nhân, bạn có thể:

# en: ask for a review of the decision
decisions-reviews-and-appeals--ask-for-a-review = yêu cầu xem xét lại quyết định đó

# en: challenge the decision in court. This is called a judicial review.
decisions-reviews-and-appeals--challenge-the-decision-in = phản đối quyết định đó tại tòa án. Việc này được gọi là xem xét tư pháp (judicial review).

# en: If you also applied for asylum and you were refused, you can appeal to an independent tribunal.
decisions-reviews-and-appeals--if-you-also-applied = Nếu bạn cũng đã xin tị nạn và bị từ chối, bạn có thể kháng cáo lên một tòa án độc lập (tribunal).

# en: For any of these steps, get help from an immigration specialist. If you are an adviser, refer your client to one.
decisions-reviews-and-appeals--for-any-of-these = Với bất kỳ bước nào trong số này, hãy nhờ một chuyên gia về di trú giúp đỡ. Nếu bạn là cố vấn, hãy giới thiệu khách hàng của bạn đến một chuyên gia như vậy.

## Other ways to stay in the UK

# en: Other ways to stay in the UK
other-ways-to-stay-in-the-uk = Những cách khác để ở lại Vương quốc Anh

# en: You may also be able to stay in the UK under European law. Or you may be able to apply for asylum or for human rights protection. An immigration specialist can help with this too. Advisers should refer their client to one.
other-ways-to-stay-in-the-uk--you-may-also-be = Bạn cũng có thể được ở lại Vương quốc Anh theo luật châu Âu. Hoặc bạn có thể nộp đơn xin tị nạn hoặc xin được bảo vệ theo quyền con người. Một chuyên gia về di trú cũng có thể giúp bạn việc này. Cố vấn nên giới thiệu khách hàng của mình đến một chuyên gia như vậy.

## Compensation for victims

# en: Compensation for victims
compensation-for-victims = Bồi thường cho nạn nhân

# en: If you are a victim of trafficking, you may be entitled to compensation. This is money paid under the Criminal Injuries Compensation Scheme.
compensation-for-victims--if-you-are-a = Nếu bạn là nạn nhân của nạn buôn bán người, bạn có thể có quyền được bồi thường. Đây là tiền được trả theo Chương trình Bồi thường Thương tích do Tội phạm (Criminal Injuries Compensation Scheme).

# en: GOV.UK explains how to [claim compensation as a victim of crime]({ $link1 }).
# $link1 = https://www.gov.uk/claim-compensation-criminal-injury
compensation-for-victims--gov-uk-explains-how = GOV.UK giải thích cách [yêu cầu bồi thường khi là nạn nhân của tội phạm]({ $link1 }).

## What happens after a report

# en: What happens after a report
what-happens-after-a-report = Điều gì xảy ra sau khi trình báo

# en: First, the police protect the trafficked person from anyone who might harm them.
what-happens-after-a-report--first-the-police-protect = Trước tiên, cảnh sát bảo vệ người bị buôn bán khỏi bất kỳ ai có thể làm hại họ.

# en: The police and specialist organisations work together. They give practical and emotional support. This includes:
what-happens-after-a-report--the-police-and-specialist = Cảnh sát và các tổ chức chuyên môn cùng làm việc với nhau. Họ giúp đỡ về mặt thực tế và tinh thần. Việc này bao gồm:

# en: medical care
what-happens-after-a-report--medical-care = chăm sóc y tế

# en: safe accommodation away from the traffickers
what-happens-after-a-report--safe-accommodation-away-from = chỗ ở an toàn, tránh xa những kẻ buôn người

## Going home or staying in the UK

# en: Going home or staying in the UK
going-home-or-staying-in-the-uk = Về nước hoặc ở lại Vương quốc Anh

# en: If it is safe, the person is helped to return to their home country.
going-home-or-staying-in-the-uk--if-it-is-safe = Nếu an toàn, người đó sẽ được giúp trở về nước của mình.

# en: Sometimes it is not safe. For example, they might be trafficked again. Then they get help to stay in the UK permanently. They may get free legal help for this. This is called legal aid.
going-home-or-staying-in-the-uk--sometimes-it-is-not = Đôi khi việc trở về không an toàn. Ví dụ, họ có thể bị buôn bán lần nữa. Khi đó, họ được giúp đỡ để ở lại Vương quốc Anh lâu dài. Họ có thể được giúp đỡ miễn phí về pháp lý cho việc này. Việc này được gọi là trợ giúp pháp lý (legal aid).

## Where to get more help

# en: Where to get more help
where-to-get-more-help = Nơi nhận thêm trợ giúp

# en: Call any of the helplines in the section on who to contact.
where-to-get-more-help--call-any-of-the = Gọi bất kỳ đường dây trợ giúp nào trong phần “Liên hệ với ai”.

# en: Read about spotting the signs on the [Modern Slavery Helpline website]({ $link1 }).
# $link1 = https://www.modernslaveryhelpline.org/
where-to-get-more-help--read-about-spotting-the = Đọc về cách nhận biết các dấu hiệu trên [trang web Modern Slavery Helpline]({ $link1 }).

# en: Get face-to-face help from your local Citizens Advice through the [Citizens Advice website]({ $link1 }).
# $link1 = https://www.citizensadvice.org.uk/
where-to-get-more-help--get-face-to-face = Nhận giúp đỡ trực tiếp từ văn phòng Citizens Advice ở địa phương của bạn qua [trang web Citizens Advice]({ $link1 }).

# en: Find out which organisations can make a referral in the [GOV.UK guidance for first responders]({ $link1 }).
# $link1 = https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder
where-to-get-more-help--find-out-which-organisations = Tìm hiểu những tổ chức nào có thể gửi hồ sơ chuyển tuyến trong [hướng dẫn của GOV.UK dành cho đơn vị tiếp nhận ban đầu]({ $link1 }).

# en: Find out about compensation in the [GOV.UK guide to claiming compensation as a victim of crime]({ $link1 }).
# $link1 = https://www.gov.uk/claim-compensation-criminal-injury
where-to-get-more-help--find-out-about-compensation = Tìm hiểu về bồi thường trong [hướng dẫn của GOV.UK về cách yêu cầu bồi thường khi là nạn nhân của tội phạm]({ $link1 }).
