package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/**
 * Investigation measures other than network queries (domain.md §9.2). Network queries travel in their own
 * structure ({@code CaseFile.NetworkQuery}) because their result is given per asset category.
 */
public enum MeasureType implements Labelled {
    /** 线索核查 */
    CLUE_VERIFICATION("线索核查", "Verification of a property clue", Kind.OTHER),
    /** 报告财产令 */
    DEBTOR_REPORT_ORDER("责令报告财产", "Order to report property", Kind.OTHER),
    REPORT_VERIFICATION("核查被执行人报告的财产", "Verification of the debtor's report", Kind.OTHER),
    ONSITE_INVESTIGATION("现场调查", "On-site investigation", Kind.OFFLINE),
    COMMISSIONED_INVESTIGATION("委托调查", "Commissioned investigation", Kind.OFFLINE),
    QUESTIONING("调查询问", "Questioning", Kind.OTHER),
    COMPELLED_APPEARANCE("拘传", "Compelled appearance", Kind.OTHER),
    SEARCH("搜查", "Search", Kind.OFFLINE),
    AUDIT("审计调查", "Audit investigation", Kind.OTHER),
    REWARD_ANNOUNCEMENT("悬赏公告", "Reward announcement", Kind.OTHER),
    LOCATE_PERSON("查找下落", "Search for a missing debtor", Kind.OTHER),
    LOCATE_VEHICLE("协助查找车辆、船舶", "Locating vehicles or vessels", Kind.OFFLINE),
    /** 律师调查令: practice, not a rule of national law [S] */
    INVESTIGATION_ORDER_LAWYER("律师调查令", "Lawyer's investigation order", Kind.OTHER),
    OTHER("其他措施", "Other measure", Kind.OTHER);

    /** How a measure counts in the investigation coverage grid. */
    public enum Kind {
        /** on-site, commissioned, search: the traditional (offline) investigation of 终本规定 Art. 3(3) */
        OFFLINE,
        OTHER
    }

    private final String zh;
    private final String en;
    private final Kind kind;

    MeasureType(String zh, String en, Kind kind) {
        this.zh = zh;
        this.en = en;
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Measures that the creditor applies for and the court must decide within 10 days (财产调查规定 Art. 17, 21). */
    public boolean decidedOnApplication() {
        return this == AUDIT || this == REWARD_ANNOUNCEMENT;
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
