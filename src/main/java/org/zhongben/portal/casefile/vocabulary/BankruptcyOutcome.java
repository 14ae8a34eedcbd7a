package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 执转破的受理结果. */
public enum BankruptcyOutcome implements Labelled {
    PENDING("待决定", "Pending"),
    ACCEPTED("已受理", "Accepted"),
    NOT_ACCEPTED("不予受理", "Not accepted");

    private final String zh;
    private final String en;

    BankruptcyOutcome(String zh, String en) {
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
