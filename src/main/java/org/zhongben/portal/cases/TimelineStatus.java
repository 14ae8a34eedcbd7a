package org.zhongben.portal.cases;

import org.zhongben.portal.common.i18n.Labelled;

/** How a timeline event stands against the rule that sets its date. */
public enum TimelineStatus implements Labelled {
    /** happened; no rule sets a date for it */
    DONE("已完成", "Done"),
    /** happened within the time the rule allows */
    ON_TIME("按期", "On time"),
    /** happened after the time the rule allows */
    LATE("逾期", "Late"),
    /** the expected date has passed and nothing happened */
    MISSING("缺失", "Missing"),
    /** expected in the future */
    DUE("待办", "Due"),
    /** happened before the earliest date the rule allows (a 终本 ruling within three months of docketing) */
    TOO_EARLY("过早", "Too early");

    private final String zh;
    private final String en;

    TimelineStatus(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The CSS class the portal's stylesheet colours, e.g. {@code tl-on-time}. */
    public String cssClass() {
        return "tl-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Whether the event breaks a rule and deserves the reader's attention. */
    public boolean needsAttention() {
        return this == LATE || this == MISSING || this == TOO_EARLY;
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
