package org.zhongben.portal.cases;

import org.zhongben.portal.common.i18n.Labelled;

/**
 * The kinds of event on a case timeline. The constant names are the stable {@link TimelineEvent#kind()} codes; the
 * declaration order is the order of the procedure and breaks ties between events of the same day.
 */
public enum TimelineKind implements Labelled {
    DOCKETED("立案", "Case docketed"),
    APPLICATION_RECEIVED("收到执行申请", "Application received"),
    EXECUTION_NOTICE("发出执行通知书", "Execution notice sent"),
    /** 报告财产令 */
    REPORT_ORDER("发出报告财产令", "Property-report order issued"),
    DEBTOR_REPORT("被执行人报告财产", "Debtor reports property"),
    /** 网络查控 before termination (or to check a resumption application) */
    NETWORK_QUERY("网络查控", "Network query"),
    CLUE_VERIFICATION("核查财产线索", "Property clue verified"),
    /** the court's decision on an audit (审计调查) or reward (悬赏公告) application */
    MEASURE_DECISION("审查调查申请", "Decision on an investigation application"),
    MEASURE("财产调查措施", "Investigation measure"),
    /** 限制消费令 */
    RESTRICTION("限制消费", "Consumption restriction"),
    /** 纳入失信被执行人名单 */
    LISTING("纳入失信名单", "Dishonest-debtor listing"),
    /** 终本约谈 */
    CREDITOR_INTERVIEW("终本约谈", "Creditor interview"),
    /** 终结本次执行程序裁定 */
    TERMINATION_RULING("终本裁定", "Termination ruling"),
    RULING_SERVED("送达终本裁定", "Termination ruling served"),
    CASE_CLOSED("结案", "Case closed"),
    /** 终本案件信息库 */
    DATABASE_ENTRY("录入终本案件信息库", "Entered in the termination database"),
    /** 终本后定期查询, one of ten */
    FOLLOW_UP("终本后定期查询", "Follow-up inquiry"),
    /** 恢复执行 after a follow-up inquiry found property */
    RESUMPTION("恢复执行", "Enforcement resumed"),
    /** 屏蔽: the 终本 database entry taken out of public view */
    DATABASE_SHIELDED("终本信息屏蔽", "Removed from the public database"),
    /** 执行异议 decided */
    OBJECTION_DECISION("执行异议审查", "Objection decided"),
    /** reconsideration, supervision or application to the higher court */
    REMEDY("申请执行救济", "Remedy applied for");

    private final String zh;
    private final String en;

    TimelineKind(String zh, String en) {
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
