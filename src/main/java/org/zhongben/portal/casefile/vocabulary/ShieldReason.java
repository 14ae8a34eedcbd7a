package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 终本信息屏蔽的原因. */
public enum ShieldReason implements Labelled {
    PERFORMED("履行完毕", "Fully performed"),
    TERMINATED("终结执行", "Enforcement terminated"),
    RESUMED("恢复执行", "Enforcement resumed"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    ShieldReason(String zh, String en) {
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
