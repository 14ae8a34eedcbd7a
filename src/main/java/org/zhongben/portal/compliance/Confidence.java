package org.zhongben.portal.compliance;

import org.zhongben.portal.common.i18n.Labelled;

/**
 * How sure the portal is of a rule (domain.md §0). Pages show the tag next to every basis so a reader knows what a
 * verdict rests on.
 */
public enum Confidence implements Labelled {
    CONFIRMED("C", "已核对条文", "checked against the rule text"),
    SECONDARY("S", "来自二手资料", "from a secondary source"),
    RECALLED("R", "条文未经核对", "recalled, not checked against the rule text"),
    /** not law: a local court rule, an unofficial court-side practice, or a threshold the portal chose */
    PRACTICE("P", "实务做法或门户设定,并非法律规定", "practice or a portal setting, not a legal rule");

    private final String tag;
    private final String zh;
    private final String en;

    Confidence(String tag, String zh, String en) {
        this.tag = tag;
        this.zh = zh;
        this.en = en;
    }

    /** The one-letter tag shown in brackets: [C], [S], [R] or [P]. */
    public String tag() {
        return tag;
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
