package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 控制性措施. */
public enum ControlType implements Labelled {
    FREEZE("冻结", "Freeze"),
    SEIZURE("查封", "Seizure"),
    IMPOUNDMENT("扣押", "Impoundment");

    private final String zh;
    private final String en;

    ControlType(String zh, String en) {
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
