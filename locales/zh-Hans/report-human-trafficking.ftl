### Translation of content/report-human-trafficking.md into `zh-Hans`.
### Translate the text after each "="; the English is in the "# en:" line above it.
### Keep every { $placeable } exactly as it is: they are links and phone numbers.
### Keep *emphasis* marks and the [link text]({ $link1 }) brackets around translated text.
### After the English changes, run `signpost l10n update zh-Hans`.

# en: Reporting human trafficking
page-title = 举报人口贩卖

# en: How to spot the signs of human trafficking in England, who to contact, and what support and decisions can follow a report.
page-summary = 如何在英格兰发现人口贩卖的迹象，应该联系谁，以及举报之后可以得到哪些支持、可能会做出哪些决定。

# en: This advice applies to England.
intro--this-advice-applies-to = 本建议适用于英格兰。

# en: Read this page if you think someone is being trafficked. That person might be you. It is also for advisers who are helping a client who may be a victim. It tells you the signs to look for, who to contact, and what can happen after a report.
intro--read-this-page-if = 如果您认为有人被贩卖，请阅读本页。这个人可能就是您自己。本页也写给正在帮助客户的顾问，这些客户可能是受害者。本页告诉您要注意哪些迹象，应该联系谁，以及举报之后可能会发生什么。

# en: If you or someone else is in danger now, call the police on { $police-emergency }.
# $police-emergency = a phone number, filled in by the build
intro--if-you-or-someone = 如果您或其他人现在有危险，请拨打{ $police-emergency }报警。

## What human trafficking is

# en: What human trafficking is
what-human-trafficking-is = 什么是人口贩卖

# en: Human trafficking means trading people so that others can exploit them and make money from them.
what-human-trafficking-is--human-trafficking-means-trading = 人口贩卖是指买卖人口，让别人可以剥削他们，并从他们身上赚钱。

# en: It does not only happen in the sex industry. It also happens in:
what-human-trafficking-is--it-does-not-only = 人口贩卖不只发生在色情行业。它也发生在：

# en: construction
what-human-trafficking-is--construction = 建筑业

# en: farming
what-human-trafficking-is--farming = 农业

# en: domestic work, which means working inside other people's homes
what-human-trafficking-is--domestic-work-which-means = 家政工作，也就是在别人家里工作

# en: People often call it modern slavery or labour exploitation. This is because victims are made to work for very little pay, or for no pay at all.
what-human-trafficking-is--people-often-call-it = 人们常把它叫做现代奴役或劳动剥削。这是因为受害者被迫工作，但工资很少，或者根本没有工资。

# en: A person who has been trafficked often:
what-human-trafficking-is--a-person-who-has = 被贩卖的人常常：

# en: was lied to about what the job would be
what-human-trafficking-is--was-lied-to-about = 被人骗过：对方在工作内容上说了谎

# en: was brought from another country, but trafficking also happens inside the UK
what-human-trafficking-is--was-brought-from-another = 是从别的国家被带来的，但人口贩卖也会发生在英国境内

# en: is forced to work
what-human-trafficking-is--is-forced-to-work = 被迫工作

# en: is watched very closely by the person they work for
what-human-trafficking-is--is-watched-very-closely = 被他们为之工作的人严密监视

## Signs in adults

# en: Signs in adults
signs-in-adults = 成年人身上的迹象

# en: Every case is different. But these are common signs that an adult is being trafficked. The person might:
signs-in-adults--every-case-is-different = 每个案例都不一样。但以下是成年人被贩卖的常见迹象。这个人可能：

# en: not have their freedom
signs-in-adults--not-have-their-freedom = 没有自由

# en: get very little pay, or no pay
signs-in-adults--get-very-little-pay = 工资很少，或者没有工资

# en: seem to owe someone money (be in debt)
signs-in-adults--seem-to-owe-someone = 好像欠某人的钱（负债）

# en: be afraid of someone, or even afraid of the authorities
signs-in-adults--be-afraid-of-someone = 害怕某个人，甚至害怕官方机构

# en: have signs of physical abuse, such as cuts and bruises
signs-in-adults--have-signs-of-physical = 有身体受虐待的迹象，比如伤口和瘀伤

# en: move from place to place often
signs-in-adults--move-from-place-to = 经常从一个地方搬到另一个地方

## Extra signs in children

# en: Extra signs in children
extra-signs-in-children = 儿童身上的其他迹象

# en: Children who are trafficked can show the same signs as adults. They might also:
extra-signs-in-children--children-who-are-trafficked = 被贩卖的儿童可能表现出和成年人一样的迹象。他们还可能：

# en: have money or belongings they cannot explain
extra-signs-in-children--have-money-or-belongings = 有说不清来源的钱或物品

# en: not seem to live with their parents or guardians
extra-signs-in-children--not-seem-to-live = 好像没有和父母或监护人住在一起

# en: be emotionally unstable, for example aggressive, withdrawn or anxious
extra-signs-in-children--be-emotionally-unstable-for = 情绪不稳定，例如有攻击性、孤僻或焦虑

# en: If you think a child is in danger of being trafficked, call the NSPCC helpline on { $nspcc }.
# $nspcc = a phone number, filled in by the build
extra-signs-in-children--if-you-think-a = 如果您认为有儿童面临被贩卖的危险，请拨打NSPCC（英国防止虐待儿童协会）求助热线：{ $nspcc }。

## Who to contact

# en: Who to contact
who-to-contact = 应该联系谁

# en: Who
who-to-contact--who = 联系谁

# en: Number
who-to-contact--number = 电话号码

# en: When to call
who-to-contact--when-to-call = 什么时候拨打

# en: Police (emergency)
who-to-contact--police-emergency = 警察（紧急）

# en: { $police-emergency }
# $police-emergency = a phone number, filled in by the build
who-to-contact--cell-b9fa13 = { $police-emergency }

# en: If it is an emergency
who-to-contact--if-it-is-an = 紧急情况时

# en: Police (non-emergency)
who-to-contact--police-non-emergency = 警察（非紧急）

# en: { $police-non-emergency }
# $police-non-emergency = a phone number, filled in by the build
who-to-contact--cell-4b46e1 = { $police-non-emergency }

# en: If it is not urgent
who-to-contact--if-it-is-not = 不紧急时

# en: Crimestoppers
who-to-contact--crimestoppers = Crimestoppers（一家慈善机构）

# en: { $crimestoppers }
# $crimestoppers = a phone number, filled in by the build
who-to-contact--cell-7ea3eb = { $crimestoppers }

# en: To report anonymously, without giving your name
who-to-contact--to-report-anonymously-without = 想匿名举报、不说出自己名字时

# en: The Salvation Army modern slavery referral helpline
who-to-contact--the-salvation-army-modern = 救世军（The Salvation Army，一家慈善机构）现代奴役转介求助热线

# en: { $salvation-army }
# $salvation-army = a phone number, filled in by the build
who-to-contact--cell-3e8076 = { $salvation-army }

# en: To report modern slavery. Open 24 hours. Confidential.
who-to-contact--to-report-modern-slavery = 举报现代奴役。24小时开放。保密。

# en: Modern Slavery & Exploitation Helpline, run by the charity Unseen
who-to-contact--modern-slavery-exploitation-helpline = 现代奴役与剥削求助热线（Modern Slavery & Exploitation Helpline），由慈善机构 Unseen 运营

# en: { $modern-slavery-helpline }
# $modern-slavery-helpline = a phone number, filled in by the build
who-to-contact--cell-49bb57 = { $modern-slavery-helpline }

# en: Open 24 hours a day. Free and confidential.
who-to-contact--open-24-hours-a = 每天24小时开放。免费并且保密。

# en: NSPCC helpline
who-to-contact--nspcc-helpline = NSPCC求助热线

# en: { $nspcc }
# $nspcc = a phone number, filled in by the build
who-to-contact--cell-fd35aa = { $nspcc }

# en: If you think a child is in danger of being trafficked
who-to-contact--if-you-think-a = 如果您认为有儿童面临被贩卖的危险

# en: Confidential means they keep what you tell them private.
who-to-contact--confidential-means-they-keep = “保密”是指他们不会把您告诉他们的事情说出去。

## If you do not want to call the police

# en: If you do not want to call the police
if-you-do-not-want-to-call-the-police = 如果您不想报警

# en: You can speak to a charity anonymously. This means you do not have to give your name.
if-you-do-not-want-to-call-the-police--you-can-speak-to = 您可以匿名和慈善机构交谈。这意味着您不用说出自己的名字。

# en: You may want confidential advice before you call the police. If so, you can contact a specialist organisation. These are:
if-you-do-not-want-to-call-the-police--you-may-want-confidential = 在报警之前，您可能想先得到保密的建议。如果是这样，您可以联系专门机构。它们是：

# en: the Salvation Army modern slavery referral helpline on { $salvation-army }
# $salvation-army = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-salvation-army-modern = 救世军现代奴役转介求助热线，电话{ $salvation-army }

# en: the Modern Slavery & Exploitation Helpline on { $modern-slavery-helpline }
# $modern-slavery-helpline = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-modern-slavery-exploitation = 现代奴役与剥削求助热线，电话{ $modern-slavery-helpline }

# en: the NSPCC helpline on { $nspcc }
# $nspcc = a phone number, filled in by the build
if-you-do-not-want-to-call-the-police--the-nspcc-helpline-on = NSPCC求助热线，电话{ $nspcc }

## Help face to face

# en: Help face to face
help-face-to-face = 当面帮助

# en: Your local Citizens Advice can talk to you in person. They can help you decide what to do next. You can find them through the [Citizens Advice website]({ $link1 }).
# $link1 = https://www.citizensadvice.org.uk/
help-face-to-face--your-local-citizens-advice = 您当地的公民咨询局（Citizens Advice）可以和您当面交谈。他们可以帮您决定下一步怎么做。您可以通过[公民咨询局网站]({ $link1 })找到他们。

# en: To learn more about spotting the signs, visit the [Modern Slavery Helpline website]({ $link1 }).
# $link1 = https://www.modernslaveryhelpline.org/
help-face-to-face--to-learn-more-about = 想进一步了解如何发现这些迹象，请访问[现代奴役求助热线网站]({ $link1 })。

## Reporting and the National Referral Mechanism

# en: Reporting and the National Referral Mechanism
reporting-and-the-national-referral-mechanism = 举报与国家转介机制

# en: The National Referral Mechanism (NRM) exists to protect victims of trafficking.
reporting-and-the-national-referral-mechanism--the-national-referral-mechanism = 国家转介机制（NRM）是为了保护人口贩卖受害者而设立的。

# en: You cannot report to the NRM yourself. Only certain organisations can do this. They are called "first responders". GOV.UK publishes a list of first responder organisations. You can read the [GOV.UK guidance on reporting modern slavery as a first responder]({ $link1 }).
# $link1 = https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder
reporting-and-the-national-referral-mechanism--you-cannot-report-to = 您不能自己向NRM报告。只有某些机构才能这样做。它们被称为“第一响应者”（first responders）。GOV.UK（英国政府网站）公布了第一响应者机构的名单。您可以阅读[GOV.UK关于以第一响应者身份报告现代奴役的指南]({ $link1 })。

# en: The Single Competent Authority (SCA) looks at the reports. The SCA is part of the Home Office.
reporting-and-the-national-referral-mechanism--the-single-competent-authority = 单一主管机构（SCA）负责审查这些报告。SCA是内政部（Home Office）的一部分。

## Advisers must get consent first

# en: Advisers must get consent first
advisers-must-get-consent-first = 顾问必须先取得同意

# en: If you are an adviser, you must get your client's consent before you report trafficking. Consent means they agree to it.
advisers-must-get-consent-first--if-you-are-an = 如果您是顾问，在举报人口贩卖之前，您必须取得客户的同意。同意是指他们答应这样做。

# en: Before you ask for consent, you must explain:
advisers-must-get-consent-first--before-you-ask-for = 在请求对方同意之前，您必须解释：

# en: what the NRM is
advisers-must-get-consent-first--what-the-nrm-is = NRM是什么

# en: what support the NRM gives
advisers-must-get-consent-first--what-support-the-nrm = NRM提供哪些支持

# en: what the possible outcomes are for your client
advisers-must-get-consent-first--what-the-possible-outcomes = 您的客户可能会有哪些结果

## Support after a report to the NRM

# en: Support after a report to the NRM
support-after-a-report-to-the-nrm = 向NRM报告后的支持

# en: In the sections on support, decisions and compensation, "you" means the person who may have been trafficked. If you are an adviser, this means your client.
support-after-a-report-to-the-nrm--in-the-sections-on = 在关于支持、决定和赔偿的部分里，“您”是指可能被贩卖过的人。如果您是顾问，“您”就是指您的客户。

# en: If the SCA believes you have been trafficked, you will get safe accommodation and support for at least 45 days. This gives you time to recover and to think about your next steps.
support-after-a-report-to-the-nrm--if-the-sca-believes = 如果SCA认为您被贩卖过，您将得到至少45天的安全住处和支持。这让您有时间恢复，并考虑下一步怎么做。

# en: You do not have to agree to report the traffickers to the police to get this help.
support-after-a-report-to-the-nrm--you-do-not-have = 要得到这些帮助，您不必同意向警察举报人贩子。

# en: Support can include:
support-after-a-report-to-the-nrm--support-can-include = 支持可以包括：

# en: medical help
support-after-a-report-to-the-nrm--medical-help = 医疗帮助

# en: access to legal advice
support-after-a-report-to-the-nrm--access-to-legal-advice = 获得法律建议的机会

# en: emotional and practical help
support-after-a-report-to-the-nrm--emotional-and-practical-help = 情感上的帮助和实际的帮助

# en: protection
support-after-a-report-to-the-nrm--protection = 保护

## Decisions, reviews and appeals

# en: Decisions, reviews and appeals
decisions-reviews-and-appeals = 决定、复查和上诉

# en: Before the 45 days end, the SCA makes a final decision. It decides whether you are a victim of trafficking.
decisions-reviews-and-appeals--before-the-45-days = 在45天结束之前，SCA会做出最终决定。它会决定您是不是人口贩卖的受害者。

# en: If the SCA decides you are a victim, you might either:
decisions-reviews-and-appeals--if-the-sca-decides = 如果SCA决定您是受害者，您可能会：

# en: get an extended recovery period, or
decisions-reviews-and-appeals--get-an-extended-recovery = 得到延长的恢复期，或者

# en: be granted discretionary leave to remain for one year. This means permission to stay in the UK.
decisions-reviews-and-appeals--be-granted-discretionary-leave = 获得为期一年的酌情居留许可（discretionary leave to remain）。这是指允许您留在英国。

# en: If the SCA decides you are not a victim, you can:
decisions-reviews-and-appeals--if-the-sca-decides-2 = 如果SCA决定您不是受害者，您可以：

# en: ask for a review of the decision
decisions-reviews-and-appeals--ask-for-a-review = 要求复查这个决定

# en: challenge the decision in court. This is called a judicial review.
decisions-reviews-and-appeals--challenge-the-decision-in = 在法院对这个决定提出质疑。这叫做司法审查（judicial review）。

# en: If you also applied for asylum and you were refused, you can appeal to an independent tribunal.
decisions-reviews-and-appeals--if-you-also-applied = 如果您还申请了庇护，并且被拒绝了，您可以向独立的裁判庭（tribunal）提出上诉。

# en: For any of these steps, get help from an immigration specialist. If you are an adviser, refer your client to one.
decisions-reviews-and-appeals--for-any-of-these = 不管是这其中的哪一步，都请向移民专家寻求帮助。如果您是顾问，请把您的客户转介给移民专家。

## Other ways to stay in the UK

# en: Other ways to stay in the UK
other-ways-to-stay-in-the-uk = 留在英国的其他途径

# en: You may also be able to stay in the UK under European law. Or you may be able to apply for asylum or for human rights protection. An immigration specialist can help with this too. Advisers should refer their client to one.
other-ways-to-stay-in-the-uk--you-may-also-be = 您也可能可以根据欧洲法律留在英国。或者，您可能可以申请庇护或人权保护。移民专家也可以在这方面提供帮助。顾问应当把客户转介给移民专家。

## Compensation for victims

# en: Compensation for victims
compensation-for-victims = 对受害者的赔偿

# en: If you are a victim of trafficking, you may be entitled to compensation. This is money paid under the Criminal Injuries Compensation Scheme.
compensation-for-victims--if-you-are-a = 如果您是人口贩卖的受害者，您可能有权获得赔偿。这是根据“刑事伤害赔偿计划”（Criminal Injuries Compensation Scheme）支付的钱。

# en: GOV.UK explains how to [claim compensation as a victim of crime]({ $link1 }).
# $link1 = https://www.gov.uk/claim-compensation-criminal-injury
compensation-for-victims--gov-uk-explains-how = GOV.UK说明了如何[作为犯罪受害者申请赔偿]({ $link1 })。

## What happens after a report

# en: What happens after a report
what-happens-after-a-report = 举报之后会发生什么

# en: First, the police protect the trafficked person from anyone who might harm them.
what-happens-after-a-report--first-the-police-protect = 首先，警察会保护被贩卖的人，不让任何可能伤害他们的人伤害他们。

# en: The police and specialist organisations work together. They give practical and emotional support. This includes:
what-happens-after-a-report--the-police-and-specialist = 警察和专门机构会一起合作。他们会提供实际的帮助和情感上的支持。这包括：

# en: medical care
what-happens-after-a-report--medical-care = 医疗护理

# en: safe accommodation away from the traffickers
what-happens-after-a-report--safe-accommodation-away-from = 远离人贩子的安全住处

## Going home or staying in the UK

# en: Going home or staying in the UK
going-home-or-staying-in-the-uk = 回国还是留在英国

# en: If it is safe, the person is helped to return to their home country.
going-home-or-staying-in-the-uk--if-it-is-safe = 如果安全，这个人会得到帮助，回到自己的国家。

# en: Sometimes it is not safe. For example, they might be trafficked again. Then they get help to stay in the UK permanently. They may get free legal help for this. This is called legal aid.
going-home-or-staying-in-the-uk--sometimes-it-is-not = 有时候回国并不安全。例如，他们可能会再次被贩卖。这时，他们会得到帮助，永久留在英国。他们可能会为此得到免费的法律帮助。这叫做法律援助。

## Where to get more help

# en: Where to get more help
where-to-get-more-help = 在哪里获得更多帮助

# en: Call any of the helplines in the section on who to contact.
where-to-get-more-help--call-any-of-the = 拨打“应该联系谁”部分中的任何一条求助热线。

# en: Read about spotting the signs on the [Modern Slavery Helpline website]({ $link1 }).
# $link1 = https://www.modernslaveryhelpline.org/
where-to-get-more-help--read-about-spotting-the = 在[现代奴役求助热线网站]({ $link1 })上阅读如何发现这些迹象。

# en: Get face-to-face help from your local Citizens Advice through the [Citizens Advice website]({ $link1 }).
# $link1 = https://www.citizensadvice.org.uk/
where-to-get-more-help--get-face-to-face = 通过[公民咨询局网站]({ $link1 })，从您当地的公民咨询局获得当面帮助。

# en: Find out which organisations can make a referral in the [GOV.UK guidance for first responders]({ $link1 }).
# $link1 = https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder
where-to-get-more-help--find-out-which-organisations = 在[GOV.UK给第一响应者的指南]({ $link1 })中，了解哪些机构可以进行转介。

# en: Find out about compensation in the [GOV.UK guide to claiming compensation as a victim of crime]({ $link1 }).
# $link1 = https://www.gov.uk/claim-compensation-criminal-injury
where-to-get-more-help--find-out-about-compensation = 在[GOV.UK关于作为犯罪受害者申请赔偿的指南]({ $link1 })中，了解有关赔偿的信息。
