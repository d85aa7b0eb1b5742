### Translation of content/contacts.yaml into `ar`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update ar`.

## Police (emergency)

# en: Police (emergency)
contact-police-emergency-name = الشرطة (حالات الطوارئ)

# en: Call if it is an emergency.
contact-police-emergency-purpose = اتصل إذا كان الأمر حالة طارئة.

## Police (non-emergency)

# en: Police (non-emergency)
contact-police-non-emergency-name = الشرطة (لغير حالات الطوارئ)

# en: Call if it is not urgent.
contact-police-non-emergency-purpose = اتصل إذا كان الأمر غير عاجل.

## Crimestoppers

# en: Crimestoppers
contact-crimestoppers-name = Crimestoppers

# en: Report a crime anonymously.
contact-crimestoppers-purpose = أبلغ عن جريمة دون الكشف عن هويتك.

## The Salvation Army modern slavery referral helpline

# en: The Salvation Army modern slavery referral helpline
contact-salvation-army-name = خط مساعدة جيش الخلاص (The Salvation Army) لإحالة حالات العبودية الحديثة

# en: Report modern slavery in confidence.
contact-salvation-army-purpose = أبلغ عن العبودية الحديثة بسرية.

# en: 24 hours a day
contact-salvation-army-hours = 24 ساعة في اليوم

## Modern Slavery & Exploitation Helpline (run by the charity Unseen)

# en: Modern Slavery & Exploitation Helpline (run by the charity Unseen)
contact-modern-slavery-helpline-name = خط المساعدة الخاص بالعبودية الحديثة والاستغلال (تديره منظمة Unseen الخيرية)

# en: Get confidential help and advice, or report modern slavery.
contact-modern-slavery-helpline-purpose = احصل على مساعدة ونصيحة بسرية، أو أبلغ عن العبودية الحديثة.

# en: 24 hours a day
contact-modern-slavery-helpline-hours = 24 ساعة في اليوم

## NSPCC helpline

# en: NSPCC helpline
contact-nspcc-name = خط مساعدة NSPCC

# en: Call if you think a child is in danger of being trafficked.
contact-nspcc-purpose = اتصل إذا كنت تعتقد أن طفلًا معرض لخطر الاتجار به.
