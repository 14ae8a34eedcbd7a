package org.zhongben.portal.resumption;

import java.util.EnumSet;
import java.util.Set;

import org.zhongben.portal.common.i18n.Labelled;

/** Where a resumption application stands (domain.md §9.2 resumption_application_state). */
public enum ResumptionState implements Labelled {
    /** being put together by the creditor; the court does not see it yet */
    DRAFT("草稿", "Draft", "badge--na"),
    SUBMITTED("已提交", "Submitted", "badge--info"),
    /** the court asked for more material and waits for the creditor */
    MATERIALS_INCOMPLETE("需补充材料", "Materials requested", "badge--warn"),
    UNDER_VERIFICATION("核查中", "Being verified", "badge--info"),
    URGENT_CONTROL_TAKEN("已采取紧急控制措施", "Urgent control taken", "badge--info"),
    /** docketed as a 执恢 case */
    ACCEPTED("已恢复执行", "Accepted: enforcement resumed", "badge--pass"),
    REJECTED("不予恢复执行", "Rejected", "badge--fail"),
    WITHDRAWN("已撤回", "Withdrawn", "badge--na");

    /** States the court still has to act in; one application per case may be in one of these or in DRAFT. */
    public static final Set<ResumptionState> WITH_THE_COURT = EnumSet.of(SUBMITTED, MATERIALS_INCOMPLETE,
            UNDER_VERIFICATION, URGENT_CONTROL_TAKEN);

    private final String zh;
    private final String en;
    private final String badge;

    ResumptionState(String zh, String en, String badge) {
        this.zh = zh;
        this.en = en;
        this.badge = badge;
    }

    public String badge() {
        return badge;
    }

    /** Not yet decided or withdrawn: a draft or an application with the court. */
    public boolean open() {
        return this == DRAFT || WITH_THE_COURT.contains(this);
    }

    /** Whether the verification clock runs: the court holds the application and owes a check. */
    public boolean clockRuns() {
        return this == SUBMITTED || this == UNDER_VERIFICATION || this == URGENT_CONTROL_TAKEN;
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
