package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 财产线索的核查结果. */
public enum ClueResult implements Labelled {
    PENDING("待核查", "Not yet verified"),
    CONFIRMED("属实", "Confirmed"),
    NOT_CONFIRMED("不属实", "Not confirmed"),
    PARTIALLY_CONFIRMED("部分属实", "Partly confirmed");

    private final String zh;
    private final String en;

    ClueResult(String zh, String en) {
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
