package org.zhongben.portal.compliance;

import static org.zhongben.portal.compliance.Confidence.CONFIRMED;
import static org.zhongben.portal.compliance.Confidence.PRACTICE;
import static org.zhongben.portal.compliance.Confidence.RECALLED;
import static org.zhongben.portal.compliance.Confidence.SECONDARY;
import static org.zhongben.portal.compliance.LegalSource.CIVIL_PROCEDURE_LAW;
import static org.zhongben.portal.compliance.LegalSource.CONSUMPTION_RESTRICTION;
import static org.zhongben.portal.compliance.LegalSource.COURT_PRACTICE;
import static org.zhongben.portal.compliance.LegalSource.CPL_INTERPRETATION;
import static org.zhongben.portal.compliance.LegalSource.DISHONEST_LIST;
import static org.zhongben.portal.compliance.LegalSource.ENFORCEMENT_PROCEDURE;
import static org.zhongben.portal.compliance.LegalSource.LOCAL_RULES;
import static org.zhongben.portal.compliance.LegalSource.OBJECTION_PROVISIONS;
import static org.zhongben.portal.compliance.LegalSource.PORTAL_SETTING;
import static org.zhongben.portal.compliance.LegalSource.PROPERTY_INVESTIGATION;
import static org.zhongben.portal.compliance.LegalSource.SPC_2024_GUIDANCE;
import static org.zhongben.portal.compliance.LegalSource.ZHONGBEN_PROVISIONS;

import java.util.List;

import org.zhongben.portal.common.i18n.Labelled;
import org.zhongben.portal.common.i18n.Text;

/**
 * Every check of domain.md §10: C1–C14 ask whether the court did the prescribed actions (规定动作) before closing
 * the case by 终本; P1–P15 whether it keeps doing what it owes afterwards, and what the creditor should know. Each
 * names its bases with their confidence tag and what the creditor can do when it is not met.
 */
public enum CheckCode implements Labelled {

    C1(Phase.PRE_TERMINATION, "终本时间:立案满三个月后", "Not terminated within three months of docketing",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第一条第（四）项", "Art. 1(4)", CONFIRMED)),
            Remedies.OBJECTION),
    C2(Phase.PRE_TERMINATION, "已发执行通知书和报告财产令", "Execution notice and property-report order sent",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第一条第（一）项、第二条", "Arts. 1(1) and 2", CONFIRMED),
                    Basis.of(PROPERTY_INVESTIGATION, "第三条", "Art. 3", CONFIRMED)),
            Remedies.OBJECTION),
    C3(Phase.PRE_TERMINATION, "被执行人报告财产已核查、违规已处罚", "Debtor's property report checked, breaches penalised",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第二条", "Art. 2", CONFIRMED),
                    Basis.of(PROPERTY_INVESTIGATION, "第九条、第十条", "Arts. 9 and 10", CONFIRMED)),
            Remedies.OBJECTION),
    C4(Phase.PRE_TERMINATION, "终本时被执行人处于限制消费", "Consumption restriction in force at termination",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第一条第（二）项", "Art. 1(2)", CONFIRMED),
                    Basis.of(CONSUMPTION_RESTRICTION, "第一条", "Art. 1", CONFIRMED)),
            Remedies.OBJECTION),
    C5(Phase.PRE_TERMINATION, "失信名单与失信情形一致", "Dishonest-debtor listing matches the grounds found",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第一条第（二）项", "Art. 1(2)", CONFIRMED),
                    Basis.of(DISHONEST_LIST, "第一条、第四条", "Arts. 1 and 4", CONFIRMED)),
            Remedies.OBJECTION),
    C6(Phase.PRE_TERMINATION, "财产线索均已按期核查", "Every property clue verified in time",
            List.of(Basis.of(PROPERTY_INVESTIGATION, "第二条", "Art. 2", CONFIRMED),
                    Basis.of(ZHONGBEN_PROVISIONS, "第三条第（一）项", "Art. 3(1)", RECALLED)),
            Remedies.OBJECTION),
    C7(Phase.PRE_TERMINATION, "网络查控覆盖必查类别并已全部反馈",
            "Network query covers the required categories, all answered",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第三条第（二）项", "Art. 3(2)", RECALLED),
                    Basis.of(COURT_PRACTICE, "终本前三个月内查询", "query within three months before closing", PRACTICE)),
            Remedies.OBJECTION),
    C8(Phase.PRE_TERMINATION, "已进行现场调查等线下调查", "Offline (on-site) investigation carried out",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第三条第（三）项", "Art. 3(3)", CONFIRMED)), Remedies.OBJECTION),
    C9(Phase.PRE_TERMINATION, "审计、悬赏申请已按期审查并执行", "Creditor's audit and reward applications decided in time",
            List.of(Basis.of(PROPERTY_INVESTIGATION, "第十七条、第二十一条", "Arts. 17 and 21", CONFIRMED),
                    Basis.of(ZHONGBEN_PROVISIONS, "第三条第（五）项", "Art. 3(5)", RECALLED)),
            Remedies.OBJECTION),
    C10(Phase.PRE_TERMINATION, "发现的财产已处置或属于可以不处置的情形",
            "Found property disposed of or lawfully set aside",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第四条", "Art. 4", SECONDARY),
                    Basis.of(COURT_PRACTICE, "小额余额可不处置", "negligible balances", PRACTICE)),
            Remedies.OBJECTION),
    C11(Phase.PRE_TERMINATION, "下落不明已查找、妨害执行已处罚", "Missing debtor searched for, obstruction penalised",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第一条第（五）项", "Art. 1(5)", CONFIRMED)), Remedies.OBJECTION),
    C12(Phase.PRE_TERMINATION, "终本前已告知申请执行人并听取意见", "Creditor informed and heard before termination",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第五条", "Art. 5", RECALLED),
                    Basis.of(CPL_INTERPRETATION, "第五百一十七条", "Art. 517", CONFIRMED)),
            Remedies.OBJECTION),
    C13(Phase.PRE_TERMINATION, "终本裁定书载明应当载明的内容", "Termination ruling states what it must",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第六条", "Art. 6", RECALLED)), Remedies.OBJECTION),
    C14(Phase.PRE_TERMINATION, "没有未完成的财产处置", "No property left undisposed",
            List.of(Basis.of(LOCAL_RULES, "不得终本的情形", "cases that may not be terminated", SECONDARY)),
            Remedies.OBJECTION),

    P1(Phase.POST_TERMINATION, "终本裁定送达后7日内录入终本案件信息库", "Entered into the 终本 database within 7 days",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第十二条", "Art. 12", RECALLED)),
            Text.of("可以请求承办法官录入终本案件信息库;信息有误的,可以申请更正。",
                    "Ask the judge to enter the case into the 终本 database; if the data are wrong, apply for a "
                            + "correction.")),
    P2(Phase.POST_TERMINATION, "终本后每六个月查询一次并告知结果", "Six-monthly follow-up inquiries done and reported",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第九条第二款", "Art. 9 para. 2", CONFIRMED)),
            Text.of("可以请承办法官进行查询并告知结果;法院长期不查询的,可以向上一级法院反映,或向检察院申请监督(民事诉讼法第二百四十六条)。",
                    "Ask the judge to run the inquiry and tell you the result; if the court keeps failing, "
                            + "complain to the higher court or ask the procuratorate to supervise (CPL Art. 246).")),
    P3(Phase.POST_TERMINATION, "五年跟踪期", "Five-year follow-up period",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第九条", "Art. 9", CONFIRMED),
                    Basis.of(CPL_INTERPRETATION, "第五百一十七条第二款", "Art. 517 para. 2", CONFIRMED)),
            Text.of("跟踪期结束后,法院不再定期查询,但您发现财产后仍可随时申请恢复执行,不受申请执行时效限制。",
                    "After the period the court stops querying, but you may still apply to resume whenever you find "
                            + "property, without a time limit.")),
    P4(Phase.POST_TERMINATION, "查封、冻结、扣押不因到期而失效", "Freezes and seizures kept in force",
            List.of(Basis.of(CPL_INTERPRETATION, "第四百八十五条", "Art. 485", CONFIRMED)),
            Text.of("在期限届满前向法院书面申请续行查封、冻结、扣押;到期未续行的,措施自动失效,财产可能被转移。",
                    "Apply in writing to renew (续行) the freeze or seizure before it expires; a measure not renewed "
                            + "lapses and the property may be moved.")),
    P5(Phase.POST_TERMINATION, "两次查询无财产后失信名单的删除", "Dishonest listing after two empty inquiries",
            List.of(Basis.of(DISHONEST_LIST, "第十条第一款第（四）项", "Art. 10(4)", CONFIRMED)),
            Text.of("如有新的财产线索,请在下一次定期查询之前提交:提交有效线索可以使失信名单继续保留。",
                    "If you have a new property clue, submit it before the next follow-up inquiry: a valid clue "
                            + "keeps the debtor on the dishonest-debtor list.")),
    P6(Phase.POST_TERMINATION, "限制消费令未被不当解除", "Consumption restriction not lifted without a reason",
            List.of(Basis.of(CONSUMPTION_RESTRICTION, "第九条", "Art. 9", CONFIRMED)),
            Text.of("限制消费令在未履行、未提供担保、您也未同意的情况下被解除的,可以提出执行异议。",
                    "If the restriction was lifted without payment, security or your consent, you may raise an "
                            + "enforcement objection.")),
    P7(Phase.POST_TERMINATION, "履行完毕或终结执行后按期屏蔽信息", "Entry shielded in time after performance or final termination",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第十八条", "Art. 18", RECALLED)),
            Text.of("债务已履行完毕的,可以请法院在3日内屏蔽终本案件信息。",
                    "Once the debt is paid, the court should shield the entry within 3 days; you may ask it to.")),
    P8(Phase.POST_TERMINATION, "信息库更正申请按期处理", "Database correction requests handled in time",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第十四条", "Art. 14", RECALLED)),
            Text.of("确认有误但逾期未更正的,可以催告承办法官或向上一级法院反映。",
                    "If a confirmed error is not corrected in time, remind the judge or complain to the higher court.")),
    P9(Phase.POST_TERMINATION, "终本后提交的财产线索按期核查", "Clues submitted after 终本 verified in time",
            List.of(Basis.of(PROPERTY_INVESTIGATION, "第二条(是否适用于恢复执行申请尚未确认)",
                    "Art. 2 (whether it governs resumption applications is unconfirmed)", CONFIRMED),
                    Basis.of(ZHONGBEN_PROVISIONS, "第九条第一款", "Art. 9 para. 1", CONFIRMED)),
            Text.of("核查逾期的,可以催告承办法官;核查属实的,法院应当恢复执行。",
                    "If the check is late, remind the judge; once the clue is confirmed the court must resume.")),
    P10(Phase.POST_TERMINATION, "查询发现财产后及时恢复执行", "Enforcement resumed after an inquiry found property",
            List.of(Basis.of(ZHONGBEN_PROVISIONS, "第九条第二款", "Art. 9 para. 2", CONFIRMED),
                    Basis.of(PORTAL_SETTING, "等待期限", "waiting period", PRACTICE)),
            Text.of("定期查询发现了财产但法院未恢复执行的,您可以立即申请恢复执行。",
                    "A follow-up inquiry found property but the court has not resumed: apply for resumption now.")),
    P11(Phase.POST_TERMINATION, "没有反复终本", "No repeated termination",
            List.of(Basis.of(SPC_2024_GUIDANCE, "", "", SECONDARY)),
            Text.of("同一债权反复终本的,可以向上一级法院申请执行监督。",
                    "If the same claim is terminated again and again, ask the higher court to supervise the "
                            + "enforcement.")),
    P12(Phase.POST_TERMINATION, "异议、复议按期立案和审查", "Objections and reconsiderations handled in time",
            List.of(Basis.of(CIVIL_PROCEDURE_LAW, "第二百三十六条", "Art. 236", CONFIRMED),
                    Basis.of(ENFORCEMENT_PROCEDURE, "第八条", "Art. 8", CONFIRMED),
                    Basis.of(OBJECTION_PROVISIONS, "第二条、第三条", "Arts. 2 and 3", CONFIRMED)),
            Text.of("异议逾期未立案或未审查的,可以向上一级法院提出;不服异议裁定的,应在送达之日起10日内申请复议。",
                    "If an objection is not docketed or decided in time, turn to the higher court; against an "
                            + "objection ruling, apply for reconsideration within 10 days of service.")),
    P13(Phase.POST_TERMINATION, "六个月未执行可向上一级法院申请", "Six months without enforcement",
            List.of(Basis.of(CIVIL_PROCEDURE_LAW, "第二百三十七条", "Art. 237", CONFIRMED),
                    Basis.of(ENFORCEMENT_PROCEDURE, "第十条至第十三条", "Arts. 10–13", CONFIRMED)),
            Text.of("可以向上一级人民法院申请执行,上一级法院可以责令限期执行、提级执行或指令其他法院执行。",
                    "You may apply to the next-higher court, which can set a deadline, take the case itself or "
                            + "assign another court.")),
    P14(Phase.POST_TERMINATION, "首次申请执行在两年期间内", "First application within the two-year period",
            List.of(Basis.of(CIVIL_PROCEDURE_LAW, "第二百五十条", "Art. 250", CONFIRMED)),
            Text.of("超过两年申请执行期间的,被执行人可能提出时效抗辩;如有中止、中断的事由,请保留证据。恢复执行申请不受此限。",
                    "After the two-year period the debtor may raise limitation; keep evidence of any suspension or "
                            + "interruption. Applications to resume after 终本 are not limited.")),
    P15(Phase.POST_TERMINATION, "执转破(移送破产审查)", "Transfer to bankruptcy review (执转破)",
            List.of(Basis.of(CPL_INTERPRETATION, "第五百一十一条至第五百一十四条", "Arts. 511–514", CONFIRMED),
                    Basis.of(ZHONGBEN_PROVISIONS, "第十一条", "Art. 11", RECALLED)),
            Text.of("被执行人是企业法人且不能清偿债务的,经申请执行人或被执行人同意,可以请求法院移送破产审查。",
                    "If the debtor is an enterprise that cannot pay, the case can be transferred to bankruptcy review "
                            + "with your consent or the debtor's."));

    /** Before or after the 终本 ruling. */
    public enum Phase implements Labelled {
        PRE_TERMINATION("终本前的规定动作", "Prescribed actions before termination"),
        POST_TERMINATION("终本后的义务与期限", "Duties and deadlines after termination");

        private final String zh;
        private final String en;

        Phase(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        @Override
        public String zh() {
            return zh;
        }

        @Override
        public String en() {
            return en;
        }
    }

    private static final class Remedies {
        static final Text OBJECTION = Text.of(
                "可以向执行法院提出书面执行异议(终本规定第七条),请求撤销终本裁定、继续执行;本页可以生成列明问题和证据的异议申请书草稿。",
                "You may raise a written enforcement objection with the enforcing court (Art. 7) asking it to set the "
                        + "termination aside and continue; this page drafts one listing the problems and evidence.");
    }

    private final Phase phase;
    private final String zh;
    private final String en;
    private final List<Basis> bases;
    private final Text remedy;

    CheckCode(Phase phase, String zh, String en, List<Basis> bases, Text remedy) {
        this.phase = phase;
        this.zh = zh;
        this.en = en;
        this.bases = bases;
        this.remedy = remedy;
    }

    public Phase phase() {
        return phase;
    }

    public List<Basis> bases() {
        return bases;
    }

    /** What the creditor can do when the check is not met. */
    public Text remedy() {
        return remedy;
    }

    /** The weakest confidence among the bases: a verdict is only as sure as its least certain rule. */
    public Confidence confidence() {
        Confidence weakest = Confidence.CONFIRMED;
        for (Basis basis : bases) {
            if (basis.confidence().compareTo(weakest) > 0) {
                weakest = basis.confidence();
            }
        }
        return weakest;
    }

    /** The title, what the check asks. */
    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
