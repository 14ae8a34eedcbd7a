package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 查封顺位. */
public enum ControlPriority implements Labelled {
    FIRST("首封", "First in rank"),
    WAITING("轮候", "Waiting in rank (轮候)");

    private final String zh;
    private final String en;

    ControlPriority(String zh, String en) {
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
