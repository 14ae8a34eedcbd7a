package org.zhongben.portal.guides;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.zhongben.portal.common.i18n.Text;

/**
 * The legal terms the portal uses, in plain language and both languages. The anchor is the fragment of
 * {@code /glossary} that guides link to, so it never changes once published. Where part of a definition rests on a
 * rule not yet checked against its official text (tagged [R] in the domain reference), the caveat says so; article
 * numbers are cited only where the text was checked.
 */
enum GlossaryTerm {

    CASE_NUMBER(Group.CASES, "case-number", Text.of("案号", "Case number"),
            Text.of("法院给每个案件编的唯一编号,由“(收案年度)+法院代字+类型代字+序号+号”组成,例如 (2023)京0105执1234号。类型代字“执”表示首次执行,“执恢”表示恢复执行,“执异”表示执行异议。",
                    "The unique number a court gives each case: (year received) + court code + case-type code + sequence"
                            + " number + 号, for example (2023)京0105执1234号. The type code 执 marks a first enforcement,"
                            + " 执恢 a resumed one and 执异 an enforcement objection."),
            "zhihui"),
    CREDITOR(Group.CASES, "creditor", Text.of("申请执行人", "Creditor (applicant for enforcement)"),
            Text.of("依据生效法律文书申请法院强制执行的一方,也就是债权人。本门户主要为申请执行人服务。",
                    "The party that asked the court to enforce a judgment or other enforceable document: the creditor."
                            + " This portal is made mainly for them."),
            "debtor", "enforcement-basis"),
    DEBTOR(Group.CASES, "debtor", Text.of("被执行人", "Debtor (party subject to enforcement)"),
            Text.of("生效法律文书确定负有履行义务、由法院强制执行的一方,可以是自然人,也可以是公司等单位。",
                    "The party that an enforceable document obliges to pay or act, and against whom the court enforces;"
                            + " a person or an organisation such as a company."),
            "creditor"),
    ENFORCEMENT_BASIS(Group.CASES, "enforcement-basis", Text.of("执行依据", "Enforcement basis"),
            Text.of("据以申请执行的生效法律文书,例如判决书、调解书、仲裁裁决书、公证债权文书、支付令。法院按照它确定的内容执行。",
                    "The legally effective document that enforcement rests on: a judgment, a mediation statement, an"
                            + " arbitral award, a notarised debt instrument or a payment order. The court enforces what it"
                            + " says."),
            "limitation-period"),
    EXECUTION_NOTICE(Group.CASES, "execution-notice", Text.of("执行通知", "Execution notice"),
            Text.of("法院立案后向被执行人发出的通知,责令其在指定期间履行义务。金钱债权案件中,报告财产令与执行通知一并发出(财产调查规定第三条)。",
                    "The notice the court sends the debtor after docketing, ordering it to perform within a set time. In"
                            + " money cases the property-report order is sent with it (Property Investigation Provisions"
                            + " Art. 3)."),
            "property-report"),
    ZHONGBEN(Group.CASES, "zhongben", Text.of("终本(终结本次执行程序)", "Termination of the current enforcement procedure (终本)"),
            Text.of("法院穷尽财产调查措施后,没有发现可供执行的财产,或者发现的财产不能处置,以裁定结束“本次”执行程序的一种结案方式。终本不是最终结案:债权仍然存在,被执行人仍须履行,申请执行人发现财产后可以随时申请恢复执行。",
                    "A way of closing an enforcement case: after exhausting its property investigation the court found no"
                            + " enforceable property, or only property that cannot be disposed of, and ends the current"
                            + " round of enforcement by a ruling. It is not final: the claim remains, the debtor must"
                            + " still pay, and the creditor may apply to resume whenever property is found."),
            "zhongben-ruling", "prescribed-actions", "resumption", "follow-up-inquiry", "termination", "suspension"),
    ZHONGBEN_RULING(Group.CASES, "zhongben-ruling", Text.of("终本裁定", "终本 ruling"),
            Text.of("法院终结本次执行程序时作出的书面裁定(终结本次执行程序裁定书),一般写明申请执行的债权、执行经过和采取的措施、查明的财产、已经实现的债权,以及申请执行人可以继续申请执行、被执行人应当继续履行。终本须经申请执行人签字确认,或者经合议庭审查核实并经院长批准(民诉法解释第五百一十七条)。",
                    "The written ruling (终结本次执行程序裁定书) by which the court terminates the current procedure. It"
                            + " normally states the claim, the enforcement history and measures taken, the property"
                            + " found, what has been recovered, the creditor's right to apply again and the debtor's"
                            + " continuing duty to pay. 终本 needs either the creditor's signed confirmation or review by"
                            + " a collegial panel approved by the court president (Civil Procedure Law Interpretation"
                            + " Art. 517)."),
            Text.of("规定裁定应当载明哪些内容的条文尚待与官方文本核对。",
                    "The article listing what the ruling must state has not yet been checked against the official text."),
            "zhongben", "creditor-interview"),
    CREDITOR_INTERVIEW(Group.CASES, "creditor-interview", Text.of("终本约谈", "Interview before 终本"),
            Text.of("终本前,法院向申请执行人说明执行情况、采取的财产调查措施、被执行人的财产情况以及终本的依据和后果,听取其对终本的意见并记入案卷。申请执行人不同意,并不当然阻止终本。",
                    "Before terminating, the court tells the creditor how enforcement went, which investigations it made,"
                            + " what property the debtor has, and the basis and consequences of 终本; it hears the"
                            + " creditor's opinion and records it in the file. The creditor's disagreement does not by"
                            + " itself prevent 终本."),
            Text.of("法院系统和许多地方法院把约谈作为终本标准;终本规定中这一要求的具体条文尚待与官方文本核对。",
                    "Courts and many local rules treat the interview as a 终本 standard; the article of the 终本"
                            + " Provisions behind it has not yet been checked against the official text."),
            "prescribed-actions", "zhongben-ruling"),
    PRESCRIBED_ACTIONS(Group.CASES, "prescribed-actions", Text.of("规定动作", "Prescribed actions"),
            Text.of("终本前法院必须完成的事项。终本规定第一条要求同时满足:已向被执行人发出执行通知、责令其报告财产;已发出限制消费令,符合条件的已纳入失信名单;已穷尽财产调查措施,未发现可供执行的财产或者发现的财产不能处置;自立案之日起已超过三个月;被执行人下落不明的已依法查找,妨害执行的已依法处罚。本门户的“规定动作核对”逐项检查这些事项。",
                    "What the court must have done before 终本. Art. 1 of the 终本 Provisions requires all of: an"
                            + " execution notice sent and the debtor ordered to report its property; a consumption"
                            + " restriction issued, and the debtor put on the dishonest-debtor list where the conditions"
                            + " are met; property investigation exhausted, with nothing enforceable found or only"
                            + " property that cannot be disposed of; more than three months since docketing; a missing"
                            + " debtor searched for and obstruction punished. The portal's prescribed actions checklist"
                            + " checks them one by one."),
            "zhongben", "execution-notice", "property-report", "consumption-restriction", "dishonest-debtor-list",
            "network-inquiry"),
    FULLY_ENFORCED(Group.CASES, "fully-enforced", Text.of("执行完毕", "Fully enforced"),
            Text.of("债务已经全部履行或者执行到位(包括执行和解协议履行完毕)而结案。",
                    "The case closed because the obligation was fully performed or enforced, including by performing a"
                            + " settlement."),
            "zhongben", "termination"),
    TERMINATION(Group.CASES, "termination", Text.of("终结执行", "Termination of enforcement (终结执行)"),
            Text.of("因法定事由最终结束执行,例如申请执行人撤销申请、据以执行的法律文书被撤销、作为被执行人的公民死亡且无遗产可供执行又无义务承担人(民事诉讼法第二百六十八条)。与终本不同,终结执行后一般不能再恢复执行。",
                    "The final end of enforcement on a ground set by law, such as the creditor withdrawing, the"
                            + " enforcement basis being revoked, or a deceased debtor leaving no estate and no one liable"
                            + " (Civil Procedure Law Art. 268). Unlike 终本, enforcement normally cannot resume"
                            + " afterwards."),
            "zhongben", "suspension"),
    SUSPENSION(Group.CASES, "suspension", Text.of("中止执行", "Suspension of enforcement"),
            Text.of("因法定事由暂停执行(民事诉讼法第二百六十七条)。中止不是结案,案件仍在进行,中止的事由消除后继续执行。它与终本后的恢复执行不同:后者要另立执恢案件。",
                    "A pause in enforcement on a ground set by law (Civil Procedure Law Art. 267). Suspension does not"
                            + " close the case; enforcement continues once the ground has gone. This is not the"
                            + " resumption after 终本, which opens a new 执恢 case."),
            "zhongben", "termination", "resumption"),
    RESUMPTION(Group.CASES, "resumption", Text.of("恢复执行", "Resumption of enforcement"),
            Text.of("终本后,申请执行人发现被执行人有可供执行财产的,可以向执行法院申请恢复执行,申请不受申请执行时效期间的限制;法院核查属实的,应当恢复执行(终本规定第九条)。法院在定期查询中发现财产的,也应当及时恢复执行。",
                    "After 终本, a creditor who finds enforceable property of the debtor may apply to the enforcing court to"
                            + " resume; the limitation period for applying for enforcement does not apply. If its check"
                            + " confirms the property, the court must resume (终本 Provisions Art. 9). If the court's own"
                            + " follow-up inquiries find property, it must also resume promptly."),
            new Link("/guides/apply-for-resumption", Text.of("申请恢复执行指南", "Guide: apply for resumption")),
            "zhihui", "property-clue", "limitation-period", "follow-up-inquiry"),
    ZHIHUI(Group.CASES, "zhihui", Text.of("执恢", "执恢 case (resumed enforcement)"),
            Text.of("恢复执行时法院另立的新案件,案号中的类型代字为“执恢”,例如 (2024)京0105执恢56号。新案件与原来的终本案件相关联。",
                    "The new case a court opens when it resumes enforcement; its number carries the type code 执恢, for"
                            + " example (2024)京0105执恢56号. It is linked to the original 终本 case."),
            "resumption", "case-number"),
    FOLLOW_UP_INQUIRY(Group.CASES, "follow-up-inquiry", Text.of("定期查询", "Follow-up inquiries after 终本"),
            Text.of("终本后五年内,执行法院应当每六个月通过网络执行查控系统查询一次被执行人的财产,并将查询结果告知申请执行人;符合恢复执行条件的,应当及时恢复执行(终本规定第九条)。五年共十次。",
                    "For five years after 终本 the enforcing court must query the debtor's property through the network"
                            + " inquiry and control system once every six months and tell the creditor the result; if the"
                            + " conditions for resumption are met, it must resume promptly (终本 Provisions Art. 9). That"
                            + " makes ten inquiries."),
            "network-inquiry", "resumption"),
    LIMITATION_PERIOD(Group.CASES, "limitation-period", Text.of("申请执行时效", "Limitation period for enforcement"),
            Text.of("申请执行的期间为二年,从法律文书规定履行期间的最后一日起计算,可以中止、中断(民事诉讼法第二百五十条)。它只约束首次申请执行;终本后申请恢复执行不受其限制。",
                    "A creditor must apply for enforcement within two years, counted from the last day of the performance"
                            + " period the document sets; the period can be suspended or interrupted (Civil Procedure Law"
                            + " Art. 250). It governs only the first application: applying to resume after 终本 is not"
                            + " subject to it."),
            "resumption"),
    ZHONGBEN_DATABASE(Group.CASES, "zhongben-database", Text.of("终本案件信息库", "终本 case database"),
            Text.of("最高人民法院的终本案件信息库。在中国执行信息公开网可以查询终本案件的被执行人姓名或名称、案号、立案日期、执行法院、执行标的、未履行金额和终本日期。信息有误的,可以向执行法院申请更正;债务履行完毕或者终结执行后,信息应当屏蔽。本门户的终本名录提供类似的公开查询。",
                    "The Supreme People's Court's (SPC) database of 终本 cases. On China Enforcement Information Public (zxgk.court.gov.cn) anyone can"
                            + " look up a 终本 case's debtor, case number, docketing date, court, amount enforced, amount"
                            + " unpaid and date of 终本. An error can be reported to the enforcing court for correction;"
                            + " once the debt is paid or enforcement terminated, the entry should be hidden. This portal's"
                            + " register offers a similar public search."),
            Text.of("录入、更正和屏蔽的规定条文及其期限尚待与官方文本核对。",
                    "The articles on entry, correction and hiding, and their time limits, have not yet been checked"
                            + " against the official text."),
            new Link("/registry", Text.of("终本名录", "The public register")),
            "zhongben"),

    PROPERTY_CLUE(Group.INVESTIGATION, "property-clue", Text.of("财产线索", "Property clue"),
            Text.of("指向被执行人某项具体财产的信息,例如开户行和账号、车牌号、不动产权证号、持股的公司。申请执行人应当提供财产线索;线索明确、具体的,法院应当在7日内调查核实,情况紧急的在3日内(财产调查规定第二条)。",
                    "Information pointing to a specific asset of the debtor, such as a bank and account number, a plate"
                            + " number, a property title number or a company the debtor holds shares in. The creditor"
                            + " should give clues; the court must check a clear and specific clue within 7 days, or 3 if"
                            + " urgent (Property Investigation Provisions Art. 2)."),
            "resumption", "network-inquiry"),
    PROPERTY_REPORT(Group.INVESTIGATION, "property-report", Text.of("财产报告(报告财产令)", "Property report (property-report order)"),
            Text.of("法院以报告财产令责令被执行人如实报告当前的财产,以及收到执行通知之日前一年的财产变动(民事诉讼法第二百五十二条)。拒绝报告、虚假报告或者逾期报告的,可以罚款、拘留,并纳入失信名单。申请执行人申请查询被执行人的报告的,法院应当准许(财产调查规定第八条)。终本后被执行人的财产发生变动,仍应补充报告(第十一条)。",
                    "By a property-report order the court makes the debtor report truthfully its current property and the"
                            + " changes in the year before it received the execution notice (Civil Procedure Law Art."
                            + " 252). Refusing, reporting falsely or late can bring a fine, detention and listing as a"
                            + " dishonest debtor. If the creditor asks to read the report, the court must allow it"
                            + " (Property Investigation Provisions Art. 8). After 终本 the debtor must still report later"
                            + " changes (Art. 11)."),
            "execution-notice", "fines-detention", "dishonest-debtor-list"),
    NETWORK_INQUIRY(Group.INVESTIGATION, "network-inquiry", Text.of("网络查控", "Network inquiry and control system"),
            Text.of("法院的网络执行查控系统,与银行、证券、不动产登记、车辆管理、市场监管等单位联网,可以在线查询被执行人的财产,并冻结、扣划存款等。分为两层:最高人民法院连通全国性单位和银行总行的“总对总”,以及各高级人民法院连通本地单位的“点对点”。",
                    "The courts' online enforcement system, linked to banks, securities firms, property and vehicle"
                            + " registries, the market regulator and others, through which a court queries the debtor's"
                            + " property and freezes or deducts deposits online. It has two layers: 总对总, the SPC's links"
                            + " to national bodies and bank head offices, and 点对点, each high court's links to local"
                            + " bodies."),
            "follow-up-inquiry", "seizure-freeze"),
    SEARCH(Group.INVESTIGATION, "search", Text.of("搜查", "Search"),
            Text.of("被执行人隐匿财产、会计账簿等资料,拒不交出的,法院可以对其住所或者财产隐匿地进行搜查(财产调查规定第十四条)。",
                    "If the debtor hides property or account books and will not hand them over, the court may search its"
                            + " premises or the places where property is hidden (Property Investigation Provisions Art."
                            + " 14)."),
            "prescribed-actions"),
    AUDIT_INVESTIGATION(Group.INVESTIGATION, "audit-investigation", Text.of("审计调查", "Audit investigation"),
            Text.of("被执行人是法人或者非法人组织,申请执行人认为其拒绝报告或虚假报告财产、隐匿转移财产,或者股东出资不实、抽逃出资的,可以书面申请法院委托审计机构审计;法院应当在收到申请后10日内决定(财产调查规定第十七条)。审计费用由申请执行人预交,查实被执行人有规避执行行为的,由被执行人负担。",
                    "If the debtor is a legal person or other organisation and the creditor believes it failed to report"
                            + " or falsely reported its property, hid or moved property, or that its shareholders did not"
                            + " pay in or withdrew capital, the creditor may ask in writing for an audit commissioned by"
                            + " the court; the court decides within 10 days (Property Investigation Provisions Art. 17)."
                            + " The creditor pays the fee in advance; the debtor bears it if evasion is found."),
            "reward-announcement", "prescribed-actions"),
    REWARD_ANNOUNCEMENT(Group.INVESTIGATION, "reward-announcement", Text.of("悬赏公告", "Reward announcement (悬赏)"),
            Text.of("申请执行人可以书面申请法院发布悬赏公告,承诺向提供有效财产线索的人支付悬赏金;法院应当在10日内决定(财产调查规定第二十一条)。公告在全国法院执行悬赏公告平台等渠道发布,举报人的身份和线索予以保密。悬赏金从执行到位的款项中支付。",
                    "The creditor may ask the court in writing to publish a reward announcement, promising a reward to"
                            + " whoever gives a clue that leads to recovery; the court decides within 10 days (Property"
                            + " Investigation Provisions Art. 21). It is published on the national court platform for"
                            + " enforcement rewards and other channels, and informants and their clues are kept"
                            + " confidential. The reward is paid out of the money recovered."),
            "audit-investigation", "property-clue"),

    SEIZURE_FREEZE(Group.MEASURES, "seizure-freeze", Text.of("查封、冻结、扣押", "Seizure, freezing and impoundment"),
            Text.of("法院控制被执行人财产、防止转移的措施:冻结存款、股权等,查封房屋、土地等,扣押车辆等动产。措施有法定最长期限:冻结银行存款一年,查封、扣押动产二年,查封不动产、冻结其他财产权三年;期限届满前可以续行(民诉法解释第四百八十五条)。",
                    "Measures by which the court holds the debtor's property so that it cannot be moved: freezing deposits"
                            + " or shares, sealing up buildings or land, impounding vehicles and other movables. Each has"
                            + " a maximum term: bank deposits 1 year, movables 2 years, real estate and other property"
                            + " rights 3 years; it can be renewed before it expires (Civil Procedure Law Interpretation"
                            + " Art. 485)."),
            "renewal", "network-inquiry"),
    RENEWAL(Group.MEASURES, "renewal", Text.of("续行查封、冻结、扣押", "Renewal of a seizure or freeze"),
            Text.of("查封、冻结、扣押期限届满前,经申请执行人申请,法院办理续行手续,每次续行不超过原来的法定最长期限。终本后这些措施一般继续有效,但到期没有续行的会失效,财产可能被转移,请留意到期日。",
                    "Before a seizure, freeze or impoundment expires, the court renews it on the creditor's application;"
                            + " each renewal lasts at most the original maximum term. After 终本 these measures generally"
                            + " stay in force, but one that is not renewed lapses when it expires and the property may then"
                            + " be moved, so watch the dates."),
            Text.of("“终本后措施继续有效”出自终本规定中尚待与官方文本核对的条文;期限和续行规则已核对。",
                    "That measures stay in force after 终本 comes from an article of the 终本 Provisions not yet checked"
                            + " against the official text; the terms and the renewal rule are checked."),
            "seizure-freeze"),
    CONSUMPTION_RESTRICTION(Group.MEASURES, "consumption-restriction", Text.of("限制消费", "Consumption restriction (限制消费令)"),
            Text.of("被执行人未按执行通知履行的,法院可以发出限制消费令,禁止其乘坐飞机、列车软卧、G字头动车组列车,在星级以上宾馆等场所消费,购买不动产或者非经营必需的车辆,旅游、度假,子女就读高收费私立学校等高消费及非生活和工作必需的消费;被执行人是单位的,其法定代表人、主要负责人等也受限制。限制消费令没有固定期限:债务履行完毕的应当解除,提供确实有效的担保或者申请执行人同意的可以解除。终本前必须发出限制消费令。",
                    "If the debtor does not pay as the execution notice requires, the court may issue a consumption"
                            + " restriction order barring high and non-essential spending: flights, soft sleepers and"
                            + " G-series trains, star-rated hotels and similar venues, buying real estate or vehicles not"
                            + " needed for business, holidays, high-fee private schools for children and so on; for an"
                            + " organisation its legal representative, main person in charge and others are restricted"
                            + " too. The order has no fixed term: it must be lifted once the debt is paid, and may be"
                            + " lifted if real security is given or the creditor agrees. It must be issued before 终本."),
            "dishonest-debtor-list", "prescribed-actions"),
    DISHONEST_DEBTOR_LIST(Group.MEASURES, "dishonest-debtor-list", Text.of("失信被执行人名单", "Dishonest-debtor list (失信被执行人)"),
            Text.of("被执行人有履行能力而拒不履行,以虚假诉讼、隐匿转移财产等方式规避执行,违反财产报告制度或者限制消费令等的,法院将其纳入失信名单并向社会公布,有关部门据此联合惩戒。除有履行能力而拒不履行的以外,纳入期限一般为二年。终本后通过网络查控系统两次以上查询都没有发现财产,且没有人提供有效财产线索的,法院应当删除失信信息(失信规定第十条)。未成年人不得纳入失信名单。",
                    "A debtor that can pay but refuses, evades enforcement through sham lawsuits or by hiding or moving"
                            + " property, or breaches the property-reporting rules or a consumption restriction, is put"
                            + " on the dishonest-debtor list, which is published and used by other authorities for joint"
                            + " sanctions. Except for refusing to pay despite being able to, listing normally lasts two"
                            + " years. If after 终本 two or more network inquiries find no property and no one gives a valid"
                            + " clue, the court must delete the listing (Dishonest-Debtor List Provisions Art. 10). Minors"
                            + " are never listed."),
            "consumption-restriction", "follow-up-inquiry", "property-clue"),
    FINES_DETENTION(Group.MEASURES, "fines-detention", Text.of("罚款、拘留", "Fines and detention"),
            Text.of("对拒不报告财产、妨害执行等行为,法院可以罚款或者拘留:对个人罚款十万元以下,对单位罚款五万元以上一百万元以下,拘留十五日以下(民事诉讼法第一百一十八条);构成犯罪的,依法追究刑事责任。",
                    "For refusing to report property, obstructing enforcement and similar conduct the court may fine or"
                            + " detain: individuals up to RMB 100,000, organisations RMB 50,000 to 1,000,000, detention up"
                            + " to 15 days (Civil Procedure Law Art. 118); crimes are prosecuted."),
            "property-report"),

    ENFORCEMENT_OBJECTION(Group.REMEDIES, "enforcement-objection", Text.of("执行异议", "Enforcement objection"),
            Text.of("当事人、利害关系人认为执行行为违反法律规定的,可以向执行法院提出书面异议;法院应当自收到书面异议之日起十五日内审查,理由成立的裁定撤销或者改正,理由不成立的裁定驳回(民事诉讼法第二百三十六条)。认为终本违法的,也可以提出执行异议(终本规定第七条)。",
                    "A party or interested person who thinks an enforcement act breaks the law may object in writing to"
                            + " the enforcing court; the court must examine it within 15 days of receiving it and revoke"
                            + " or correct the act if the objection is well founded, or dismiss it (Civil Procedure Law"
                            + " Art. 236). A 终本 thought unlawful can be objected to in the same way (终本 Provisions Art."
                            + " 7)."),
            new Link("/guides/object-to-termination", Text.of("对终本提出异议指南", "Guide: object to a termination")),
            "reconsideration", "enforcement-supervision"),
    RECONSIDERATION(Group.REMEDIES, "reconsideration", Text.of("复议", "Reconsideration"),
            Text.of("不服执行异议裁定的,可以自裁定送达之日起十日内向上一级人民法院申请复议(民事诉讼法第二百三十六条)。复议应当书面提出,可以通过执行法院提交,也可以直接向上一级法院提交;上一级法院应当在三十日内审查完毕,经院长批准可以延长三十日(执行程序解释第八条)。",
                    "A party who disagrees with the ruling on an objection may apply to the next-higher court for"
                            + " reconsideration within 10 days of service (Civil Procedure Law Art. 236). It must be in"
                            + " writing, lodged through the enforcing court or directly with the higher court, which"
                            + " decides within 30 days, extendable by 30 with the president's approval (Enforcement"
                            + " Procedure Interpretation Art. 8)."),
            "enforcement-objection"),
    ENFORCEMENT_SUPERVISION(Group.REMEDIES, "enforcement-supervision", Text.of("执行监督", "Enforcement supervision"),
            Text.of("上级法院对下级法院执行工作的监督,这类案件的类型代字为“执监”。当事人可以向上级法院反映执行中的问题。最高人民法院(2021)最高法执监501号就是一件涉及终本异议期限的执行监督案件。",
                    "Oversight of a lower court's enforcement by a higher court; such cases carry the type code 执监."
                            + " Parties may raise problems in enforcement with the higher court. The SPC's case"
                            + " (2021)最高法执监501号, on the time limit for objecting to 终本, was one."),
            "enforcement-objection", "higher-court-enforcement", "procuratorial-supervision"),
    HIGHER_COURT_ENFORCEMENT(Group.REMEDIES, "higher-court-enforcement", Text.of("申请上级法院执行", "Applying to the higher court"),
            Text.of("法院自收到申请执行书之日起超过六个月未执行的,申请执行人可以向上一级人民法院申请执行;上一级法院可以责令原法院限期执行,也可以决定由本院执行或者指令其他法院执行(民事诉讼法第二百三十七条)。公告、鉴定评估、管辖争议、暂缓执行和中止执行等期间不计入六个月。",
                    "If a court has not enforced within six months of receiving the application, the creditor may apply to"
                            + " the next-higher court, which may set the court a deadline, take the case itself or assign"
                            + " another court (Civil Procedure Law Art. 237). Periods of public notice, appraisal,"
                            + " jurisdiction disputes, deferment and suspension do not count towards the six months."),
            "enforcement-supervision"),
    PROCURATORIAL_SUPERVISION(Group.REMEDIES, "procuratorial-supervision", Text.of("检察监督", "Procuratorate supervision"),
            Text.of("人民检察院有权对民事执行活动实行法律监督(民事诉讼法第二百四十六条)。法院长期不作为或者违法执行的,可以向检察院反映。",
                    "The people's procuratorate supervises civil enforcement (Civil Procedure Law Art. 246). Long inaction"
                            + " or unlawful enforcement by a court can be reported to it."),
            "enforcement-supervision"),
    BANKRUPTCY_TRANSFER(Group.REMEDIES, "bankruptcy-transfer", Text.of("执转破", "Transfer to bankruptcy review (执转破)"),
            Text.of("被执行人是企业法人、不能清偿债务的,经申请执行人之一或者被执行人同意,执行法院可以将案件移送被执行人住所地法院进行破产审查(民诉法解释第五百一十一条至第五百一十四条)。受移送法院应当在三十日内决定是否受理;不受理的,执行法院恢复执行。",
                    "When the debtor is an enterprise legal person that cannot pay its debts, the enforcing court may, with"
                            + " the consent of one creditor or of the debtor, send the case to the court of the debtor's"
                            + " domicile to examine whether bankruptcy should open (Civil Procedure Law Interpretation"
                            + " Arts. 511–514). That court decides within 30 days whether to accept; if it does not,"
                            + " enforcement resumes."),
            "zhongben"),

    QUERY_CODE(Group.PORTAL, "query-code", Text.of("查询码", "Query code"),
            Text.of("本门户为每个案件生成的一串字母和数字,印在法院寄给您的通知书上。凭案号和查询码可以查看这一个案件,无需注册。",
                    "A string of letters and digits this portal issues for each case, printed on the notice the court"
                            + " sends you. With the case number and query code you can open that one case without"
                            + " registering."),
            new Link("/login", Text.of("登录", "Sign in")),
            "case-number"),
    POWER_OF_ATTORNEY(Group.PORTAL, "power-of-attorney", Text.of("授权委托书", "Power of attorney"),
            Text.of("当事人委托律师等代理人办理诉讼或者执行事项的书面文件,写明代理人和代理权限;代为领取执行款、和解等通常需要特别授权。在本门户,律师凭授权委托书申请代理,由法院工作人员审核。",
                    "The written document by which a party appoints a lawyer or other agent and states what the agent may"
                            + " do; receiving money or settling usually needs special authority. In this portal a lawyer"
                            + " asks to act with a power of attorney, which court staff check."),
            new Link("/guides/lawyer-access", Text.of("律师代理指南", "Guide: lawyer access")),
            "creditor"),
    INVESTIGATION_RECORD(Group.PORTAL, "investigation-record", Text.of("调查记录", "Investigation record"),
            Text.of("本门户根据法院推送的案卷生成的财产调查记录,可以下载为 PDF、CSV、JSON 或带签名的证据包(ZIP)。每份记录有记录编号和 SHA-256 摘要,任何人都可以在核验页面确认它由本门户出具且没有被改动。",
                    "The record of the property investigation that this portal produces from the case file the court"
                            + " sends, downloadable as PDF, CSV, JSON or a signed bundle (ZIP). Each carries a record id and"
                            + " SHA-256 digests, so anyone can confirm on the verify page that the portal issued it and"
                            + " that it is unchanged."),
            new Link("/verify", Text.of("核验调查记录", "Check an investigation record")),
            "network-inquiry"),

    RULES_CPL(Group.RULES, "rules-civil-procedure-law", Text.of("民事诉讼法", "Civil Procedure Law"),
            Text.of("《中华人民共和国民事诉讼法》,2023年9月1日修正,2024年1月1日起施行。条文序号随每次修正变化,本门户引用的序号均按2023年文本。",
                    "The Civil Procedure Law of the PRC as amended on 1 September 2023, in force since 1 January 2024."
                            + " Article numbers change with each amendment; the portal cites the 2023 numbering.")),
    RULES_CPL_INTERPRETATION(Group.RULES, "rules-civil-procedure-interpretation",
            Text.of("民诉法解释", "Civil Procedure Law Interpretation"),
            Text.of("《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》,2015年发布,2020年、2022年修正;引用的条文序号按2022年文本。",
                    "The Supreme People's Court's Interpretation on Applying the Civil Procedure Law, issued 2015 and amended 2020 and 2022;"
                            + " article numbers follow the 2022 text.")),
    RULES_ZHONGBEN(Group.RULES, "rules-zhongben", Text.of("终本规定", "终本 Provisions"),
            Text.of("《最高人民法院关于严格规范终结本次执行程序的规定(试行)》,法〔2016〕373号,2016年10月29日印发。它是最高人民法院的规范性文件,不是司法解释。",
                    "The SPC Provisions on Strictly Regulating the Termination of the Current Enforcement Procedure (Trial),"
                            + " 法〔2016〕373号, issued 29 October 2016. They are a normative document of the SPC, not a"
                            + " judicial interpretation.")),
    RULES_PROPERTY_INVESTIGATION(Group.RULES, "rules-property-investigation",
            Text.of("财产调查规定", "Property Investigation Provisions"),
            Text.of("《最高人民法院关于民事执行中财产调查若干问题的规定》,2017年5月1日起施行,2020年修正。",
                    "The SPC Provisions on Property Investigation in Civil Enforcement, in force since 1 May 2017, amended"
                            + " 2020.")),
    RULES_ENFORCEMENT_INTERPRETATION(Group.RULES, "rules-enforcement-interpretation",
            Text.of("执行程序解释", "Enforcement Procedure Interpretation"),
            Text.of("《最高人民法院关于适用〈中华人民共和国民事诉讼法〉执行程序若干问题的解释》,2008年发布,2020年修正。",
                    "The SPC Interpretation on Enforcement Procedure under the Civil Procedure Law, issued 2008, amended"
                            + " 2020.")),
    RULES_OBJECTIONS(Group.RULES, "rules-objections", Text.of("异议复议规定", "Objection and Reconsideration Provisions"),
            Text.of("《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》,2015年发布,2020年修正。",
                    "The SPC Provisions on Handling Enforcement Objection and Reconsideration Cases, issued 2015, amended"
                            + " 2020.")),
    RULES_DISHONEST(Group.RULES, "rules-dishonest-debtors", Text.of("失信规定", "Dishonest-Debtor List Provisions"),
            Text.of("《最高人民法院关于公布失信被执行人名单信息的若干规定》,2013年发布,2017年修正。",
                    "The SPC Provisions on Publishing the List of Dishonest Debtors, issued 2013, amended 2017.")),
    RULES_CONSUMPTION(Group.RULES, "rules-consumption-restriction", Text.of("限消规定", "Consumption Restriction Provisions"),
            Text.of("《最高人民法院关于限制被执行人高消费及有关消费的若干规定》,2010年发布,2015年修正。",
                    "The SPC Provisions on Restricting High and Related Consumption by Debtors, issued 2010, amended"
                            + " 2015."));

    /** The headings the glossary groups its terms under. */
    enum Group {
        CASES("terms-cases", Text.of("案件与结案", "Cases and how they close")),
        INVESTIGATION("terms-investigation", Text.of("查找财产", "Finding the debtor's property")),
        MEASURES("terms-measures", Text.of("控制措施与惩戒", "Holding property and pressing the debtor")),
        REMEDIES("terms-remedies", Text.of("异议与监督", "Objections and oversight")),
        PORTAL("terms-portal", Text.of("本门户的用语", "Words of this portal")),
        RULES("terms-rules", Text.of("引用的法律文件", "Rules cited"));

        private final String anchor;
        private final Text title;

        Group(String anchor, Text title) {
            this.anchor = anchor;
            this.title = title;
        }

        String anchor() {
            return anchor;
        }

        Text title() {
            return title;
        }
    }

    /** A portal page that puts the term into practice. */
    record Link(String href, Text label) {
    }

    private final Group group;
    private final String anchor;
    private final Text term;
    private final Text definition;
    private final Text caveat;
    private final Link page;
    private final List<String> related;

    GlossaryTerm(Group group, String anchor, Text term, Text definition, String... related) {
        this(group, anchor, term, definition, null, null, related);
    }

    GlossaryTerm(Group group, String anchor, Text term, Text definition, Text caveat, String... related) {
        this(group, anchor, term, definition, caveat, null, related);
    }

    GlossaryTerm(Group group, String anchor, Text term, Text definition, Link page, String... related) {
        this(group, anchor, term, definition, null, page, related);
    }

    GlossaryTerm(Group group, String anchor, Text term, Text definition, Text caveat, Link page, String... related) {
        this.group = group;
        this.anchor = anchor;
        this.term = term;
        this.definition = definition;
        this.caveat = caveat;
        this.page = page;
        this.related = List.of(related);
    }

    Group group() {
        return group;
    }

    /** The fragment id on {@code /glossary}. */
    String anchor() {
        return anchor;
    }

    Text term() {
        return term;
    }

    Text definition() {
        return definition;
    }

    /** What of the definition is not yet checked against the official text, or null. */
    Text caveat() {
        return caveat;
    }

    /** A portal page to go on to, or null. */
    Link page() {
        return page;
    }

    /** Terms worth reading next; an unknown anchor is a programming error (a unit test reads every one). */
    List<GlossaryTerm> related() {
        return related.stream().map(other -> byAnchor(other)
                .orElseThrow(() -> new IllegalStateException(anchor + " refers to unknown term " + other))).toList();
    }

    static Optional<GlossaryTerm> byAnchor(String anchor) {
        return Arrays.stream(values()).filter(term -> term.anchor.equals(anchor)).findFirst();
    }

    static Stream<GlossaryTerm> in(Group group) {
        return Arrays.stream(values()).filter(term -> term.group == group);
    }
}
