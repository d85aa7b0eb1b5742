### Translation of content/report-human-trafficking.md into `ro`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update ro`.

# en: Reporting human trafficking
page-title = Raportarea traficului de persoane

# en: How to spot the signs of human trafficking in England, who to contact, and what support and decisions can follow a report.
page-summary = Cum să recunoașteți semnele traficului de persoane în Anglia, pe cine să contactați și ce sprijin și decizii pot urma după o raportare.

# en: This advice applies to England.
intro--this-advice-applies-to = Aceste sfaturi sunt valabile pentru Anglia.

# en: Read this page if you think someone is being trafficked. That person might be you. It is also for advisers who are helping a client who may be a victim. It tells you the signs to look for, who to contact, and what can happen after a report.
intro--read-this-page-if = Citiți această pagină dacă credeți că o persoană este victimă a traficului de persoane. Această persoană puteți fi chiar dumneavoastră. Pagina este și pentru consilierii care ajută un client care poate fi victimă. Pagina vă spune ce semne să căutați, pe cine să contactați și ce se poate întâmpla după o raportare.

# en: If you or someone else is in danger now, call the police on { $police-emergency }.
# $police-emergency = a phone number, filled in by the build
intro--if-you-or-someone = Dacă sunteți în pericol acum sau dacă altcineva este în pericol acum, sunați la poliție la { $police-emergency }.

## What human trafficking is

# en: What human trafficking is
what-human-trafficking-is = Ce este traficul de persoane

# en: Human trafficking means trading people so that others can exploit them and make money from them.
what-human-trafficking-is--human-trafficking-means-trading = Traficul de persoane înseamnă comerțul cu oameni, pentru ca alții să îi poată exploata și să facă bani de pe urma lor.

# en: It does not only happen in the sex industry. It also happens in:
what-human-trafficking-is--it-does-not-only = Nu se întâmplă doar în industria sexului. Se întâmplă și în:

# en: construction
what-human-trafficking-is--construction = construcții

# en: farming
what-human-trafficking-is--farming = agricultură

# en: domestic work, which means working inside other people's homes
what-human-trafficking-is--domestic-work-which-means = munca în gospodărie, adică munca în casele altor oameni

# en: People often call it modern slavery or labour exploitation. This is because victims are made to work for very little pay, or for no pay at all.
what-human-trafficking-is--people-often-call-it = Oamenii îl numesc adesea sclavie modernă sau exploatare prin muncă. Asta pentru că victimele sunt obligate să muncească pentru foarte puțini bani sau fără să fie plătite deloc.

# en: A person who has been trafficked often:
what-human-trafficking-is--a-person-who-has = O persoană care a fost victimă a traficului de persoane adesea:

# en: was lied to about what the job would be
what-human-trafficking-is--was-lied-to-about = a fost mințită despre ce fel de muncă va avea

# en: was brought from another country, but trafficking also happens inside the UK
what-human-trafficking-is--was-brought-from-another = a fost adusă din altă țară, dar traficul de persoane se întâmplă și în interiorul Regatului Unit

# en: is forced to work
what-human-trafficking-is--is-forced-to-work = este obligată să muncească

# en: is watched very closely by the person they work for
what-human-trafficking-is--is-watched-very-closely = este supravegheată foarte atent de persoana pentru care muncește

## Signs in adults

# en: Signs in adults
signs-in-adults = Semne la adulți

# en: Every case is different. But these are common signs that an adult is being trafficked. The person might:
signs-in-adults--every-case-is-different = Fiecare caz este diferit. Dar acestea sunt semne obișnuite că un adult este victimă a traficului de persoane. Persoana poate:

# en: not have their freedom
signs-in-adults--not-have-their-freedom = să nu aibă libertate

# en: get very little pay, or no pay
signs-in-adults--get-very-little-pay = să fie plătită foarte puțin sau deloc

# en: seem to owe someone money (be in debt)
signs-in-adults--seem-to-owe-someone = să pară că datorează bani cuiva (să aibă datorii)

# en: be afraid of someone, or even afraid of the authorities
signs-in-adults--be-afraid-of-someone = să se teamă de cineva, sau chiar de autorități

# en: have signs of physical abuse, such as cuts and bruises
signs-in-adults--have-signs-of-physical = să aibă semne de abuz fizic, cum ar fi tăieturi și vânătăi

# en: move from place to place often
signs-in-adults--move-from-place-to = să se mute des dintr-un loc în altul

## Extra signs in children

# en: Extra signs in children
extra-signs-in-children = Alte semne la copii

# en: Children who are trafficked can show the same signs as adults. They might also:
extra-signs-in-children--children-who-are-trafficked = Copiii care sunt victime ale traficului de persoane pot avea aceleași semne ca adulții. De asemenea, ei pot:

# en: have money or belongings they cannot explain
extra-signs-in-children--have-money-or-belongings = să aibă bani sau lucruri pe care nu le pot explica

# en: not seem to live with their parents or guardians
extra-signs-in-children--not-seem-to-live = să pară că nu locuiesc cu părinții sau cu tutorii lor

# en: be emotionally unstable, for example aggressive, withdrawn or anxious
extra-signs-in-children--be-emotionally-unstable-for = să fie instabili emoțional, de exemplu agresivi, retrași sau anxioși

# en: If you think a child is in danger of being trafficked, call the NSPCC helpline on { $nspcc }.
# $nspcc = a phone number, filled in by the build
extra-signs-in-children--if-you-think-a = Dacă credeți că un copil este în pericol să devină victimă a traficului de persoane, sunați la linia de asistență NSPCC (o organizație caritabilă pentru protecția copiilor) la { $nspcc }.

## Who to contact

# en: Who to contact
who-to-contact = Pe cine să contactați

# en: Who
who-to-contact--who = Cine

# en: Number
who-to-contact--number = Numărul

# en: When to call
who-to-contact--when-to-call = Când să sunați

# en: Police (emergency)
who-to-contact--police-emergency = Poliția (urgențe)

# en: { $police-emergency }
# $police-emergency = a phone number, filled in by the build
who-to-contact--cell-b9fa13 = { $police-emergency }

# en: If it is an emergency
who-to-contact--if-it-is-an = Dacă este o urgență

# en: Police (non-emergency)
who-to-contact--police-non-emergency = Poliția (situații care nu sunt urgente)

# en: { $police-non-emergency }
# $police-non-emergency = a phone number, filled in by the build
who-to-contact--cell-4b46e1 = { $police-non-emergency }

# en: If it is not urgent
who-to-contact--if-it-is-not = Dacă nu este urgent

# en: Crimestoppers
who-to-contact--crimestoppers = Crimestoppers (organizație caritabilă)

# en: { $crimestoppers }
# $crimestoppers = a phone number, filled in by the build
who-to-contact--cell-7ea3eb = { $crimestoppers }

# en: To report anonymously, without giving your name
who-to-contact--to-report-anonymously-without = Pentru a raporta anonim, fără să vă spuneți numele

# en: The Salvation Army modern slavery referral helpline
who-to-contact--the-salvation-army-modern = Linia de asistență a The Salvation Army (Armata Salvării, o organizație caritabilă) pentru semnalarea sclaviei moderne

# en: { $salvation-army }
# $salvation-army = a phone number, filled in by the build
who-to-contact--cell-3e8076 = { $salvation-army }

# en: To report modern slavery. Open 24 hours. Confidential.
who-to-contact--to-report-modern-slavery = Pentru a raporta sclavia modernă. Deschisă 24 de ore. Confidențial.

# en: Modern Slavery & Exploitation Helpline, run by the charity Unseen
who-to-contact--modern-slavery-exploitation-helpline = Modern Slavery & Exploitation Helpline (linia de asistență pentru sclavie modernă și exploatare), administrată de organizația caritabilă Unseen

# en: { $modern-slavery-helpline }
# $modern-slavery-helpline = a phone number, filled in by the build
who-to-contact--cell-49bb57 = { $modern-slavery-helpline }

# en: Open 24 hours a day. Free and confidential.
who-to-contact--open-24-hours-a = Deschisă 24 de ore pe zi. Gratuit și confidențial.

# en: NSPCC helpline
who-to-contact--nspcc-helpline = Linia de asistență NSPCC

# en: { $nspcc }
# $nspcc = a phone number, filled in by the build
who-to-contact--cell-fd35aa = { $nspcc }

# en: If you think a child is in danger of being trafficked
who-to-contact--if-you-think-a = Dacă credeți că un copil este în pericol să devină victimă a traficului de persoane

# en: Confidential means they keep what you tell them private.
who-to-contact--confidential-means-they-keep = Confidențial înseamnă că ei păstrează secret ce le spuneți.

## If you do not want to call the police

# en: If you do not want to call the police
if-you-do-not-want-to-call-the-police = Dacă nu vreți să sunați la poliție

# en: You can speak to a charity anonymously. This means you do not have to give your name.
if-you-do-not-want-to-call-the-police--you-can-speak-to = Puteți vorbi anonim cu o organizație caritabilă. Asta înseamnă că nu trebuie să vă spuneți numele.

# en: You may want confidential advice before you call the police. If so, you can contact a specialist organisation. These are:
if-you-do-not-want-to-call-the-police--you-may-want-confidential = Poate doriți sfaturi confidențiale înainte să sunați la poliție. În acest caz, puteți contacta o organizație specializată. Acestea sunt:

# en: the Salvation Army modern slavery referral helpline on { $salvation-army }
# $salvation-army = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-salvation-army-modern = linia de asistență a The Salvation Army pentru semnalarea sclaviei moderne, la { $salvation-army }

# en: the Modern Slavery & Exploitation Helpline on { $modern-slavery-helpline }
# $modern-slavery-helpline = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-modern-slavery-exploitation = Modern Slavery & Exploitation Helpline (linia de asistență pentru sclavie modernă și exploatare), la { $modern-slavery-helpline }

# en: the NSPCC helpline on { $nspcc }
# $nspcc = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-nspcc-helpline-on = linia de asistență NSPCC, la { $nspcc }

## Help face to face

# en: Help face to face
help-face-to-face = Ajutor față în față

# en: Your local Citizens Advice can talk to you in person. They can help you decide what to do next. You can find them through the [Citizens Advice website]({ $link1 }).
# $link1 = https://www.citizensadvice.org.uk/
help-face-to-face--your-local-citizens-advice = Biroul Citizens Advice (un serviciu de consiliere gratuită) din zona dumneavoastră poate vorbi cu dumneavoastră în persoană. Vă poate ajuta să decideți ce să faceți mai departe. Îl puteți găsi pe [site-ul Citizens Advice]({ $link1 }).

# en: To learn more about spotting the signs, visit the [Modern Slavery Helpline website]({ $link1 }).
# $link1 = https://www.modernslaveryhelpline.org/
help-face-to-face--to-learn-more-about = Pentru a afla mai multe despre cum să recunoașteți semnele, vizitați [site-ul Modern Slavery Helpline]({ $link1 }).

## Reporting and the National Referral Mechanism

# en: Reporting and the National Referral Mechanism
reporting-and-the-national-referral-mechanism = Raportarea și Mecanismul Național de Referire

# en: The National Referral Mechanism (NRM) exists to protect victims of trafficking.
reporting-and-the-national-referral-mechanism--the-national-referral-mechanism = Mecanismul Național de Referire (NRM) există pentru a proteja victimele traficului de persoane.

# en: You cannot report to the NRM yourself. Only certain organisations can do this. They are called "first responders". GOV.UK publishes a list of first responder organisations. You can read the [GOV.UK guidance on reporting modern slavery as a first responder]({ $link1 }).
# $link1 = https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder
reporting-and-the-national-referral-mechanism--you-cannot-report-to = Nu puteți face singur o raportare către NRM. Doar anumite organizații pot face asta. Ele se numesc „primii respondenți” (first responders). GOV.UK (site-ul guvernului britanic) publică o listă cu organizațiile care sunt primi respondenți. Puteți citi [ghidul GOV.UK despre raportarea sclaviei moderne ca prim respondent]({ $link1 }).

# en: The Single Competent Authority (SCA) looks at the reports. The SCA is part of the Home Office.
reporting-and-the-national-referral-mechanism--the-single-competent-authority = Autoritatea Competentă Unică (SCA) analizează raportările. SCA face parte din Home Office (Ministerul de Interne al Regatului Unit).

## Advisers must get consent first

# en: Advisers must get consent first
advisers-must-get-consent-first = Consilierii trebuie să obțină mai întâi consimțământul

# en: If you are an adviser, you must get your client's consent before you report trafficking. Consent means they agree to it.
advisers-must-get-consent-first--if-you-are-an = Dacă sunteți consilier, trebuie să obțineți consimțământul clientului înainte să raportați traficul de persoane. Consimțământ înseamnă că clientul este de acord.

# en: Before you ask for consent, you must explain:
advisers-must-get-consent-first--before-you-ask-for = Înainte să cereți consimțământul, trebuie să explicați:

# en: what the NRM is
advisers-must-get-consent-first--what-the-nrm-is = ce este NRM

# en: what support the NRM gives
advisers-must-get-consent-first--what-support-the-nrm = ce sprijin oferă NRM

# en: what the possible outcomes are for your client
advisers-must-get-consent-first--what-the-possible-outcomes = care sunt rezultatele posibile pentru clientul dumneavoastră

## Support after a report to the NRM

# en: Support after a report to the NRM
support-after-a-report-to-the-nrm = Sprijin după o raportare către NRM

# en: In the sections on support, decisions and compensation, "you" means the person who may have been trafficked. If you are an adviser, this means your client.
support-after-a-report-to-the-nrm--in-the-sections-on = În secțiunile despre sprijin, decizii și despăgubiri, „dumneavoastră” înseamnă persoana care poate să fi fost victimă a traficului de persoane. Dacă sunteți consilier, aceasta înseamnă clientul dumneavoastră.

# en: If the SCA believes you have been trafficked, you will get safe accommodation and support for at least 45 days. This gives you time to recover and to think about your next steps.
support-after-a-report-to-the-nrm--if-the-sca-believes = Dacă SCA consideră că ați fost victimă a traficului de persoane, veți primi o locuință sigură și sprijin pentru cel puțin 45 de zile. Astfel aveți timp să vă refaceți și să vă gândiți la pașii următori.

# en: You do not have to agree to report the traffickers to the police to get this help.
support-after-a-report-to-the-nrm--you-do-not-have = Nu trebuie să acceptați să îi denunțați pe traficanți la poliție pentru a primi acest ajutor.

# en: Support can include:
support-after-a-report-to-the-nrm--support-can-include = Sprijinul poate include:

# en: medical help
support-after-a-report-to-the-nrm--medical-help = ajutor medical

# en: access to legal advice
support-after-a-report-to-the-nrm--access-to-legal-advice = acces la consiliere juridică

# en: emotional and practical help
support-after-a-report-to-the-nrm--emotional-and-practical-help = ajutor emoțional și practic

# en: protection
support-after-a-report-to-the-nrm--protection = protecție

## Decisions, reviews and appeals

# en: Decisions, reviews and appeals
decisions-reviews-and-appeals = Decizii, reexaminări și contestații

# en: Before the 45 days end, the SCA makes a final decision. It decides whether you are a victim of trafficking.
decisions-reviews-and-appeals--before-the-45-days = Înainte să se termine cele 45 de zile, SCA ia o decizie finală. Decide dacă sunteți victimă a traficului de persoane.

# en: If the SCA decides you are a victim, you might either:
decisions-reviews-and-appeals--if-the-sca-decides = Dacă SCA decide că sunteți victimă, puteți fie:

# en: get an extended recovery period, or
decisions-reviews-and-appeals--get-an-extended-recovery = să primiți o perioadă de recuperare prelungită, fie

# en: be granted discretionary leave to remain for one year. This means permission to stay in the UK.
decisions-reviews-and-appeals--be-granted-discretionary-leave = să primiți un drept de ședere discreționar (discretionary leave to remain) pentru un an. Asta înseamnă permisiunea de a rămâne în Regatul Unit.

# en: If the SCA decides you are not a victim, you can:
decisions-reviews-and-appeals--if-the-sca-decides-2 = Dacă SCA decide că nu sunteți victimă, puteți:

# en: ask for a review of the decision
decisions-reviews-and-appeals--ask-for-a-review = să cereți reexaminarea deciziei

# en: challenge the decision in court. This is called a judicial review.
decisions-reviews-and-appeals--challenge-the-decision-in = să contestați decizia în instanță. Aceasta se numește control judiciar (judicial review).

# en: If you also applied for asylum and you were refused, you can appeal to an independent tribunal.
decisions-reviews-and-appeals--if-you-also-applied = Dacă ați cerut și azil și cererea v-a fost respinsă, puteți face apel la un tribunal independent.

# en: For any of these steps, get help from an immigration specialist. If you are an adviser, refer your client to one.
decisions-reviews-and-appeals--for-any-of-these = Pentru oricare dintre acești pași, cereți ajutor de la un specialist în imigrație. Dacă sunteți consilier, trimiteți-vă clientul la un astfel de specialist.

## Other ways to stay in the UK

# en: Other ways to stay in the UK
other-ways-to-stay-in-the-uk = Alte moduri de a rămâne în Regatul Unit

# en: You may also be able to stay in the UK under European law. Or you may be able to apply for asylum or for human rights protection. An immigration specialist can help with this too. Advisers should refer their client to one.
other-ways-to-stay-in-the-uk--you-may-also-be = Este posibil să puteți rămâne în Regatul Unit și pe baza legislației europene. Sau poate puteți cere azil sau protecție pe baza drepturilor omului. Un specialist în imigrație vă poate ajuta și cu acest lucru. Consilierii ar trebui să își trimită clientul la un astfel de specialist.

## Compensation for victims

# en: Compensation for victims
compensation-for-victims = Despăgubiri pentru victime

# en: If you are a victim of trafficking, you may be entitled to compensation. This is money paid under the Criminal Injuries Compensation Scheme.
compensation-for-victims--if-you-are-a = Dacă sunteți victimă a traficului de persoane, este posibil să aveți dreptul la despăgubiri. Acestea sunt bani plătiți prin Criminal Injuries Compensation Scheme (schema de despăgubire pentru vătămări cauzate de infracțiuni).

# en: GOV.UK explains how to [claim compensation as a victim of crime]({ $link1 }).
# $link1 = https://www.gov.uk/claim-compensation-criminal-injury
compensation-for-victims--gov-uk-explains-how = GOV.UK explică cum să [cereți despăgubiri ca victimă a unei infracțiuni]({ $link1 }).

## What happens after a report

# en: What happens after a report
what-happens-after-a-report = Ce se întâmplă după o raportare

# en: First, the police protect the trafficked person from anyone who might harm them.
what-happens-after-a-report--first-the-police-protect = Mai întâi, poliția protejează persoana traficată de oricine i-ar putea face rău.

# en: The police and specialist organisations work together. They give practical and emotional support. This includes:
what-happens-after-a-report--the-police-and-specialist = Poliția și organizațiile specializate lucrează împreună. Ele oferă sprijin practic și emoțional. Acesta include:

# en: medical care
what-happens-after-a-report--medical-care = îngrijire medicală

# en: safe accommodation away from the traffickers
what-happens-after-a-report--safe-accommodation-away-from = o locuință sigură, departe de traficanți

## Going home or staying in the UK

# en: Going home or staying in the UK
going-home-or-staying-in-the-uk = Întoarcerea acasă sau rămânerea în Regatul Unit

# en: If it is safe, the person is helped to return to their home country.
going-home-or-staying-in-the-uk--if-it-is-safe = Dacă este sigur, persoana primește ajutor să se întoarcă în țara de origine.

# en: Sometimes it is not safe. For example, they might be trafficked again. Then they get help to stay in the UK permanently. They may get free legal help for this. This is called legal aid.
going-home-or-staying-in-the-uk--sometimes-it-is-not = Uneori nu este sigur. De exemplu, persoana ar putea fi din nou victimă a traficului de persoane. Atunci primește ajutor să rămână permanent în Regatul Unit. Pentru asta, poate primi ajutor juridic gratuit. Acesta se numește asistență juridică gratuită (legal aid).

## Where to get more help

# en: Where to get more help
where-to-get-more-help = Unde găsiți mai mult ajutor

# en: Call any of the helplines in the section on who to contact.
where-to-get-more-help--call-any-of-the = Sunați la oricare dintre liniile de asistență din secțiunea „Pe cine să contactați”.

# en: Read about spotting the signs on the [Modern Slavery Helpline website]({ $link1 }).
# $link1 = https://www.modernslaveryhelpline.org/
where-to-get-more-help--read-about-spotting-the = Citiți despre cum să recunoașteți semnele pe [site-ul Modern Slavery Helpline]({ $link1 }).

# en: Get face-to-face help from your local Citizens Advice through the [Citizens Advice website]({ $link1 }).
# $link1 = https://www.citizensadvice.org.uk/
where-to-get-more-help--get-face-to-face = Primiți ajutor față în față de la Citizens Advice din zona dumneavoastră, prin [site-ul Citizens Advice]({ $link1 }).

# en: Find out which organisations can make a referral in the [GOV.UK guidance for first responders]({ $link1 }).
# $link1 = https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder
where-to-get-more-help--find-out-which-organisations = Aflați ce organizații pot face o referire în [ghidul GOV.UK pentru primii respondenți]({ $link1 }).

# en: Find out about compensation in the [GOV.UK guide to claiming compensation as a victim of crime]({ $link1 }).
# $link1 = https://www.gov.uk/claim-compensation-criminal-injury
where-to-get-more-help--find-out-about-compensation = Aflați despre despăgubiri în [ghidul GOV.UK despre cum să cereți despăgubiri ca victimă a unei infracțiuni]({ $link1 }).
