### Translation of content/contacts.yaml into `vi`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update vi`.

## Police (emergency)

# en: Police (emergency)
contact-police-emergency-name = Cảnh sát (khẩn cấp)

# en: Call if it is an emergency.
contact-police-emergency-purpose = Gọi nếu là trường hợp khẩn cấp.

## Police (non-emergency)

# en: Police (non-emergency)
contact-police-non-emergency-name = Cảnh sát (không khẩn cấp)

# en: Call if it is not urgent.
contact-police-non-emergency-purpose = Gọi nếu việc không gấp.

## Crimestoppers

# en: Crimestoppers
contact-crimestoppers-name = Crimestoppers

# en: Report a crime anonymously.
contact-crimestoppers-purpose = Trình báo tội phạm một cách ẩn danh, không cần cho biết tên.

## The Salvation Army modern slavery referral helpline

# en: The Salvation Army modern slavery referral helpline
contact-salvation-army-name = Đường dây trợ giúp chuyển tuyến về nô lệ hiện đại của The Salvation Army (Đội quân Cứu thế)

# en: Report modern slavery in confidence.
contact-salvation-army-purpose = Trình báo về nô lệ hiện đại. Những gì bạn nói được giữ bí mật.

# en: 24 hours a day
contact-salvation-army-hours = 24 giờ một ngày

## Modern Slavery & Exploitation Helpline (run by the charity Unseen)

# en: Modern Slavery & Exploitation Helpline (run by the charity Unseen)
contact-modern-slavery-helpline-name = Đường dây trợ giúp về Nô lệ hiện đại và Bóc lột (Modern Slavery & Exploitation Helpline), do tổ chức từ thiện Unseen điều hành

# en: Get confidential help and advice, or report modern slavery.
contact-modern-slavery-helpline-purpose = Nhận trợ giúp và lời khuyên được giữ bí mật, hoặc trình báo về nô lệ hiện đại.

# en: 24 hours a day
contact-modern-slavery-helpline-hours = 24 giờ một ngày

## NSPCC helpline

# en: NSPCC helpline
contact-nspcc-name = Đường dây trợ giúp NSPCC

# en: Call if you think a child is in danger of being trafficked.
contact-nspcc-purpose = Gọi nếu bạn nghĩ một đứa trẻ có nguy cơ bị buôn bán.
