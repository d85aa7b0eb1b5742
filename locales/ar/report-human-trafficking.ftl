### Translation of content/report-human-trafficking.md into `ar`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update ar`.

# en: Reporting human trafficking
page-title = الإبلاغ عن الاتجار بالبشر

# en: How to spot the signs of human trafficking in England, who to contact, and what support and decisions can follow a report.
page-summary = كيف تتعرف على علامات الاتجار بالبشر في إنجلترا، وبمن تتصل، وما الدعم والقرارات التي قد تأتي بعد الإبلاغ.

# en: This advice applies to England.
intro--this-advice-applies-to = تنطبق هذه النصائح على إنجلترا.

# en: Read this page if you think someone is being trafficked. That person might be you. It is also for advisers who are helping a client who may be a victim. It tells you the signs to look for, who to contact, and what can happen after a report.
intro--read-this-page-if = اقرأ هذه الصفحة إذا كنت تعتقد أن شخصًا ما يتعرض للاتجار بالبشر. قد يكون هذا الشخص أنت. هذه الصفحة أيضًا للمستشارين الذين يساعدون عميلًا قد يكون ضحية. تخبرك الصفحة بالعلامات التي يجب أن تنتبه لها، وبمن تتصل، وماذا قد يحدث بعد الإبلاغ.

# en: If you or someone else is in danger now, call the police on { $police-emergency }.
# $police-emergency = a phone number, filled in by the build
intro--if-you-or-someone = إذا كنت أنت أو أي شخص آخر في خطر الآن، فاتصل بالشرطة على الرقم { $police-emergency }.

## What human trafficking is

# en: What human trafficking is
what-human-trafficking-is = ما هو الاتجار بالبشر

# en: Human trafficking means trading people so that others can exploit them and make money from them.
what-human-trafficking-is--human-trafficking-means-trading = الاتجار بالبشر يعني المتاجرة بالناس حتى يستغلهم آخرون ويكسبوا المال منهم.

# en: It does not only happen in the sex industry. It also happens in:
what-human-trafficking-is--it-does-not-only = لا يحدث هذا في تجارة الجنس فقط. بل يحدث أيضًا في:

# en: construction
what-human-trafficking-is--construction = البناء

# en: farming
what-human-trafficking-is--farming = الزراعة

# en: domestic work, which means working inside other people's homes
what-human-trafficking-is--domestic-work-which-means = العمل المنزلي، أي العمل داخل بيوت أشخاص آخرين

# en: People often call it modern slavery or labour exploitation. This is because victims are made to work for very little pay, or for no pay at all.
what-human-trafficking-is--people-often-call-it = كثيرًا ما يسميه الناس العبودية الحديثة أو الاستغلال في العمل. والسبب أن الضحايا يُجبَرون على العمل مقابل أجر قليل جدًا، أو دون أي أجر.

# en: A person who has been trafficked often:
what-human-trafficking-is--a-person-who-has = الشخص الذي تعرض للاتجار بالبشر غالبًا:

# en: was lied to about what the job would be
what-human-trafficking-is--was-lied-to-about = كذبوا عليه بشأن نوع العمل الذي سيقوم به

# en: was brought from another country, but trafficking also happens inside the UK
what-human-trafficking-is--was-brought-from-another = جاؤوا به من بلد آخر، لكن الاتجار بالبشر يحدث أيضًا داخل المملكة المتحدة

# en: is forced to work
what-human-trafficking-is--is-forced-to-work = يُجبَر على العمل

# en: is watched very closely by the person they work for
what-human-trafficking-is--is-watched-very-closely = يراقبه الشخص الذي يعمل لديه مراقبة شديدة جدًا

## Signs in adults

# en: Signs in adults
signs-in-adults = العلامات لدى البالغين

# en: Every case is different. But these are common signs that an adult is being trafficked. The person might:
signs-in-adults--every-case-is-different = كل حالة مختلفة عن غيرها. لكن هذه علامات شائعة تدل على أن شخصًا بالغًا يتعرض للاتجار بالبشر. من الممكن أن هذا الشخص:

# en: not have their freedom
signs-in-adults--not-have-their-freedom = ليست لديه حرية

# en: get very little pay, or no pay
signs-in-adults--get-very-little-pay = يحصل على أجر قليل جدًا، أو لا يحصل على أي أجر

# en: seem to owe someone money (be in debt)
signs-in-adults--seem-to-owe-someone = يبدو أنه مدين لشخص ما بالمال (عليه دَين)

# en: be afraid of someone, or even afraid of the authorities
signs-in-adults--be-afraid-of-someone = يخاف من شخص ما، أو حتى يخاف من السلطات

# en: have signs of physical abuse, such as cuts and bruises
signs-in-adults--have-signs-of-physical = تظهر عليه علامات إيذاء جسدي، مثل الجروح والكدمات

# en: move from place to place often
signs-in-adults--move-from-place-to = ينتقل من مكان إلى آخر كثيرًا

## Extra signs in children

# en: Extra signs in children
extra-signs-in-children = علامات إضافية لدى الأطفال

# en: Children who are trafficked can show the same signs as adults. They might also:
extra-signs-in-children--children-who-are-trafficked = قد تظهر على الأطفال الذين يتعرضون للاتجار بالبشر العلامات نفسها التي تظهر على البالغين. ومن الممكن أيضًا أنهم:

# en: have money or belongings they cannot explain
extra-signs-in-children--have-money-or-belongings = لديهم مال أو أغراض لا يستطيعون تفسير مصدرها

# en: not seem to live with their parents or guardians
extra-signs-in-children--not-seem-to-live = لا يبدو أنهم يعيشون مع والديهم أو أولياء أمورهم

# en: be emotionally unstable, for example aggressive, withdrawn or anxious
extra-signs-in-children--be-emotionally-unstable-for = غير مستقرين عاطفيًا، مثلًا عدوانيون أو منطوون على أنفسهم أو قلقون

# en: If you think a child is in danger of being trafficked, call the NSPCC helpline on { $nspcc }.
# $nspcc = a phone number, filled in by the build
extra-signs-in-children--if-you-think-a = إذا كنت تعتقد أن طفلًا معرض لخطر الاتجار به، فاتصل بخط مساعدة NSPCC (منظمة خيرية لحماية الأطفال) على الرقم { $nspcc }.

## Who to contact

# en: Who to contact
who-to-contact = بمن تتصل

# en: Who
who-to-contact--who = الجهة

# en: Number
who-to-contact--number = الرقم

# en: When to call
who-to-contact--when-to-call = متى تتصل

# en: Police (emergency)
who-to-contact--police-emergency = الشرطة (حالات الطوارئ)

# en: { $police-emergency }
# $police-emergency = a phone number, filled in by the build
who-to-contact--cell-b9fa13 = { $police-emergency }

# en: If it is an emergency
who-to-contact--if-it-is-an = إذا كان الأمر حالة طارئة

# en: Police (non-emergency)
who-to-contact--police-non-emergency = الشرطة (لغير حالات الطوارئ)

# en: { $police-non-emergency }
# $police-non-emergency = a phone number, filled in by the build
who-to-contact--cell-4b46e1 = { $police-non-emergency }

# en: If it is not urgent
who-to-contact--if-it-is-not = إذا كان الأمر غير عاجل

# en: Crimestoppers
who-to-contact--crimestoppers = Crimestoppers (منظمة خيرية)

# en: { $crimestoppers }
# $crimestoppers = a phone number, filled in by the build
who-to-contact--cell-7ea3eb = { $crimestoppers }

# en: To report anonymously, without giving your name
who-to-contact--to-report-anonymously-without = للإبلاغ دون الكشف عن هويتك، أي دون أن تذكر اسمك

# en: The Salvation Army modern slavery referral helpline
who-to-contact--the-salvation-army-modern = خط مساعدة جيش الخلاص (The Salvation Army)، وهو منظمة خيرية، لإحالة حالات العبودية الحديثة

# en: { $salvation-army }
# $salvation-army = a phone number, filled in by the build
who-to-contact--cell-3e8076 = { $salvation-army }

# en: To report modern slavery. Open 24 hours. Confidential.
who-to-contact--to-report-modern-slavery = للإبلاغ عن العبودية الحديثة. يعمل 24 ساعة. الاتصال سري.

# en: Modern Slavery & Exploitation Helpline, run by the charity Unseen
who-to-contact--modern-slavery-exploitation-helpline = خط المساعدة الخاص بالعبودية الحديثة والاستغلال، تديره منظمة Unseen الخيرية

# en: { $modern-slavery-helpline }
# $modern-slavery-helpline = a phone number, filled in by the build
who-to-contact--cell-49bb57 = { $modern-slavery-helpline }

# en: Open 24 hours a day. Free and confidential.
who-to-contact--open-24-hours-a = يعمل 24 ساعة في اليوم. الاتصال مجاني وسري.

# en: NSPCC helpline
who-to-contact--nspcc-helpline = خط مساعدة NSPCC

# en: { $nspcc }
# $nspcc = a phone number, filled in by the build
who-to-contact--cell-fd35aa = { $nspcc }

# en: If you think a child is in danger of being trafficked
who-to-contact--if-you-think-a = إذا كنت تعتقد أن طفلًا معرض لخطر الاتجار به

# en: Confidential means they keep what you tell them private.
who-to-contact--confidential-means-they-keep = كلمة «سري» تعني أنهم يحافظون على خصوصية ما تخبرهم به.

## If you do not want to call the police

# en: If you do not want to call the police
if-you-do-not-want-to-call-the-police = إذا كنت لا تريد الاتصال بالشرطة

# en: You can speak to a charity anonymously. This means you do not have to give your name.
if-you-do-not-want-to-call-the-police--you-can-speak-to = يمكنك التحدث إلى منظمة خيرية دون الكشف عن هويتك. هذا يعني أنك لست مضطرًا إلى ذكر اسمك.

# en: You may want confidential advice before you call the police. If so, you can contact a specialist organisation. These are:
if-you-do-not-want-to-call-the-police--you-may-want-confidential = ربما تريد الحصول على نصيحة سرية قبل أن تتصل بالشرطة. في هذه الحالة، يمكنك التواصل مع منظمة متخصصة. وهذه المنظمات هي:

# en: the Salvation Army modern slavery referral helpline on { $salvation-army }
# $salvation-army = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-salvation-army-modern = خط مساعدة جيش الخلاص لإحالة حالات العبودية الحديثة على الرقم { $salvation-army }

# en: the Modern Slavery & Exploitation Helpline on { $modern-slavery-helpline }
# $modern-slavery-helpline = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-modern-slavery-exploitation = خط المساعدة الخاص بالعبودية الحديثة والاستغلال على الرقم { $modern-slavery-helpline }

# en: the NSPCC helpline on { $nspcc }
# $nspcc = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-nspcc-helpline-on = خط مساعدة NSPCC على الرقم { $nspcc }

## Help face to face

# en: Help face to face
help-face-to-face = المساعدة وجهًا لوجه

# en: Your local Citizens Advice can talk to you in person. They can help you decide what to do next. You can find them through the [Citizens Advice website]({ $link1 }).
# $link1 = https://www.citizensadvice.org.uk/
help-face-to-face--your-local-citizens-advice = يستطيع فرع Citizens Advice القريب منك (منظمة خيرية تقدم النصائح) أن يتحدث معك شخصيًا. ويستطيع أن يساعدك على أن تقرر ماذا تفعل بعد ذلك. يمكنك أن تجده عن طريق [موقع Citizens Advice]({ $link1 }).

# en: To learn more about spotting the signs, visit the [Modern Slavery Helpline website]({ $link1 }).
# $link1 = https://www.modernslaveryhelpline.org/
help-face-to-face--to-learn-more-about = لتعرف المزيد عن كيفية التعرف على العلامات، زُر [موقع خط المساعدة الخاص بالعبودية الحديثة (Modern Slavery Helpline)]({ $link1 }).

## Reporting and the National Referral Mechanism

# en: Reporting and the National Referral Mechanism
reporting-and-the-national-referral-mechanism = الإبلاغ والآلية الوطنية للإحالة

# en: The National Referral Mechanism (NRM) exists to protect victims of trafficking.
reporting-and-the-national-referral-mechanism--the-national-referral-mechanism = الآلية الوطنية للإحالة (NRM) موجودة لحماية ضحايا الاتجار بالبشر.

# en: You cannot report to the NRM yourself. Only certain organisations can do this. They are called "first responders". GOV.UK publishes a list of first responder organisations. You can read the [GOV.UK guidance on reporting modern slavery as a first responder]({ $link1 }).
# $link1 = https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder
reporting-and-the-national-referral-mechanism--you-cannot-report-to = لا يمكنك أن تقدم بلاغًا إلى الآلية الوطنية للإحالة (NRM) بنفسك. فقط جهات معينة تستطيع فعل ذلك. تُسمى هذه الجهات «المستجيبين الأوائل» (first responders). ينشر موقع GOV.UK (الموقع الرسمي للحكومة البريطانية) قائمة بالجهات التي تُعد من المستجيبين الأوائل. يمكنك قراءة [إرشادات GOV.UK حول الإبلاغ عن العبودية الحديثة بصفتك مستجيبًا أول]({ $link1 }).

# en: The Single Competent Authority (SCA) looks at the reports. The SCA is part of the Home Office.
reporting-and-the-national-referral-mechanism--the-single-competent-authority = السلطة المختصة الموحدة (SCA) هي التي تدرس البلاغات. وهذه السلطة جزء من وزارة الداخلية البريطانية (Home Office).

## Advisers must get consent first

# en: Advisers must get consent first
advisers-must-get-consent-first = يجب على المستشارين الحصول على الموافقة أولًا

# en: If you are an adviser, you must get your client's consent before you report trafficking. Consent means they agree to it.
advisers-must-get-consent-first--if-you-are-an = إذا كنت مستشارًا، فيجب أن تحصل على موافقة عميلك قبل أن تبلغ عن الاتجار بالبشر. الموافقة تعني أن عميلك يقبل ذلك.

# en: Before you ask for consent, you must explain:
advisers-must-get-consent-first--before-you-ask-for = قبل أن تطلب الموافقة، يجب أن تشرح:

# en: what the NRM is
advisers-must-get-consent-first--what-the-nrm-is = ما هي الآلية الوطنية للإحالة (NRM)

# en: what support the NRM gives
advisers-must-get-consent-first--what-support-the-nrm = ما الدعم الذي تقدمه الآلية الوطنية للإحالة

# en: what the possible outcomes are for your client
advisers-must-get-consent-first--what-the-possible-outcomes = ما النتائج الممكنة بالنسبة لعميلك

## Support after a report to the NRM

# en: Support after a report to the NRM
support-after-a-report-to-the-nrm = الدعم بعد تقديم بلاغ إلى الآلية الوطنية للإحالة (NRM)

# en: In the sections on support, decisions and compensation, "you" means the person who may have been trafficked. If you are an adviser, this means your client.
support-after-a-report-to-the-nrm--in-the-sections-on = في الأقسام التي تتحدث عن الدعم والقرارات والتعويض، كلمة «أنت» تعني الشخص الذي ربما تعرض للاتجار بالبشر. إذا كنت مستشارًا، فهي تعني عميلك.

# en: If the SCA believes you have been trafficked, you will get safe accommodation and support for at least 45 days. This gives you time to recover and to think about your next steps.
support-after-a-report-to-the-nrm--if-the-sca-believes = إذا كانت السلطة المختصة الموحدة (SCA) تعتقد أنك تعرضت للاتجار بالبشر، فستحصل على سكن آمن ودعم لمدة 45 يومًا على الأقل. وهذا يمنحك وقتًا لتتعافى وتفكر في خطواتك التالية.

# en: You do not have to agree to report the traffickers to the police to get this help.
support-after-a-report-to-the-nrm--you-do-not-have = لست مضطرًا إلى الموافقة على الإبلاغ عن المتاجرين بالبشر لدى الشرطة لكي تحصل على هذه المساعدة.

# en: Support can include:
support-after-a-report-to-the-nrm--support-can-include = قد يشمل الدعم:

# en: medical help
support-after-a-report-to-the-nrm--medical-help = المساعدة الطبية

# en: access to legal advice
support-after-a-report-to-the-nrm--access-to-legal-advice = إمكانية الحصول على نصيحة قانونية

# en: emotional and practical help
support-after-a-report-to-the-nrm--emotional-and-practical-help = المساعدة العاطفية والعملية

# en: protection
support-after-a-report-to-the-nrm--protection = الحماية

## Decisions, reviews and appeals

# en: Decisions, reviews and appeals
decisions-reviews-and-appeals = القرارات وطلبات المراجعة والاستئناف

# en: Before the 45 days end, the SCA makes a final decision. It decides whether you are a victim of trafficking.
decisions-reviews-and-appeals--before-the-45-days = قبل أن تنتهي مدة الـ 45 يومًا، تتخذ السلطة المختصة الموحدة (SCA) قرارًا نهائيًا. وتقرر فيه هل أنت ضحية للاتجار بالبشر أم لا.

# en: If the SCA decides you are a victim, you might either:
decisions-reviews-and-appeals--if-the-sca-decides = إذا قررت السلطة المختصة الموحدة أنك ضحية، فمن الممكن أن:

# en: get an extended recovery period, or
decisions-reviews-and-appeals--get-an-extended-recovery = تحصل على فترة تعافٍ ممددة، أو

# en: be granted discretionary leave to remain for one year. This means permission to stay in the UK.
decisions-reviews-and-appeals--be-granted-discretionary-leave = تُمنح إذنًا تقديريًا بالبقاء (discretionary leave to remain) لمدة سنة واحدة. وهذا يعني السماح لك بالبقاء في المملكة المتحدة.

# en: If the SCA decides you are not a victim, you can:
decisions-reviews-and-appeals--if-the-sca-decides-2 = إذا قررت السلطة المختصة الموحدة أنك لست ضحية، فيمكنك:

# en: ask for a review of the decision
decisions-reviews-and-appeals--ask-for-a-review = أن تطلب مراجعة القرار

# en: challenge the decision in court. This is called a judicial review.
decisions-reviews-and-appeals--challenge-the-decision-in = أن تعترض على القرار أمام المحكمة. وهذا يُسمى المراجعة القضائية (judicial review).

# en: If you also applied for asylum and you were refused, you can appeal to an independent tribunal.
decisions-reviews-and-appeals--if-you-also-applied = إذا كنت قد قدمت أيضًا طلب لجوء ورُفض طلبك، فيمكنك أن تستأنف أمام محكمة مستقلة.

# en: For any of these steps, get help from an immigration specialist. If you are an adviser, refer your client to one.
decisions-reviews-and-appeals--for-any-of-these = في أي خطوة من هذه الخطوات، احصل على مساعدة من متخصص في شؤون الهجرة. إذا كنت مستشارًا، فأحِل عميلك إلى متخصص في شؤون الهجرة.

## Other ways to stay in the UK

# en: Other ways to stay in the UK
other-ways-to-stay-in-the-uk = طرق أخرى للبقاء في المملكة المتحدة

# en: You may also be able to stay in the UK under European law. Or you may be able to apply for asylum or for human rights protection. An immigration specialist can help with this too. Advisers should refer their client to one.
other-ways-to-stay-in-the-uk--you-may-also-be = قد تستطيع أيضًا البقاء في المملكة المتحدة بموجب القانون الأوروبي. أو قد تستطيع تقديم طلب لجوء أو طلب حماية على أساس حقوق الإنسان. ويستطيع متخصص في شؤون الهجرة أن يساعدك في هذا أيضًا. وعلى المستشارين أن يحيلوا عميلهم إلى متخصص في شؤون الهجرة.

## Compensation for victims

# en: Compensation for victims
compensation-for-victims = تعويض الضحايا

# en: If you are a victim of trafficking, you may be entitled to compensation. This is money paid under the Criminal Injuries Compensation Scheme.
compensation-for-victims--if-you-are-a = إذا كنت ضحية للاتجار بالبشر، فقد يحق لك الحصول على تعويض. والتعويض مال يُدفع بموجب نظام تعويض إصابات الجرائم (Criminal Injuries Compensation Scheme).

# en: GOV.UK explains how to [claim compensation as a victim of crime]({ $link1 }).
# $link1 = https://www.gov.uk/claim-compensation-criminal-injury
compensation-for-victims--gov-uk-explains-how = يشرح موقع GOV.UK كيف [تطلب تعويضًا بصفتك ضحية جريمة]({ $link1 }).

## What happens after a report

# en: What happens after a report
what-happens-after-a-report = ماذا يحدث بعد الإبلاغ

# en: First, the police protect the trafficked person from anyone who might harm them.
what-happens-after-a-report--first-the-police-protect = أولًا، تحمي الشرطة الشخص الذي تعرض للاتجار بالبشر من أي شخص قد يؤذيه.

# en: The police and specialist organisations work together. They give practical and emotional support. This includes:
what-happens-after-a-report--the-police-and-specialist = تعمل الشرطة والمنظمات المتخصصة معًا. وهي تقدم دعمًا عمليًا وعاطفيًا. ويشمل ذلك:

# en: medical care
what-happens-after-a-report--medical-care = الرعاية الطبية

# en: safe accommodation away from the traffickers
what-happens-after-a-report--safe-accommodation-away-from = سكنًا آمنًا بعيدًا عن المتاجرين بالبشر

## Going home or staying in the UK

# en: Going home or staying in the UK
going-home-or-staying-in-the-uk = العودة إلى الوطن أو البقاء في المملكة المتحدة

# en: If it is safe, the person is helped to return to their home country.
going-home-or-staying-in-the-uk--if-it-is-safe = إذا كان ذلك آمنًا، يحصل الشخص على مساعدة للعودة إلى بلده الأصلي.

# en: Sometimes it is not safe. For example, they might be trafficked again. Then they get help to stay in the UK permanently. They may get free legal help for this. This is called legal aid.
going-home-or-staying-in-the-uk--sometimes-it-is-not = أحيانًا لا تكون العودة آمنة. مثلًا، قد يتعرض الشخص للاتجار بالبشر مرة أخرى. عندها يحصل على مساعدة للبقاء في المملكة المتحدة بشكل دائم. وقد يحصل على مساعدة قانونية مجانية لذلك. وهذا يُسمى المعونة القانونية (legal aid).

## Where to get more help

# en: Where to get more help
where-to-get-more-help = أين تحصل على مزيد من المساعدة

# en: Call any of the helplines in the section on who to contact.
where-to-get-more-help--call-any-of-the = اتصل بأي خط من خطوط المساعدة المذكورة في قسم «بمن تتصل».

# en: Read about spotting the signs on the [Modern Slavery Helpline website]({ $link1 }).
# $link1 = https://www.modernslaveryhelpline.org/
where-to-get-more-help--read-about-spotting-the = اقرأ عن كيفية التعرف على العلامات في [موقع خط المساعدة الخاص بالعبودية الحديثة (Modern Slavery Helpline)]({ $link1 }).

# en: Get face-to-face help from your local Citizens Advice through the [Citizens Advice website]({ $link1 }).
# $link1 = https://www.citizensadvice.org.uk/
where-to-get-more-help--get-face-to-face = احصل على مساعدة وجهًا لوجه من فرع Citizens Advice القريب منك عن طريق [موقع Citizens Advice]({ $link1 }).

# en: Find out which organisations can make a referral in the [GOV.UK guidance for first responders]({ $link1 }).
# $link1 = https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder
where-to-get-more-help--find-out-which-organisations = اعرف ما الجهات التي تستطيع تقديم إحالة في [إرشادات GOV.UK للمستجيبين الأوائل]({ $link1 }).

# en: Find out about compensation in the [GOV.UK guide to claiming compensation as a victim of crime]({ $link1 }).
# $link1 = https://www.gov.uk/claim-compensation-criminal-injury
where-to-get-more-help--find-out-about-compensation = اعرف معلومات عن التعويض في [دليل GOV.UK لطلب التعويض بصفتك ضحية جريمة]({ $link1 }).
