package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 财产的处理状态. */
public enum AssetStatus implements Labelled {
    FOUND("已发现", "Found"),
    CONTROLLED("已控制", "Seized or frozen"),
    IN_DISPOSAL("处置中", "Being disposed of"),
    DISPOSED("已处置", "Disposed of"),
    CANNOT_DISPOSE("无法处置", "Cannot be disposed of"),
    NEGLIGIBLE("价值极小", "Negligible value"),
    RELEASED("已解除控制", "Released");

    private final String zh;
    private final String en;

    AssetStatus(String zh, String en) {
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
