package org.zhongben.portal.investigations;

import org.zhongben.portal.common.i18n.Labelled;

/**
 * The rules the portal measures a case against, with their confidence tag from domain.md §0: [C] confirmed against
 * the rule text, [S] secondary source, [R] recalled and unconfirmed. Pages show the label next to a derived flag so
 * that a reader can see what a "late" or "missing" was measured against and how sure the portal is of the rule.
 */
public enum Citation implements Labelled {
    /** 终本 only after more than three months since docketing */
    EARLIEST_TERMINATION("终本规定 第一条第（四）项 [C]", "Termination Provisions (终本规定) Art. 1(4) [C]"),
    /** six-month target for closing an enforcement case, suspension excluded */
    CASE_CLOSING_TARGET("执行工作规定 第63条 [C]", "Enforcement Work Provisions (执行工作规定) item 63 [C]"),
    /** 报告财产令 issued together with the execution notice */
    REPORT_ORDER_WITH_NOTICE("财产调查规定 第三条 [C]", "Property Investigation Provisions (财产调查规定) Art. 3 [C]"),
    /** the deadline stated in the report order */
    REPORT_DEADLINE("财产调查规定 第四条 [C]", "Property Investigation Provisions (财产调查规定) Art. 4 [C]"),
    /** clear clues verified within 7 days, urgent ones within 3 */
    CLUE_VERIFICATION("财产调查规定 第二条 [C]", "Property Investigation Provisions (财产调查规定) Art. 2 [C]"),
    /** audit and reward applications decided within 10 days */
    MEASURE_DECISION("财产调查规定 第十七条、第二十一条 [C]",
            "Property Investigation Provisions (财产调查规定) Arts. 17 and 21 [C]"),
    /** 终本约谈 before the ruling */
    CREDITOR_INTERVIEW("终本规定 第五条 [R]；民诉法解释 第五百一十七条 [C]",
            "Termination Provisions (终本规定) Art. 5 [R]; CPL Interpretation (民诉法解释) Art. 517 [C]"),
    /** entry into the 终本 case database within 7 days of service */
    DATABASE_ENTRY("终本规定 第十二条 [R]", "Termination Provisions (终本规定) Art. 12 [R]"),
    /** six-monthly follow-up inquiries for five years */
    FOLLOW_UP("终本规定 第九条 [C]", "Termination Provisions (终本规定) Art. 9 [C]"),
    /** objection decided within 15 days of filing */
    OBJECTION_DECISION("民事诉讼法 第二百三十六条 [C]", "Civil Procedure Law (2023) Art. 236 [C]"),
    /** maximum term of a freeze, seizure or impoundment and of each renewal */
    CONTROL_TERM("民诉法解释 第四百八十五条 [C]", "CPL Interpretation (民诉法解释) Art. 485 [C]"),
    /** only two reasons allow setting found property aside */
    CANNOT_DISPOSE("终本规定 第四条 [S]", "Termination Provisions (终本规定) Art. 4 [S]"),
    /** a national query covering deposits, vehicles, real estate and securities */
    REQUIRED_NETWORK("终本规定 第三条 [R]", "Termination Provisions (终本规定) Art. 3 [R]"),
    /** reconsideration filed within 10 days of service of the objection ruling */
    RECONSIDERATION_FILING("民事诉讼法 第二百三十六条 [C]", "Civil Procedure Law (2023) Art. 236 [C]"),
    /** reconsideration decided within 30 days, extendable by 30 */
    RECONSIDERATION_DECISION("执行程序解释 第八条 [C]", "Enforcement Procedure Interpretation (执行程序解释) Art. 8 [C]"),
    /** 失信 listing deleted within 3 working days after two empty follow-up inquiries */
    DISHONEST_DELETION("失信规定 第十条第一款第（四）项 [C]", "Dishonest-Debtor Provisions (失信规定) Art. 10(4) [C]"),
    /** the receiving court decides on a bankruptcy transfer within 30 days */
    BANKRUPTCY_DECISION("民诉法解释 第五百一十二条 [C]", "CPL Interpretation (民诉法解释) Art. 512 [C]");

    private final String zh;
    private final String en;

    Citation(String zh, String en) {
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
