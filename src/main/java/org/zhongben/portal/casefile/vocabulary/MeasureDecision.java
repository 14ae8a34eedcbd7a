package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 对申请的决定. */
public enum MeasureDecision implements Labelled {
    ALLOWED("准许", "Allowed"),
    REFUSED("不予准许", "Refused");

    private final String zh;
    private final String en;

    MeasureDecision(String zh, String en) {
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
