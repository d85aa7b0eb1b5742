### Translation of content/report-human-trafficking.md into `sq`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update sq`.

# en: Reporting human trafficking
page-title = Raportimi i trafikimit të qenieve njerëzore

# en: How to spot the signs of human trafficking in England, who to contact, and what support and decisions can follow a report.
page-summary = Si t’i dalloni shenjat e trafikimit të qenieve njerëzore në Angli, me kë të kontaktoni, dhe çfarë mbështetjeje e vendimesh mund të vijnë pas një raportimi.

# en: This advice applies to England.
intro--this-advice-applies-to = Këto këshilla vlejnë për Anglinë.

# en: Read this page if you think someone is being trafficked. That person might be you. It is also for advisers who are helping a client who may be a victim. It tells you the signs to look for, who to contact, and what can happen after a report.
intro--read-this-page-if = Lexojeni këtë faqe nëse mendoni se dikush po trafikohet. Ky person mund të jeni ju. Faqja është edhe për këshilltarët që ndihmojnë një klient që mund të jetë viktimë. Ajo ju tregon cilat shenja të kërkoni, me kë të kontaktoni dhe çfarë mund të ndodhë pas një raportimi.

# en: If you or someone else is in danger now, call the police on { $police-emergency }.
# $police-emergency = a phone number, filled in by the build
intro--if-you-or-someone = Nëse ju ose dikush tjetër jeni në rrezik tani, telefononi policinë në { $police-emergency }.

## What human trafficking is

# en: What human trafficking is
what-human-trafficking-is = Çfarë është trafikimi i qenieve njerëzore

# en: Human trafficking means trading people so that others can exploit them and make money from them.
what-human-trafficking-is--human-trafficking-means-trading = Trafikimi i qenieve njerëzore do të thotë tregtim i njerëzve, që të tjerët t’i shfrytëzojnë dhe të fitojnë para prej tyre.

# en: It does not only happen in the sex industry. It also happens in:
what-human-trafficking-is--it-does-not-only = Nuk ndodh vetëm në industrinë e seksit. Ndodh edhe në:

# en: construction
what-human-trafficking-is--construction = ndërtim

# en: farming
what-human-trafficking-is--farming = bujqësi

# en: domestic work, which means working inside other people's homes
what-human-trafficking-is--domestic-work-which-means = punë shtëpie, që do të thotë punë brenda shtëpive të njerëzve të tjerë

# en: People often call it modern slavery or labour exploitation. This is because victims are made to work for very little pay, or for no pay at all.
what-human-trafficking-is--people-often-call-it = Njerëzit shpesh e quajnë skllavëri moderne ose shfrytëzim në punë. Kjo ndodh sepse viktimat detyrohen të punojnë për shumë pak pagë, ose pa asnjë pagë.

# en: A person who has been trafficked often:
what-human-trafficking-is--a-person-who-has = Një person që është trafikuar shpesh:

# en: was lied to about what the job would be
what-human-trafficking-is--was-lied-to-about = është gënjyer se çfarë pune do të bënte

# en: was brought from another country, but trafficking also happens inside the UK
what-human-trafficking-is--was-brought-from-another = është sjellë nga një vend tjetër, por trafikimi ndodh edhe brenda Mbretërisë së Bashkuar

# en: is forced to work
what-human-trafficking-is--is-forced-to-work = detyrohet të punojë

# en: is watched very closely by the person they work for
what-human-trafficking-is--is-watched-very-closely = vëzhgohet shumë nga afër nga personi për të cilin punon

## Signs in adults

# en: Signs in adults
signs-in-adults = Shenjat te të rriturit

# en: Every case is different. But these are common signs that an adult is being trafficked. The person might:
signs-in-adults--every-case-is-different = Çdo rast është i ndryshëm. Por këto janë shenja të zakonshme që një i rritur po trafikohet. Personi mund të:

# en: not have their freedom
signs-in-adults--not-have-their-freedom = mos ketë lirinë e vet

# en: get very little pay, or no pay
signs-in-adults--get-very-little-pay = marrë shumë pak pagë, ose asnjë pagë

# en: seem to owe someone money (be in debt)
signs-in-adults--seem-to-owe-someone = duket se i detyrohet para dikujt (ka borxh)

# en: be afraid of someone, or even afraid of the authorities
signs-in-adults--be-afraid-of-someone = ketë frikë nga dikush, madje edhe nga autoritetet

# en: have signs of physical abuse, such as cuts and bruises
signs-in-adults--have-signs-of-physical = ketë shenja dhune fizike, si prerje dhe mavijosje

# en: move from place to place often
signs-in-adults--move-from-place-to = lëvizë shpesh nga një vend në tjetrin

## Extra signs in children

# en: Extra signs in children
extra-signs-in-children = Shenja të tjera te fëmijët

# en: Children who are trafficked can show the same signs as adults. They might also:
extra-signs-in-children--children-who-are-trafficked = Fëmijët që trafikohen mund të kenë të njëjtat shenja si të rriturit. Ata mund edhe të:

# en: have money or belongings they cannot explain
extra-signs-in-children--have-money-or-belongings = kenë para ose sende që nuk mund t’i shpjegojnë

# en: not seem to live with their parents or guardians
extra-signs-in-children--not-seem-to-live = duket se nuk jetojnë me prindërit ose kujdestarët e tyre

# en: be emotionally unstable, for example aggressive, withdrawn or anxious
extra-signs-in-children--be-emotionally-unstable-for = jenë të paqëndrueshëm emocionalisht, për shembull agresivë, të mbyllur në vetvete ose në ankth

# en: If you think a child is in danger of being trafficked, call the NSPCC helpline on { $nspcc }.
# $nspcc = a phone number, filled in by the build
extra-signs-in-children--if-you-think-a = Nëse mendoni se një fëmijë është në rrezik të trafikohet, telefononi linjën e ndihmës NSPCC (organizatë bamirëse për mbrojtjen e fëmijëve) në { $nspcc }.

## Who to contact

# en: Who to contact
who-to-contact = Me kë të kontaktoni

# en: Who
who-to-contact--who = Kush

# en: Number
who-to-contact--number = Numri

# en: When to call
who-to-contact--when-to-call = Kur të telefononi

# en: Police (emergency)
who-to-contact--police-emergency = Policia (raste urgjente)

# en: { $police-emergency }
# $police-emergency = a phone number, filled in by the build
who-to-contact--cell-b9fa13 = { $police-emergency }

# en: If it is an emergency
who-to-contact--if-it-is-an = Nëse është urgjencë

# en: Police (non-emergency)
who-to-contact--police-non-emergency = Policia (raste jo urgjente)

# en: { $police-non-emergency }
# $police-non-emergency = a phone number, filled in by the build
who-to-contact--cell-4b46e1 = { $police-non-emergency }

# en: If it is not urgent
who-to-contact--if-it-is-not = Nëse nuk është urgjente

# en: Crimestoppers
who-to-contact--crimestoppers = Crimestoppers

# en: { $crimestoppers }
# $crimestoppers = a phone number, filled in by the build
who-to-contact--cell-7ea3eb = { $crimestoppers }

# en: To report anonymously, without giving your name
who-to-contact--to-report-anonymously-without = Për të raportuar në mënyrë anonime, pa dhënë emrin tuaj

# en: The Salvation Army modern slavery referral helpline
who-to-contact--the-salvation-army-modern = The Salvation Army (organizatë bamirëse): linja e referimit për skllavërinë moderne

# en: { $salvation-army }
# $salvation-army = a phone number, filled in by the build
who-to-contact--cell-3e8076 = { $salvation-army }

# en: To report modern slavery. Open 24 hours. Confidential.
who-to-contact--to-report-modern-slavery = Për të raportuar skllavërinë moderne. E hapur 24 orë. Konfidenciale.

# en: Modern Slavery & Exploitation Helpline, run by the charity Unseen
who-to-contact--modern-slavery-exploitation-helpline = Linja e Ndihmës për Skllavërinë Moderne dhe Shfrytëzimin (Modern Slavery & Exploitation Helpline), e drejtuar nga organizata bamirëse Unseen

# en: { $modern-slavery-helpline }
# $modern-slavery-helpline = a phone number, filled in by the build
who-to-contact--cell-49bb57 = { $modern-slavery-helpline }

# en: Open 24 hours a day. Free and confidential.
who-to-contact--open-24-hours-a = E hapur 24 orë në ditë. Falas dhe konfidenciale.

# en: NSPCC helpline
who-to-contact--nspcc-helpline = Linja e ndihmës NSPCC

# en: { $nspcc }
# $nspcc = a phone number, filled in by the build
who-to-contact--cell-fd35aa = { $nspcc }

# en: If you think a child is in danger of being trafficked
who-to-contact--if-you-think-a = Nëse mendoni se një fëmijë është në rrezik të trafikohet

# en: Confidential means they keep what you tell them private.
who-to-contact--confidential-means-they-keep = Konfidenciale do të thotë që ata e mbajnë private atë që u tregoni.

## If you do not want to call the police

# en: If you do not want to call the police
if-you-do-not-want-to-call-the-police = Nëse nuk doni të telefononi policinë

# en: You can speak to a charity anonymously. This means you do not have to give your name.
if-you-do-not-want-to-call-the-police--you-can-speak-to = Mund të flisni me një organizatë bamirëse në mënyrë anonime. Kjo do të thotë që nuk keni nevojë të jepni emrin tuaj.

# en: You may want confidential advice before you call the police. If so, you can contact a specialist organisation. These are:
if-you-do-not-want-to-call-the-police--you-may-want-confidential = Ndoshta doni këshilla konfidenciale para se të telefononi policinë. Në këtë rast, mund të kontaktoni një organizatë të specializuar. Këto janë:

# en: the Salvation Army modern slavery referral helpline on { $salvation-army }
# $salvation-army = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-salvation-army-modern = linja e referimit e The Salvation Army për skllavërinë moderne, në { $salvation-army }

# en: the Modern Slavery & Exploitation Helpline on { $modern-slavery-helpline }
# $modern-slavery-helpline = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-modern-slavery-exploitation = Linja e Ndihmës për Skllavërinë Moderne dhe Shfrytëzimin (Modern Slavery & Exploitation Helpline), në { $modern-slavery-helpline }

# en: the NSPCC helpline on { $nspcc }
# $nspcc = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-nspcc-helpline-on = linja e ndihmës NSPCC, në { $nspcc }

## Help face to face

# en: Help face to face
help-face-to-face = Ndihmë ballë për ballë

# en: Your local Citizens Advice can talk to you in person. They can help you decide what to do next. You can find them through the [Citizens Advice website]({ $link1 }).
# $link1 = https://www.citizensadvice.org.uk/
help-face-to-face--your-local-citizens-advice = Zyra juaj lokale e Citizens Advice (shërbim këshillimi falas) mund të flasë me ju personalisht. Ata mund t’ju ndihmojnë të vendosni çfarë të bëni më pas. Mund t’i gjeni përmes [faqes së internetit të Citizens Advice]({ $link1 }).

# en: To learn more about spotting the signs, visit the [Modern Slavery Helpline website]({ $link1 }).
# $link1 = https://www.modernslaveryhelpline.org/
help-face-to-face--to-learn-more-about = Për të mësuar më shumë si t’i dalloni shenjat, vizitoni [faqen e internetit të Modern Slavery Helpline]({ $link1 }).

## Reporting and the National Referral Mechanism

# en: Reporting and the National Referral Mechanism
reporting-and-the-national-referral-mechanism = Raportimi dhe Mekanizmi Kombëtar i Referimit

# en: The National Referral Mechanism (NRM) exists to protect victims of trafficking.
reporting-and-the-national-referral-mechanism--the-national-referral-mechanism = Mekanizmi Kombëtar i Referimit (NRM) ekziston për të mbrojtur viktimat e trafikimit.

# en: You cannot report to the NRM yourself. Only certain organisations can do this. They are called "first responders". GOV.UK publishes a list of first responder organisations. You can read the [GOV.UK guidance on reporting modern slavery as a first responder]({ $link1 }).
# $link1 = https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder
reporting-and-the-national-referral-mechanism--you-cannot-report-to = Ju nuk mund të raportoni vetë te NRM. Këtë mund ta bëjnë vetëm disa organizata të caktuara. Ato quhen „reagues të parë“ (first responders). GOV.UK publikon një listë të organizatave që janë reagues të parë. Mund të lexoni [udhëzimet e GOV.UK për raportimin e skllavërisë moderne si reagues i parë]({ $link1 }).

# en: The Single Competent Authority (SCA) looks at the reports. The SCA is part of the Home Office.
reporting-and-the-national-referral-mechanism--the-single-competent-authority = Autoriteti i Vetëm Kompetent (SCA) i shqyrton raportimet. SCA është pjesë e Home Office (Ministria e Brendshme e Mbretërisë së Bashkuar).

## Advisers must get consent first

# en: Advisers must get consent first
advisers-must-get-consent-first = Këshilltarët duhet të marrin fillimisht pëlqimin

# en: If you are an adviser, you must get your client's consent before you report trafficking. Consent means they agree to it.
advisers-must-get-consent-first--if-you-are-an = Nëse jeni këshilltar, duhet të merrni pëlqimin e klientit tuaj para se të raportoni trafikimin. Pëlqim do të thotë që klienti bie dakord.

# en: Before you ask for consent, you must explain:
advisers-must-get-consent-first--before-you-ask-for = Para se të kërkoni pëlqimin, duhet të shpjegoni:

# en: what the NRM is
advisers-must-get-consent-first--what-the-nrm-is = çfarë është NRM

# en: what support the NRM gives
advisers-must-get-consent-first--what-support-the-nrm = çfarë mbështetjeje jep NRM

# en: what the possible outcomes are for your client
advisers-must-get-consent-first--what-the-possible-outcomes = cilat janë rezultatet e mundshme për klientin tuaj

## Support after a report to the NRM

# en: Support after a report to the NRM
support-after-a-report-to-the-nrm = Mbështetja pas një raportimi te NRM

# en: In the sections on support, decisions and compensation, "you" means the person who may have been trafficked. If you are an adviser, this means your client.
support-after-a-report-to-the-nrm--in-the-sections-on = Në pjesët për mbështetjen, vendimet dhe kompensimin, „ju“ do të thotë personi që mund të jetë trafikuar. Nëse jeni këshilltar, kjo do të thotë klienti juaj.

# en: If the SCA believes you have been trafficked, you will get safe accommodation and support for at least 45 days. This gives you time to recover and to think about your next steps.
support-after-a-report-to-the-nrm--if-the-sca-believes = Nëse SCA beson se jeni trafikuar, do të merrni strehim të sigurt dhe mbështetje për të paktën 45 ditë. Kjo ju jep kohë të rimëkëmbeni dhe të mendoni për hapat e ardhshëm.

# en: You do not have to agree to report the traffickers to the police to get this help.
support-after-a-report-to-the-nrm--you-do-not-have = Për të marrë këtë ndihmë, nuk jeni të detyruar të pranoni t’i raportoni trafikantët te policia.

# en: Support can include:
support-after-a-report-to-the-nrm--support-can-include = Mbështetja mund të përfshijë:

# en: medical help
support-after-a-report-to-the-nrm--medical-help = ndihmë mjekësore

# en: access to legal advice
support-after-a-report-to-the-nrm--access-to-legal-advice = mundësi për të marrë këshilla ligjore

# en: emotional and practical help
support-after-a-report-to-the-nrm--emotional-and-practical-help = ndihmë emocionale dhe praktike

# en: protection
support-after-a-report-to-the-nrm--protection = mbrojtje

## Decisions, reviews and appeals

# en: Decisions, reviews and appeals
decisions-reviews-and-appeals = Vendimet, rishikimet dhe ankimet

# en: Before the 45 days end, the SCA makes a final decision. It decides whether you are a victim of trafficking.
decisions-reviews-and-appeals--before-the-45-days = Para se të mbarojnë 45 ditët, SCA merr një vendim përfundimtar. SCA vendos nëse jeni viktimë e trafikimit.

# en: If the SCA decides you are a victim, you might either:
decisions-reviews-and-appeals--if-the-sca-decides = Nëse SCA vendos që jeni viktimë, ju mund të:

# en: get an extended recovery period, or
decisions-reviews-and-appeals--get-an-extended-recovery = merrni një periudhë rimëkëmbjeje më të gjatë, ose

# en: be granted discretionary leave to remain for one year. This means permission to stay in the UK.
decisions-reviews-and-appeals--be-granted-discretionary-leave = merrni leje qëndrimi diskrecionale (discretionary leave to remain) për një vit. Kjo do të thotë leje për të qëndruar në Mbretërinë e Bashkuar.

# en: If the SCA decides you are not a victim, you can:
decisions-reviews-and-appeals--if-the-sca-decides-2 = Nëse SCA vendos që nuk jeni viktimë, ju mund të:

# en: ask for a review of the decision
decisions-reviews-and-appeals--ask-for-a-review = kërkoni rishikimin e vendimit

# en: challenge the decision in court. This is called a judicial review.
decisions-reviews-and-appeals--challenge-the-decision-in = kundërshtoni vendimin në gjykatë. Kjo quhet rishikim gjyqësor (judicial review).

# en: If you also applied for asylum and you were refused, you can appeal to an independent tribunal.
decisions-reviews-and-appeals--if-you-also-applied = Nëse keni aplikuar edhe për azil dhe jeni refuzuar, mund të bëni ankim në një tribunal të pavarur.

# en: For any of these steps, get help from an immigration specialist. If you are an adviser, refer your client to one.
decisions-reviews-and-appeals--for-any-of-these = Për secilin nga këta hapa, merrni ndihmë nga një specialist i imigracionit. Nëse jeni këshilltar, dërgojeni klientin tuaj te një specialist i tillë.

## Other ways to stay in the UK

# en: Other ways to stay in the UK
other-ways-to-stay-in-the-uk = Mënyra të tjera për të qëndruar në Mbretërinë e Bashkuar

# en: You may also be able to stay in the UK under European law. Or you may be able to apply for asylum or for human rights protection. An immigration specialist can help with this too. Advisers should refer their client to one.
other-ways-to-stay-in-the-uk--you-may-also-be = Ndoshta mund të qëndroni në Mbretërinë e Bashkuar edhe sipas ligjit evropian. Ose ndoshta mund të aplikoni për azil ose për mbrojtje të të drejtave të njeriut. Edhe për këtë mund t’ju ndihmojë një specialist i imigracionit. Këshilltarët duhet ta dërgojnë klientin e tyre te një specialist i tillë.

## Compensation for victims

# en: Compensation for victims
compensation-for-victims = Kompensimi për viktimat

# en: If you are a victim of trafficking, you may be entitled to compensation. This is money paid under the Criminal Injuries Compensation Scheme.
compensation-for-victims--if-you-are-a = Nëse jeni viktimë e trafikimit, mund të keni të drejtë për kompensim. Këto janë para që paguhen sipas Skemës së Kompensimit për Dëmtimet nga Krimet (Criminal Injuries Compensation Scheme).

# en: GOV.UK explains how to [claim compensation as a victim of crime]({ $link1 }).
# $link1 = https://www.gov.uk/claim-compensation-criminal-injury
compensation-for-victims--gov-uk-explains-how = GOV.UK shpjegon si të [kërkoni kompensim si viktimë e një krimi]({ $link1 }).

## What happens after a report

# en: What happens after a report
what-happens-after-a-report = Çfarë ndodh pas një raportimi

# en: First, the police protect the trafficked person from anyone who might harm them.
what-happens-after-a-report--first-the-police-protect = Së pari, policia e mbron personin e trafikuar nga kushdo që mund t’i bëjë keq.

# en: The police and specialist organisations work together. They give practical and emotional support. This includes:
what-happens-after-a-report--the-police-and-specialist = Policia dhe organizatat e specializuara punojnë së bashku. Ato japin mbështetje praktike dhe emocionale. Kjo përfshin:

# en: medical care
what-happens-after-a-report--medical-care = kujdes mjekësor

# en: safe accommodation away from the traffickers
what-happens-after-a-report--safe-accommodation-away-from = strehim të sigurt larg trafikantëve

## Going home or staying in the UK

# en: Going home or staying in the UK
going-home-or-staying-in-the-uk = Kthimi në atdhe ose qëndrimi në Mbretërinë e Bashkuar

# en: If it is safe, the person is helped to return to their home country.
going-home-or-staying-in-the-uk--if-it-is-safe = Nëse është e sigurt, personi ndihmohet të kthehet në vendin e vet.

# en: Sometimes it is not safe. For example, they might be trafficked again. Then they get help to stay in the UK permanently. They may get free legal help for this. This is called legal aid.
going-home-or-staying-in-the-uk--sometimes-it-is-not = Ndonjëherë nuk është e sigurt. Për shembull, personi mund të trafikohet përsëri. Atëherë personi merr ndihmë për të qëndruar përgjithmonë në Mbretërinë e Bashkuar. Për këtë mund të marrë ndihmë ligjore falas. Kjo quhet ndihmë juridike (legal aid).

## Where to get more help

# en: Where to get more help
where-to-get-more-help = Ku të gjeni më shumë ndihmë

# en: Call any of the helplines in the section on who to contact.
where-to-get-more-help--call-any-of-the = Telefononi cilëndo nga linjat e ndihmës në pjesën „Me kë të kontaktoni“.

# en: Read about spotting the signs on the [Modern Slavery Helpline website]({ $link1 }).
# $link1 = https://www.modernslaveryhelpline.org/
where-to-get-more-help--read-about-spotting-the = Lexoni si t’i dalloni shenjat në [faqen e internetit të Modern Slavery Helpline]({ $link1 }).

# en: Get face-to-face help from your local Citizens Advice through the [Citizens Advice website]({ $link1 }).
# $link1 = https://www.citizensadvice.org.uk/
where-to-get-more-help--get-face-to-face = Merrni ndihmë ballë për ballë nga zyra juaj lokale e Citizens Advice, përmes [faqes së internetit të Citizens Advice]({ $link1 }).

# en: Find out which organisations can make a referral in the [GOV.UK guidance for first responders]({ $link1 }).
# $link1 = https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder
where-to-get-more-help--find-out-which-organisations = Mësoni cilat organizata mund të bëjnë një referim, në [udhëzimet e GOV.UK për reaguesit e parë]({ $link1 }).

# en: Find out about compensation in the [GOV.UK guide to claiming compensation as a victim of crime]({ $link1 }).
# $link1 = https://www.gov.uk/claim-compensation-criminal-injury
where-to-get-more-help--find-out-about-compensation = Mësoni për kompensimin në [udhëzuesin e GOV.UK për kërkimin e kompensimit si viktimë e një krimi]({ $link1 }).
