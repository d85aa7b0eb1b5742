### The English of content/contacts.yaml, for translators and translation platforms.
### Written by `signpost l10n update`: do not edit; edit content/contacts.yaml instead.

# The name of a service in the contacts block (Police (emergency)).
contact-police-emergency-name = Police (emergency)

# When to call Police (emergency).
contact-police-emergency-purpose = Call if it is an emergency.

# The name of a service in the contacts block (Police (non-emergency)).
contact-police-non-emergency-name = Police (non-emergency)

# When to call Police (non-emergency).
contact-police-non-emergency-purpose = Call if it is not urgent.

# The name of a service in the contacts block (Crimestoppers).
contact-crimestoppers-name = Crimestoppers

# When to call Crimestoppers.
contact-crimestoppers-purpose = Report a crime anonymously.

# The name of a service in the contacts block (The Salvation Army modern slavery referral helpline).
contact-salvation-army-name = The Salvation Army modern slavery referral helpline

# When to call The Salvation Army modern slavery referral helpline.
contact-salvation-army-purpose = Report modern slavery in confidence.

# When The Salvation Army modern slavery referral helpline answers.
contact-salvation-army-hours = 24 hours a day

# The name of a service in the contacts block (Modern Slavery & Exploitation Helpline (run by the charity Unseen)).
contact-modern-slavery-helpline-name = Modern Slavery & Exploitation Helpline (run by the charity Unseen)

# When to call Modern Slavery & Exploitation Helpline (run by the charity Unseen).
contact-modern-slavery-helpline-purpose = Get confidential help and advice, or report modern slavery.

# When Modern Slavery & Exploitation Helpline (run by the charity Unseen) answers.
contact-modern-slavery-helpline-hours = 24 hours a day

# The name of a service in the contacts block (NSPCC helpline).
contact-nspcc-name = NSPCC helpline

# When to call NSPCC helpline.
contact-nspcc-purpose = Call if you think a child is in danger of being trafficked.
