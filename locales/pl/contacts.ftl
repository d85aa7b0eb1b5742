### Translation of content/contacts.yaml into `pl`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update pl`.

## Police (emergency)

# en: Police (emergency)
contact-police-emergency-name = Policja (numer alarmowy)

# en: Call if it is an emergency.
contact-police-emergency-purpose = Zadzwoń, jeśli to nagły wypadek.

## Police (non-emergency)

# en: Police (non-emergency)
contact-police-non-emergency-name = Policja (sprawy niepilne)

# en: Call if it is not urgent.
contact-police-non-emergency-purpose = Zadzwoń, jeśli sprawa nie jest pilna.

## Crimestoppers

# en: Crimestoppers
contact-crimestoppers-name = Crimestoppers

# en: Report a crime anonymously.
contact-crimestoppers-purpose = Zgłoś przestępstwo anonimowo.

## The Salvation Army modern slavery referral helpline

# en: The Salvation Army modern slavery referral helpline
contact-salvation-army-name = Infolinia Armii Zbawienia (The Salvation Army) do zgłaszania współczesnego niewolnictwa

# en: Report modern slavery in confidence.
contact-salvation-army-purpose = Zgłoś współczesne niewolnictwo poufnie.

# en: 24 hours a day
contact-salvation-army-hours = 24 godziny na dobę

## Modern Slavery & Exploitation Helpline (run by the charity Unseen)

# en: Modern Slavery & Exploitation Helpline (run by the charity Unseen)
contact-modern-slavery-helpline-name = Modern Slavery & Exploitation Helpline – infolinia w sprawie współczesnego niewolnictwa i wyzysku (prowadzi ją organizacja charytatywna Unseen)

# en: Get confidential help and advice, or report modern slavery.
contact-modern-slavery-helpline-purpose = Uzyskaj poufną pomoc i poradę albo zgłoś współczesne niewolnictwo.

# en: 24 hours a day
contact-modern-slavery-helpline-hours = 24 godziny na dobę

## NSPCC helpline

# en: NSPCC helpline
contact-nspcc-name = Infolinia NSPCC

# en: Call if you think a child is in danger of being trafficked.
contact-nspcc-purpose = Zadzwoń, jeśli myślisz, że dziecku grozi handel ludźmi.
