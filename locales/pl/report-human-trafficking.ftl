### Translation of content/report-human-trafficking.md into `pl`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update pl`.

# en: Reporting human trafficking
page-title = Zgłaszanie handlu ludźmi

# en: How to spot the signs of human trafficking in England, who to contact, and what support and decisions can follow a report.
page-summary = Jak rozpoznać oznaki handlu ludźmi w Anglii, z kim się skontaktować oraz jaka pomoc i jakie decyzje mogą nastąpić po zgłoszeniu.

# en: This advice applies to England.
intro--this-advice-applies-to = Te porady dotyczą Anglii.

# en: Read this page if you think someone is being trafficked. That person might be you. It is also for advisers who are helping a client who may be a victim. It tells you the signs to look for, who to contact, and what can happen after a report.
intro--read-this-page-if = Przeczytaj tę stronę, jeśli myślisz, że ktoś jest ofiarą handlu ludźmi. Tą osobą możesz być ty. Strona jest też dla doradców, którzy pomagają klientowi, który może być ofiarą. Mówi, na jakie oznaki zwracać uwagę, z kim się skontaktować i co może się stać po zgłoszeniu.

# en: If you or someone else is in danger now, call the police on { $police-emergency }.
# $police-emergency = a phone number, filled in by the build
intro--if-you-or-someone = Jeśli ty lub ktoś inny jest teraz w niebezpieczeństwie, zadzwoń na policję pod numer { $police-emergency }.

## What human trafficking is

# en: What human trafficking is
what-human-trafficking-is = Czym jest handel ludźmi

# en: Human trafficking means trading people so that others can exploit them and make money from them.
what-human-trafficking-is--human-trafficking-means-trading = Handel ludźmi oznacza, że ludzi się sprzedaje i kupuje, aby inni mogli ich wykorzystywać i na nich zarabiać.

# en: It does not only happen in the sex industry. It also happens in:
what-human-trafficking-is--it-does-not-only = Nie zdarza się tylko w branży seksualnej. Zdarza się też:

# en: construction
what-human-trafficking-is--construction = w budownictwie

# en: farming
what-human-trafficking-is--farming = w rolnictwie

# en: domestic work, which means working inside other people's homes
what-human-trafficking-is--domestic-work-which-means = w pracy domowej, czyli przy pracy w domach innych ludzi

# en: People often call it modern slavery or labour exploitation. This is because victims are made to work for very little pay, or for no pay at all.
what-human-trafficking-is--people-often-call-it = Ludzie często nazywają to współczesnym niewolnictwem albo wyzyskiem w pracy. Dzieje się tak, ponieważ ofiary są zmuszane do pracy za bardzo małe pieniądze albo bez żadnej zapłaty.

# en: A person who has been trafficked often:
what-human-trafficking-is--a-person-who-has = Osoba, która jest ofiarą handlu ludźmi, często:

# en: was lied to about what the job would be
what-human-trafficking-is--was-lied-to-about = została okłamana co do tego, jaka będzie praca

# en: was brought from another country, but trafficking also happens inside the UK
what-human-trafficking-is--was-brought-from-another = została przywieziona z innego kraju, ale handel ludźmi zdarza się też wewnątrz Wielkiej Brytanii

# en: is forced to work
what-human-trafficking-is--is-forced-to-work = jest zmuszana do pracy

# en: is watched very closely by the person they work for
what-human-trafficking-is--is-watched-very-closely = jest bardzo dokładnie pilnowana przez osobę, dla której pracuje

## Signs in adults

# en: Signs in adults
signs-in-adults = Oznaki u dorosłych

# en: Every case is different. But these are common signs that an adult is being trafficked. The person might:
signs-in-adults--every-case-is-different = Każda sytuacja jest inna. Ale to są częste oznaki, że dorosła osoba jest ofiarą handlu ludźmi. Ta osoba może:

# en: not have their freedom
signs-in-adults--not-have-their-freedom = nie mieć wolności

# en: get very little pay, or no pay
signs-in-adults--get-very-little-pay = dostawać bardzo małą zapłatę albo nie dostawać żadnej zapłaty

# en: seem to owe someone money (be in debt)
signs-in-adults--seem-to-owe-someone = sprawiać wrażenie, że jest komuś winna pieniądze (ma dług)

# en: be afraid of someone, or even afraid of the authorities
signs-in-adults--be-afraid-of-someone = bać się kogoś, a nawet bać się władz

# en: have signs of physical abuse, such as cuts and bruises
signs-in-adults--have-signs-of-physical = mieć ślady przemocy fizycznej, na przykład skaleczenia i siniaki

# en: move from place to place often
signs-in-adults--move-from-place-to = często przenosić się z miejsca na miejsce

## Extra signs in children

# en: Extra signs in children
extra-signs-in-children = Dodatkowe oznaki u dzieci

# en: Children who are trafficked can show the same signs as adults. They might also:
extra-signs-in-children--children-who-are-trafficked = Dzieci, które są ofiarami handlu ludźmi, mogą mieć te same oznaki co dorośli. Mogą też:

# en: have money or belongings they cannot explain
extra-signs-in-children--have-money-or-belongings = mieć pieniądze albo rzeczy, których pochodzenia nie potrafią wyjaśnić

# en: not seem to live with their parents or guardians
extra-signs-in-children--not-seem-to-live = sprawiać wrażenie, że nie mieszkają z rodzicami ani z opiekunami

# en: be emotionally unstable, for example aggressive, withdrawn or anxious
extra-signs-in-children--be-emotionally-unstable-for = być niestabilne emocjonalnie, na przykład agresywne, zamknięte w sobie albo niespokojne

# en: If you think a child is in danger of being trafficked, call the NSPCC helpline on { $nspcc }.
# $nspcc = a phone number, filled in by the build
extra-signs-in-children--if-you-think-a = Jeśli myślisz, że dziecku grozi handel ludźmi, zadzwoń na infolinię NSPCC (organizacji charytatywnej, która chroni dzieci) pod numer { $nspcc }.

## Who to contact

# en: Who to contact
who-to-contact = Z kim się skontaktować

# en: Who
who-to-contact--who = Kto

# en: Number
who-to-contact--number = Numer

# en: When to call
who-to-contact--when-to-call = Kiedy dzwonić

# en: Police (emergency)
who-to-contact--police-emergency = Policja (numer alarmowy)

# en: { $police-emergency }
# $police-emergency = a phone number, filled in by the build
who-to-contact--cell-b9fa13 = { $police-emergency }

# en: If it is an emergency
who-to-contact--if-it-is-an = Jeśli to nagły wypadek

# en: Police (non-emergency)
who-to-contact--police-non-emergency = Policja (sprawy niepilne)

# en: { $police-non-emergency }
# $police-non-emergency = a phone number, filled in by the build
who-to-contact--cell-4b46e1 = { $police-non-emergency }

# en: If it is not urgent
who-to-contact--if-it-is-not = Jeśli sprawa nie jest pilna

# en: Crimestoppers
who-to-contact--crimestoppers = Crimestoppers

# en: { $crimestoppers }
# $crimestoppers = a phone number, filled in by the build
who-to-contact--cell-7ea3eb = { $crimestoppers }

# en: To report anonymously, without giving your name
who-to-contact--to-report-anonymously-without = Aby zgłosić coś anonimowo, bez podawania swojego imienia i nazwiska

# en: The Salvation Army modern slavery referral helpline
who-to-contact--the-salvation-army-modern = Infolinia Armii Zbawienia (The Salvation Army, organizacja charytatywna) do zgłaszania współczesnego niewolnictwa

# en: { $salvation-army }
# $salvation-army = a phone number, filled in by the build
who-to-contact--cell-3e8076 = { $salvation-army }

# en: To report modern slavery. Open 24 hours. Confidential.
who-to-contact--to-report-modern-slavery = Aby zgłosić współczesne niewolnictwo. Czynna 24 godziny na dobę. Poufna.

# en: Modern Slavery & Exploitation Helpline, run by the charity Unseen
who-to-contact--modern-slavery-exploitation-helpline = Modern Slavery & Exploitation Helpline – infolinia w sprawie współczesnego niewolnictwa i wyzysku, prowadzona przez organizację charytatywną Unseen

# en: { $modern-slavery-helpline }
# $modern-slavery-helpline = a phone number, filled in by the build
who-to-contact--cell-49bb57 = { $modern-slavery-helpline }

# en: Open 24 hours a day. Free and confidential.
who-to-contact--open-24-hours-a = Czynna 24 godziny na dobę. Bezpłatna i poufna.

# en: NSPCC helpline
who-to-contact--nspcc-helpline = Infolinia NSPCC

# en: { $nspcc }
# $nspcc = a phone number, filled in by the build
who-to-contact--cell-fd35aa = { $nspcc }

# en: If you think a child is in danger of being trafficked
who-to-contact--if-you-think-a = Jeśli myślisz, że dziecku grozi handel ludźmi

# en: Confidential means they keep what you tell them private.
who-to-contact--confidential-means-they-keep = „Poufna” oznacza, że to, co im powiesz, zachowają w tajemnicy.

## If you do not want to call the police

# en: If you do not want to call the police
if-you-do-not-want-to-call-the-police = Jeśli nie chcesz dzwonić na policję

# en: You can speak to a charity anonymously. This means you do not have to give your name.
if-you-do-not-want-to-call-the-police--you-can-speak-to = Możesz porozmawiać z organizacją charytatywną anonimowo. To znaczy, że nie musisz podawać swojego imienia i nazwiska.

# en: You may want confidential advice before you call the police. If so, you can contact a specialist organisation. These are:
if-you-do-not-want-to-call-the-police--you-may-want-confidential = Może chcesz dostać poufną poradę, zanim zadzwonisz na policję. Jeśli tak, możesz skontaktować się z wyspecjalizowaną organizacją. Są to:

# en: the Salvation Army modern slavery referral helpline on { $salvation-army }
# $salvation-army = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-salvation-army-modern = infolinia Armii Zbawienia do zgłaszania współczesnego niewolnictwa pod numerem { $salvation-army }

# en: the Modern Slavery & Exploitation Helpline on { $modern-slavery-helpline }
# $modern-slavery-helpline = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-modern-slavery-exploitation = infolinia Modern Slavery & Exploitation Helpline pod numerem { $modern-slavery-helpline }

# en: the NSPCC helpline on { $nspcc }
# $nspcc = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-nspcc-helpline-on = infolinia NSPCC pod numerem { $nspcc }

## Help face to face

# en: Help face to face
help-face-to-face = Pomoc osobiście, twarzą w twarz

# en: Your local Citizens Advice can talk to you in person. They can help you decide what to do next. You can find them through the [Citizens Advice website]({ $link1 }).
# $link1 = https://www.citizensadvice.org.uk/
help-face-to-face--your-local-citizens-advice = Twoje lokalne biuro Citizens Advice (organizacji, która udziela porad) może porozmawiać z tobą osobiście. Pomogą ci zdecydować, co zrobić dalej. Znajdziesz je na [stronie internetowej Citizens Advice]({ $link1 }).

# en: To learn more about spotting the signs, visit the [Modern Slavery Helpline website]({ $link1 }).
# $link1 = https://www.modernslaveryhelpline.org/
help-face-to-face--to-learn-more-about = Aby dowiedzieć się więcej o rozpoznawaniu oznak, wejdź na [stronę internetową Modern Slavery Helpline]({ $link1 }).

## Reporting and the National Referral Mechanism

# en: Reporting and the National Referral Mechanism
reporting-and-the-national-referral-mechanism = Zgłaszanie i Krajowy Mechanizm Referencyjny

# en: The National Referral Mechanism (NRM) exists to protect victims of trafficking.
reporting-and-the-national-referral-mechanism--the-national-referral-mechanism = Krajowy Mechanizm Referencyjny (NRM) istnieje po to, aby chronić ofiary handlu ludźmi.

# en: You cannot report to the NRM yourself. Only certain organisations can do this. They are called "first responders". GOV.UK publishes a list of first responder organisations. You can read the [GOV.UK guidance on reporting modern slavery as a first responder]({ $link1 }).
# $link1 = https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder
reporting-and-the-national-referral-mechanism--you-cannot-report-to = Nie możesz samodzielnie zgłosić sprawy do NRM. Mogą to zrobić tylko niektóre organizacje. Nazywa się je „organizacjami pierwszego kontaktu” (po angielsku „first responders”). GOV.UK (oficjalna strona rządu Wielkiej Brytanii) publikuje listę organizacji pierwszego kontaktu. Możesz przeczytać [wytyczne GOV.UK o zgłaszaniu współczesnego niewolnictwa przez organizacje pierwszego kontaktu]({ $link1 }).

# en: The Single Competent Authority (SCA) looks at the reports. The SCA is part of the Home Office.
reporting-and-the-national-referral-mechanism--the-single-competent-authority = Zgłoszenia rozpatruje Jednolity Organ Właściwy (SCA). SCA jest częścią Home Office (brytyjskiego Ministerstwa Spraw Wewnętrznych).

## Advisers must get consent first

# en: Advisers must get consent first
advisers-must-get-consent-first = Doradcy muszą najpierw uzyskać zgodę

# en: If you are an adviser, you must get your client's consent before you report trafficking. Consent means they agree to it.
advisers-must-get-consent-first--if-you-are-an = Jeśli jesteś doradcą, musisz uzyskać zgodę klienta, zanim zgłosisz handel ludźmi. Zgoda oznacza, że klient się na to zgadza.

# en: Before you ask for consent, you must explain:
advisers-must-get-consent-first--before-you-ask-for = Zanim poprosisz o zgodę, musisz wyjaśnić:

# en: what the NRM is
advisers-must-get-consent-first--what-the-nrm-is = czym jest NRM

# en: what support the NRM gives
advisers-must-get-consent-first--what-support-the-nrm = jaką pomoc daje NRM

# en: what the possible outcomes are for your client
advisers-must-get-consent-first--what-the-possible-outcomes = jakie są możliwe skutki dla twojego klienta

## Support after a report to the NRM

# en: Support after a report to the NRM
support-after-a-report-to-the-nrm = Pomoc po zgłoszeniu do NRM

# en: In the sections on support, decisions and compensation, "you" means the person who may have been trafficked. If you are an adviser, this means your client.
support-after-a-report-to-the-nrm--in-the-sections-on = W częściach o pomocy, decyzjach i odszkodowaniu słowo „ty” oznacza osobę, która mogła być ofiarą handlu ludźmi. Jeśli jesteś doradcą, chodzi o twojego klienta.

# en: If the SCA believes you have been trafficked, you will get safe accommodation and support for at least 45 days. This gives you time to recover and to think about your next steps.
support-after-a-report-to-the-nrm--if-the-sca-believes = Jeśli SCA uważa, że jesteś ofiarą handlu ludźmi, dostaniesz bezpieczne zakwaterowanie i pomoc przez co najmniej 45 dni. Dzięki temu masz czas, aby dojść do siebie i zastanowić się nad kolejnymi krokami.

# en: You do not have to agree to report the traffickers to the police to get this help.
support-after-a-report-to-the-nrm--you-do-not-have = Nie musisz zgadzać się na zgłoszenie handlarzy ludźmi na policję, aby dostać tę pomoc.

# en: Support can include:
support-after-a-report-to-the-nrm--support-can-include = Pomoc może obejmować:

# en: medical help
support-after-a-report-to-the-nrm--medical-help = pomoc medyczną

# en: access to legal advice
support-after-a-report-to-the-nrm--access-to-legal-advice = dostęp do porady prawnej

# en: emotional and practical help
support-after-a-report-to-the-nrm--emotional-and-practical-help = pomoc emocjonalną i praktyczną

# en: protection
support-after-a-report-to-the-nrm--protection = ochronę

## Decisions, reviews and appeals

# en: Decisions, reviews and appeals
decisions-reviews-and-appeals = Decyzje, ponowne rozpatrzenie i odwołania

# en: Before the 45 days end, the SCA makes a final decision. It decides whether you are a victim of trafficking.
decisions-reviews-and-appeals--before-the-45-days = Zanim minie 45 dni, SCA podejmuje ostateczną decyzję. Decyduje, czy jesteś ofiarą handlu ludźmi.

# en: If the SCA decides you are a victim, you might either:
decisions-reviews-and-appeals--if-the-sca-decides = Jeśli SCA zdecyduje, że jesteś ofiarą, możesz albo:

# en: get an extended recovery period, or
decisions-reviews-and-appeals--get-an-extended-recovery = dostać przedłużony okres na powrót do zdrowia, albo

# en: be granted discretionary leave to remain for one year. This means permission to stay in the UK.
decisions-reviews-and-appeals--be-granted-discretionary-leave = dostać uznaniowe prawo pobytu na jeden rok (po angielsku „discretionary leave to remain”). To oznacza pozwolenie na pozostanie w Wielkiej Brytanii.

# en: If the SCA decides you are not a victim, you can:
decisions-reviews-and-appeals--if-the-sca-decides-2 = Jeśli SCA zdecyduje, że nie jesteś ofiarą, możesz:

# en: ask for a review of the decision
decisions-reviews-and-appeals--ask-for-a-review = poprosić o ponowne rozpatrzenie decyzji

# en: challenge the decision in court. This is called a judicial review.
decisions-reviews-and-appeals--challenge-the-decision-in = zaskarżyć decyzję w sądzie. Nazywa się to kontrolą sądową (po angielsku „judicial review”).

# en: If you also applied for asylum and you were refused, you can appeal to an independent tribunal.
decisions-reviews-and-appeals--if-you-also-applied = Jeśli ubiegasz się także o azyl i twój wniosek został odrzucony, możesz odwołać się do niezależnego trybunału.

# en: For any of these steps, get help from an immigration specialist. If you are an adviser, refer your client to one.
decisions-reviews-and-appeals--for-any-of-these = Przy każdym z tych kroków skorzystaj z pomocy specjalisty od spraw imigracyjnych. Jeśli jesteś doradcą, skieruj do takiego specjalisty swojego klienta.

## Other ways to stay in the UK

# en: Other ways to stay in the UK
other-ways-to-stay-in-the-uk = Inne sposoby na pozostanie w Wielkiej Brytanii

# en: You may also be able to stay in the UK under European law. Or you may be able to apply for asylum or for human rights protection. An immigration specialist can help with this too. Advisers should refer their client to one.
other-ways-to-stay-in-the-uk--you-may-also-be = Być może możesz też zostać w Wielkiej Brytanii na podstawie prawa europejskiego. Albo być może możesz złożyć wniosek o azyl lub o ochronę ze względu na prawa człowieka. W tym też może pomóc specjalista od spraw imigracyjnych. Doradcy powinni skierować do takiego specjalisty swojego klienta.

## Compensation for victims

# en: Compensation for victims
compensation-for-victims = Odszkodowanie dla ofiar

# en: If you are a victim of trafficking, you may be entitled to compensation. This is money paid under the Criminal Injuries Compensation Scheme.
compensation-for-victims--if-you-are-a = Jeśli jesteś ofiarą handlu ludźmi, możesz mieć prawo do odszkodowania. Są to pieniądze wypłacane z programu odszkodowań za szkody doznane w wyniku przestępstwa (Criminal Injuries Compensation Scheme).

# en: GOV.UK explains how to [claim compensation as a victim of crime]({ $link1 }).
# $link1 = https://www.gov.uk/claim-compensation-criminal-injury
compensation-for-victims--gov-uk-explains-how = GOV.UK wyjaśnia, jak [ubiegać się o odszkodowanie jako ofiara przestępstwa]({ $link1 }).

## What happens after a report

# en: What happens after a report
what-happens-after-a-report = Co się dzieje po zgłoszeniu

# en: First, the police protect the trafficked person from anyone who might harm them.
what-happens-after-a-report--first-the-police-protect = Najpierw policja chroni osobę, która jest ofiarą handlu ludźmi, przed każdym, kto mógłby ją skrzywdzić.

# en: The police and specialist organisations work together. They give practical and emotional support. This includes:
what-happens-after-a-report--the-police-and-specialist = Policja i wyspecjalizowane organizacje współpracują ze sobą. Dają pomoc praktyczną i emocjonalną. Obejmuje to:

# en: medical care
what-happens-after-a-report--medical-care = opiekę medyczną

# en: safe accommodation away from the traffickers
what-happens-after-a-report--safe-accommodation-away-from = bezpieczne zakwaterowanie z dala od handlarzy ludźmi

## Going home or staying in the UK

# en: Going home or staying in the UK
going-home-or-staying-in-the-uk = Powrót do domu albo pozostanie w Wielkiej Brytanii

# en: If it is safe, the person is helped to return to their home country.
going-home-or-staying-in-the-uk--if-it-is-safe = Jeśli jest to bezpieczne, ta osoba dostaje pomoc w powrocie do swojego kraju.

# en: Sometimes it is not safe. For example, they might be trafficked again. Then they get help to stay in the UK permanently. They may get free legal help for this. This is called legal aid.
going-home-or-staying-in-the-uk--sometimes-it-is-not = Czasem nie jest to bezpieczne. Na przykład ta osoba mogłaby znowu stać się ofiarą handlu ludźmi. Wtedy dostaje pomoc, aby zostać w Wielkiej Brytanii na stałe. Może na to dostać bezpłatną pomoc prawną. Po angielsku nazywa się to „legal aid”.

## Where to get more help

# en: Where to get more help
where-to-get-more-help = Gdzie szukać dalszej pomocy

# en: Call any of the helplines in the section on who to contact.
where-to-get-more-help--call-any-of-the = Zadzwoń na dowolną infolinię z części „Z kim się skontaktować”.

# en: Read about spotting the signs on the [Modern Slavery Helpline website]({ $link1 }).
# $link1 = https://www.modernslaveryhelpline.org/
where-to-get-more-help--read-about-spotting-the = Przeczytaj o rozpoznawaniu oznak na [stronie internetowej Modern Slavery Helpline]({ $link1 }).

# en: Get face-to-face help from your local Citizens Advice through the [Citizens Advice website]({ $link1 }).
# $link1 = https://www.citizensadvice.org.uk/
where-to-get-more-help--get-face-to-face = Uzyskaj pomoc osobiście w swoim lokalnym biurze Citizens Advice. Znajdziesz je na [stronie internetowej Citizens Advice]({ $link1 }).

# en: Find out which organisations can make a referral in the [GOV.UK guidance for first responders]({ $link1 }).
# $link1 = https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder
where-to-get-more-help--find-out-which-organisations = Sprawdź, które organizacje mogą dokonać zgłoszenia, w [wytycznych GOV.UK dla organizacji pierwszego kontaktu]({ $link1 }).

# en: Find out about compensation in the [GOV.UK guide to claiming compensation as a victim of crime]({ $link1 }).
# $link1 = https://www.gov.uk/claim-compensation-criminal-injury
where-to-get-more-help--find-out-about-compensation = Przeczytaj o odszkodowaniu w [poradniku GOV.UK o ubieganiu się o odszkodowanie jako ofiara przestępstwa]({ $link1 }).
