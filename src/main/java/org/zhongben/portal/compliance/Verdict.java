package org.zhongben.portal.compliance;

import org.zhongben.portal.common.i18n.Labelled;

/** The outcome of one check. */
public enum Verdict implements Labelled {
    PASS("符合", "Met", "badge--pass"),
    FAIL("不符合", "Not met", "badge--fail"),
    /** the rule does not apply to this case (or not yet) */
    NOT_APPLICABLE("不适用", "Does not apply", "badge--na"),
    /** the court's record lacks the data the check needs */
    UNKNOWN("无法判断", "Cannot tell", "badge--unknown");

    private final String zh;
    private final String en;
    private final String badge;

    Verdict(String zh, String en, String badge) {
        this.zh = zh;
        this.en = en;
        this.badge = badge;
    }

    /** CSS badge class; the badge also carries an icon and the words, so colour is never the only cue. */
    public String badge() {
        return badge;
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
