### Translation of content/contacts.yaml into `sq`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update sq`.

## Police (emergency)

# en: Police (emergency)
contact-police-emergency-name = Policia (raste urgjente)

# en: Call if it is an emergency.
contact-police-emergency-purpose = Telefononi nëse është urgjencë.

## Police (non-emergency)

# en: Police (non-emergency)
contact-police-non-emergency-name = Policia (raste jo urgjente)

# en: Call if it is not urgent.
contact-police-non-emergency-purpose = Telefononi nëse nuk është urgjente.

## Crimestoppers

# en: Crimestoppers
contact-crimestoppers-name = Crimestoppers

# en: Report a crime anonymously.
contact-crimestoppers-purpose = Raportoni një krim në mënyrë anonime.

## The Salvation Army modern slavery referral helpline

# en: The Salvation Army modern slavery referral helpline
contact-salvation-army-name = The Salvation Army (organizatë bamirëse): linja e referimit për skllavërinë moderne

# en: Report modern slavery in confidence.
contact-salvation-army-purpose = Raportoni skllavërinë moderne në mënyrë konfidenciale.

# en: 24 hours a day
contact-salvation-army-hours = 24 orë në ditë

## Modern Slavery & Exploitation Helpline (run by the charity Unseen)

# en: Modern Slavery & Exploitation Helpline (run by the charity Unseen)
contact-modern-slavery-helpline-name = Linja e Ndihmës për Skllavërinë Moderne dhe Shfrytëzimin (Modern Slavery & Exploitation Helpline), e drejtuar nga organizata bamirëse Unseen

# en: Get confidential help and advice, or report modern slavery.
contact-modern-slavery-helpline-purpose = Merrni ndihmë dhe këshilla konfidenciale, ose raportoni skllavërinë moderne.

# en: 24 hours a day
contact-modern-slavery-helpline-hours = 24 orë në ditë

## NSPCC helpline

# en: NSPCC helpline
contact-nspcc-name = Linja e ndihmës NSPCC

# en: Call if you think a child is in danger of being trafficked.
contact-nspcc-purpose = Telefononi nëse mendoni se një fëmijë është në rrezik të trafikohet.
