### Translation of content/contacts.yaml into `zh-Hans`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update zh-Hans`.

## Police (emergency)

# en: Police (emergency)
contact-police-emergency-name = 警察（紧急）

# en: Call if it is an emergency.
contact-police-emergency-purpose = 紧急情况时拨打。

## Police (non-emergency)

# en: Police (non-emergency)
contact-police-non-emergency-name = 警察（非紧急）

# en: Call if it is not urgent.
contact-police-non-emergency-purpose = 不紧急时拨打。

## Crimestoppers

# en: Crimestoppers
contact-crimestoppers-name = Crimestoppers（一家慈善机构）

# en: Report a crime anonymously.
contact-crimestoppers-purpose = 匿名举报犯罪。

## The Salvation Army modern slavery referral helpline

# en: The Salvation Army modern slavery referral helpline
contact-salvation-army-name = 救世军（The Salvation Army）现代奴役转介求助热线

# en: Report modern slavery in confidence.
contact-salvation-army-purpose = 以保密的方式举报现代奴役。

# en: 24 hours a day
contact-salvation-army-hours = 每天24小时

## Modern Slavery & Exploitation Helpline (run by the charity Unseen)

# en: Modern Slavery & Exploitation Helpline (run by the charity Unseen)
contact-modern-slavery-helpline-name = 现代奴役与剥削求助热线（Modern Slavery & Exploitation Helpline，由慈善机构 Unseen 运营）

# en: Get confidential help and advice, or report modern slavery.
contact-modern-slavery-helpline-purpose = 获得保密的帮助和建议，或举报现代奴役。

# en: 24 hours a day
contact-modern-slavery-helpline-hours = 每天24小时

## NSPCC helpline

# en: NSPCC helpline
contact-nspcc-name = NSPCC（英国防止虐待儿童协会）求助热线

# en: Call if you think a child is in danger of being trafficked.
contact-nspcc-purpose = 如果您认为有儿童面临被贩卖的危险，请拨打。
