### Translation of content/contacts.yaml into `ro`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update ro`.

## Police (emergency)

# en: Police (emergency)
contact-police-emergency-name = Poliția (urgențe)

# en: Call if it is an emergency.
contact-police-emergency-purpose = Sunați dacă este o urgență.

## Police (non-emergency)

# en: Police (non-emergency)
contact-police-non-emergency-name = Poliția (situații care nu sunt urgente)

# en: Call if it is not urgent.
contact-police-non-emergency-purpose = Sunați dacă nu este urgent.

## Crimestoppers

# en: Crimestoppers
contact-crimestoppers-name = Crimestoppers

# en: Report a crime anonymously.
contact-crimestoppers-purpose = Raportați o infracțiune în mod anonim.

## The Salvation Army modern slavery referral helpline

# en: The Salvation Army modern slavery referral helpline
contact-salvation-army-name = Linia de asistență a The Salvation Army (Armata Salvării, o organizație caritabilă) pentru semnalarea sclaviei moderne

# en: Report modern slavery in confidence.
contact-salvation-army-purpose = Raportați sclavia modernă în mod confidențial.

# en: 24 hours a day
contact-salvation-army-hours = 24 de ore pe zi

## Modern Slavery & Exploitation Helpline (run by the charity Unseen)

# en: Modern Slavery & Exploitation Helpline (run by the charity Unseen)
contact-modern-slavery-helpline-name = Modern Slavery & Exploitation Helpline – linia de asistență pentru sclavie modernă și exploatare (administrată de organizația caritabilă Unseen)

# en: Get confidential help and advice, or report modern slavery.
contact-modern-slavery-helpline-purpose = Primiți ajutor și sfaturi confidențiale sau raportați sclavia modernă.

# en: 24 hours a day
contact-modern-slavery-helpline-hours = 24 de ore pe zi

## NSPCC helpline

# en: NSPCC helpline
contact-nspcc-name = Linia de asistență NSPCC (organizație caritabilă pentru protecția copiilor)

# en: Call if you think a child is in danger of being trafficked.
contact-nspcc-purpose = Sunați dacă credeți că un copil este în pericol să devină victimă a traficului de persoane.
