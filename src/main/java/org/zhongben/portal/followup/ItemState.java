package org.zhongben.portal.followup;

import org.zhongben.portal.common.i18n.Labelled;

/** Where a tracked deadline stands on the reference day. */
public enum ItemState implements Labelled {
    /** done by its due date (plus the tolerance, for inquiries) */
    DONE("已按期完成", "Done on time", "badge--pass"),
    /** done, but after its due date */
    DONE_LATE("逾期完成", "Done late", "badge--warn"),
    /** due later than the notice window */
    UPCOMING("未到期", "Upcoming", "badge--info"),
    /** due within the notice window */
    DUE_SOON("即将到期", "Due soon", "badge--warn"),
    /** due very soon: the urgent window of an expiry or a creditor's own deadline */
    URGENT("紧急", "Urgent", "badge--fail"),
    /** the due date has passed but the tolerance has not (inquiries only) */
    DUE("已到期", "Due now", "badge--warn"),
    /** not done and the due date (and tolerance) has passed; for an expiry: the measure lapsed */
    OVERDUE("已逾期", "Overdue", "badge--fail"),
    /** no longer owed: the duty ended before the due date (case resumed, shielded or finally closed) */
    NOT_OWED("不再需要", "No longer owed", "badge--na");

    private final String zh;
    private final String en;
    private final String badge;

    ItemState(String zh, String en, String badge) {
        this.zh = zh;
        this.en = en;
        this.badge = badge;
    }

    /** CSS badge class; the text and the badge's icon carry the meaning too, never colour alone. */
    public String badge() {
        return badge;
    }

    public boolean open() {
        return this == UPCOMING || this == DUE_SOON || this == URGENT || this == DUE || this == OVERDUE;
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
