### The English of content/report-human-trafficking.md, for translators and translation platforms.
### Written by `signpost l10n update`: do not edit; edit content/report-human-trafficking.md instead.

# The page title.
page-title = Reporting human trafficking

# The page summary, shown in lists and on leaflets.
page-summary = How to spot the signs of human trafficking in England, who to contact, and what support and decisions can follow a report.

# A paragraph.
intro--this-advice-applies-to = This advice applies to England.

# A paragraph.
intro--read-this-page-if = Read this page if you think someone is being trafficked. That person might be you. It is also for advisers who are helping a client who may be a victim. It tells you the signs to look for, who to contact, and what can happen after a report.

# A paragraph.
# { $police-emergency }: a phone number, filled in by the build: keep it as it is
intro--if-you-or-someone = If you or someone else is in danger now, call the police on { $police-emergency }.

## What human trafficking is

# A section heading.
what-human-trafficking-is = What human trafficking is

# A paragraph in “What human trafficking is”.
what-human-trafficking-is--human-trafficking-means-trading = Human trafficking means trading people so that others can exploit them and make money from them.

# A paragraph in “What human trafficking is”.
what-human-trafficking-is--it-does-not-only = It does not only happen in the sex industry. It also happens in:

# A list item in “What human trafficking is”.
what-human-trafficking-is--construction = construction

# A list item in “What human trafficking is”.
what-human-trafficking-is--farming = farming

# A list item in “What human trafficking is”.
what-human-trafficking-is--domestic-work-which-means = domestic work, which means working inside other people's homes

# A paragraph in “What human trafficking is”.
what-human-trafficking-is--people-often-call-it = People often call it modern slavery or labour exploitation. This is because victims are made to work for very little pay, or for no pay at all.

# A paragraph in “What human trafficking is”.
what-human-trafficking-is--a-person-who-has = A person who has been trafficked often:

# A list item in “What human trafficking is”.
what-human-trafficking-is--was-lied-to-about = was lied to about what the job would be

# A list item in “What human trafficking is”.
what-human-trafficking-is--was-brought-from-another = was brought from another country, but trafficking also happens inside the UK

# A list item in “What human trafficking is”.
what-human-trafficking-is--is-forced-to-work = is forced to work

# A list item in “What human trafficking is”.
what-human-trafficking-is--is-watched-very-closely = is watched very closely by the person they work for

## Signs in adults

# A section heading.
signs-in-adults = Signs in adults

# A paragraph in “Signs in adults”.
signs-in-adults--every-case-is-different = Every case is different. But these are common signs that an adult is being trafficked. The person might:

# A list item in “Signs in adults”.
signs-in-adults--not-have-their-freedom = not have their freedom

# A list item in “Signs in adults”.
signs-in-adults--get-very-little-pay = get very little pay, or no pay

# A list item in “Signs in adults”.
signs-in-adults--seem-to-owe-someone = seem to owe someone money (be in debt)

# A list item in “Signs in adults”.
signs-in-adults--be-afraid-of-someone = be afraid of someone, or even afraid of the authorities

# A list item in “Signs in adults”.
signs-in-adults--have-signs-of-physical = have signs of physical abuse, such as cuts and bruises

# A list item in “Signs in adults”.
signs-in-adults--move-from-place-to = move from place to place often

## Extra signs in children

# A section heading.
extra-signs-in-children = Extra signs in children

# A paragraph in “Extra signs in children”.
extra-signs-in-children--children-who-are-trafficked = Children who are trafficked can show the same signs as adults. They might also:

# A list item in “Extra signs in children”.
extra-signs-in-children--have-money-or-belongings = have money or belongings they cannot explain

# A list item in “Extra signs in children”.
extra-signs-in-children--not-seem-to-live = not seem to live with their parents or guardians

# A list item in “Extra signs in children”.
extra-signs-in-children--be-emotionally-unstable-for = be emotionally unstable, for example aggressive, withdrawn or anxious

# A paragraph in “Extra signs in children”.
# { $nspcc }: a phone number, filled in by the build: keep it as it is
extra-signs-in-children--if-you-think-a = If you think a child is in danger of being trafficked, call the NSPCC helpline on { $nspcc }.

## Who to contact

# A section heading.
who-to-contact = Who to contact

# A table cell in “Who to contact”.
who-to-contact--who = Who

# A table cell in “Who to contact”.
who-to-contact--number = Number

# A table cell in “Who to contact”.
who-to-contact--when-to-call = When to call

# A table cell in “Who to contact”.
who-to-contact--police-emergency = Police (emergency)

# A table cell in “Who to contact”.
# { $police-emergency }: a phone number, filled in by the build: keep it as it is
who-to-contact--cell-b9fa13 = { $police-emergency }

# A table cell in “Who to contact”.
who-to-contact--if-it-is-an = If it is an emergency

# A table cell in “Who to contact”.
who-to-contact--police-non-emergency = Police (non-emergency)

# A table cell in “Who to contact”.
# { $police-non-emergency }: a phone number, filled in by the build: keep it as it is
who-to-contact--cell-4b46e1 = { $police-non-emergency }

# A table cell in “Who to contact”.
who-to-contact--if-it-is-not = If it is not urgent

# A table cell in “Who to contact”.
who-to-contact--crimestoppers = Crimestoppers

# A table cell in “Who to contact”.
# { $crimestoppers }: a phone number, filled in by the build: keep it as it is
who-to-contact--cell-7ea3eb = { $crimestoppers }

# A table cell in “Who to contact”.
who-to-contact--to-report-anonymously-without = To report anonymously, without giving your name

# A table cell in “Who to contact”.
who-to-contact--the-salvation-army-modern = The Salvation Army modern slavery referral helpline

# A table cell in “Who to contact”.
# { $salvation-army }: a phone number, filled in by the build: keep it as it is
who-to-contact--cell-3e8076 = { $salvation-army }

# A table cell in “Who to contact”.
who-to-contact--to-report-modern-slavery = To report modern slavery. Open 24 hours. Confidential.

# A table cell in “Who to contact”.
who-to-contact--modern-slavery-exploitation-helpline = Modern Slavery & Exploitation Helpline, run by the charity Unseen

# A table cell in “Who to contact”.
# { $modern-slavery-helpline }: a phone number, filled in by the build: keep it as it is
who-to-contact--cell-49bb57 = { $modern-slavery-helpline }

# A table cell in “Who to contact”.
who-to-contact--open-24-hours-a = Open 24 hours a day. Free and confidential.

# A table cell in “Who to contact”.
who-to-contact--nspcc-helpline = NSPCC helpline

# A table cell in “Who to contact”.
# { $nspcc }: a phone number, filled in by the build: keep it as it is
who-to-contact--cell-fd35aa = { $nspcc }

# A table cell in “Who to contact”.
who-to-contact--if-you-think-a = If you think a child is in danger of being trafficked

# A paragraph in “Who to contact”.
who-to-contact--confidential-means-they-keep = Confidential means they keep what you tell them private.

## If you do not want to call the police

# A section heading.
if-you-do-not-want-to-call-the-police = If you do not want to call the police

# A paragraph in “If you do not want to call the police”.
if-you-do-not-want-to-call-the-police--you-can-speak-to = You can speak to a charity anonymously. This means you do not have to give your name.

# A paragraph in “If you do not want to call the police”.
if-you-do-not-want-to-call-the-police--you-may-want-confidential = You may want confidential advice before you call the police. If so, you can contact a specialist organisation. These are:

# A list item in “If you do not want to call the police”.
# { $salvation-army }: a phone number, filled in by the build: keep it as it is
if-you-do-not-want-to-call-the-police--the-salvation-army-modern = the Salvation Army modern slavery referral helpline on { $salvation-army }

# A list item in “If you do not want to call the police”.
# { $modern-slavery-helpline }: a phone number, filled in by the build: keep it as it is
if-you-do-not-want-to-call-the-police--the-modern-slavery-exploitation = the Modern Slavery & Exploitation Helpline on { $modern-slavery-helpline }

# A list item in “If you do not want to call the police”.
# { $nspcc }: a phone number, filled in by the build: keep it as it is
if-you-do-not-want-to-call-the-police--the-nspcc-helpline-on = the NSPCC helpline on { $nspcc }

## Help face to face

# A section heading.
help-face-to-face = Help face to face

# A paragraph in “Help face to face”.
# { $link1 }: the target of the link around the text: keep it as it is
help-face-to-face--your-local-citizens-advice = Your local Citizens Advice can talk to you in person. They can help you decide what to do next. You can find them through the [Citizens Advice website]({ $link1 }).

# A paragraph in “Help face to face”.
# { $link1 }: the target of the link around the text: keep it as it is
help-face-to-face--to-learn-more-about = To learn more about spotting the signs, visit the [Modern Slavery Helpline website]({ $link1 }).

## Reporting and the National Referral Mechanism

# A section heading.
reporting-and-the-national-referral-mechanism = Reporting and the National Referral Mechanism

# A paragraph in “Reporting and the National Referral Mechanism”.
reporting-and-the-national-referral-mechanism--the-national-referral-mechanism = The National Referral Mechanism (NRM) exists to protect victims of trafficking.

# A paragraph in “Reporting and the National Referral Mechanism”.
# { $link1 }: the target of the link around the text: keep it as it is
reporting-and-the-national-referral-mechanism--you-cannot-report-to = You cannot report to the NRM yourself. Only certain organisations can do this. They are called "first responders". GOV.UK publishes a list of first responder organisations. You can read the [GOV.UK guidance on reporting modern slavery as a first responder]({ $link1 }).

# A paragraph in “Reporting and the National Referral Mechanism”.
reporting-and-the-national-referral-mechanism--the-single-competent-authority = The Single Competent Authority (SCA) looks at the reports. The SCA is part of the Home Office.

## Advisers must get consent first

# A section heading.
advisers-must-get-consent-first = Advisers must get consent first

# A paragraph in “Advisers must get consent first”.
advisers-must-get-consent-first--if-you-are-an = If you are an adviser, you must get your client's consent before you report trafficking. Consent means they agree to it.

# A paragraph in “Advisers must get consent first”.
advisers-must-get-consent-first--before-you-ask-for = Before you ask for consent, you must explain:

# A list item in “Advisers must get consent first”.
advisers-must-get-consent-first--what-the-nrm-is = what the NRM is

# A list item in “Advisers must get consent first”.
advisers-must-get-consent-first--what-support-the-nrm = what support the NRM gives

# A list item in “Advisers must get consent first”.
advisers-must-get-consent-first--what-the-possible-outcomes = what the possible outcomes are for your client

## Support after a report to the NRM

# A section heading.
support-after-a-report-to-the-nrm = Support after a report to the NRM

# A paragraph in “Support after a report to the NRM”.
support-after-a-report-to-the-nrm--in-the-sections-on = In the sections on support, decisions and compensation, "you" means the person who may have been trafficked. If you are an adviser, this means your client.

# A paragraph in “Support after a report to the NRM”.
support-after-a-report-to-the-nrm--if-the-sca-believes = If the SCA believes you have been trafficked, you will get safe accommodation and support for at least 45 days. This gives you time to recover and to think about your next steps.

# A paragraph in “Support after a report to the NRM”.
support-after-a-report-to-the-nrm--you-do-not-have = You do not have to agree to report the traffickers to the police to get this help.

# A paragraph in “Support after a report to the NRM”.
support-after-a-report-to-the-nrm--support-can-include = Support can include:

# A list item in “Support after a report to the NRM”.
support-after-a-report-to-the-nrm--medical-help = medical help

# A list item in “Support after a report to the NRM”.
support-after-a-report-to-the-nrm--access-to-legal-advice = access to legal advice

# A list item in “Support after a report to the NRM”.
support-after-a-report-to-the-nrm--emotional-and-practical-help = emotional and practical help

# A list item in “Support after a report to the NRM”.
support-after-a-report-to-the-nrm--protection = protection

## Decisions, reviews and appeals

# A section heading.
decisions-reviews-and-appeals = Decisions, reviews and appeals

# A paragraph in “Decisions, reviews and appeals”.
decisions-reviews-and-appeals--before-the-45-days = Before the 45 days end, the SCA makes a final decision. It decides whether you are a victim of trafficking.

# A paragraph in “Decisions, reviews and appeals”.
decisions-reviews-and-appeals--if-the-sca-decides = If the SCA decides you are a victim, you might either:

# A list item in “Decisions, reviews and appeals”.
decisions-reviews-and-appeals--get-an-extended-recovery = get an extended recovery period, or

# A list item in “Decisions, reviews and appeals”.
decisions-reviews-and-appeals--be-granted-discretionary-leave = be granted discretionary leave to remain for one year. This means permission to stay in the UK.

# A paragraph in “Decisions, reviews and appeals”.
decisions-reviews-and-appeals--if-the-sca-decides-2 = If the SCA decides you are not a victim, you can:

# A list item in “Decisions, reviews and appeals”.
decisions-reviews-and-appeals--ask-for-a-review = ask for a review of the decision

# A list item in “Decisions, reviews and appeals”.
decisions-reviews-and-appeals--challenge-the-decision-in = challenge the decision in court. This is called a judicial review.

# A paragraph in “Decisions, reviews and appeals”.
decisions-reviews-and-appeals--if-you-also-applied = If you also applied for asylum and you were refused, you can appeal to an independent tribunal.

# A paragraph in “Decisions, reviews and appeals”.
decisions-reviews-and-appeals--for-any-of-these = For any of these steps, get help from an immigration specialist. If you are an adviser, refer your client to one.

## Other ways to stay in the UK

# A section heading.
other-ways-to-stay-in-the-uk = Other ways to stay in the UK

# A paragraph in “Other ways to stay in the UK”.
other-ways-to-stay-in-the-uk--you-may-also-be = You may also be able to stay in the UK under European law. Or you may be able to apply for asylum or for human rights protection. An immigration specialist can help with this too. Advisers should refer their client to one.

## Compensation for victims

# A section heading.
compensation-for-victims = Compensation for victims

# A paragraph in “Compensation for victims”.
compensation-for-victims--if-you-are-a = If you are a victim of trafficking, you may be entitled to compensation. This is money paid under the Criminal Injuries Compensation Scheme.

# A paragraph in “Compensation for victims”.
# { $link1 }: the target of the link around the text: keep it as it is
compensation-for-victims--gov-uk-explains-how = GOV.UK explains how to [claim compensation as a victim of crime]({ $link1 }).

## What happens after a report

# A section heading.
what-happens-after-a-report = What happens after a report

# A paragraph in “What happens after a report”.
what-happens-after-a-report--first-the-police-protect = First, the police protect the trafficked person from anyone who might harm them.

# A paragraph in “What happens after a report”.
what-happens-after-a-report--the-police-and-specialist = The police and specialist organisations work together. They give practical and emotional support. This includes:

# A list item in “What happens after a report”.
what-happens-after-a-report--medical-care = medical care

# A list item in “What happens after a report”.
what-happens-after-a-report--safe-accommodation-away-from = safe accommodation away from the traffickers

## Going home or staying in the UK

# A section heading.
going-home-or-staying-in-the-uk = Going home or staying in the UK

# A paragraph in “Going home or staying in the UK”.
going-home-or-staying-in-the-uk--if-it-is-safe = If it is safe, the person is helped to return to their home country.

# A paragraph in “Going home or staying in the UK”.
going-home-or-staying-in-the-uk--sometimes-it-is-not = Sometimes it is not safe. For example, they might be trafficked again. Then they get help to stay in the UK permanently. They may get free legal help for this. This is called legal aid.

## Where to get more help

# A section heading.
where-to-get-more-help = Where to get more help

# A list item in “Where to get more help”.
where-to-get-more-help--call-any-of-the = Call any of the helplines in the section on who to contact.

# A list item in “Where to get more help”.
# { $link1 }: the target of the link around the text: keep it as it is
where-to-get-more-help--read-about-spotting-the = Read about spotting the signs on the [Modern Slavery Helpline website]({ $link1 }).

# A list item in “Where to get more help”.
# { $link1 }: the target of the link around the text: keep it as it is
where-to-get-more-help--get-face-to-face = Get face-to-face help from your local Citizens Advice through the [Citizens Advice website]({ $link1 }).

# A list item in “Where to get more help”.
# { $link1 }: the target of the link around the text: keep it as it is
where-to-get-more-help--find-out-which-organisations = Find out which organisations can make a referral in the [GOV.UK guidance for first responders]({ $link1 }).

# A list item in “Where to get more help”.
# { $link1 }: the target of the link around the text: keep it as it is
where-to-get-more-help--find-out-about-compensation = Find out about compensation in the [GOV.UK guide to claiming compensation as a victim of crime]({ $link1 }).
