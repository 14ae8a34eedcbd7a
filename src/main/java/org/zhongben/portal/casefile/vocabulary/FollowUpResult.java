package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 终本后定期查询的结果. */
public enum FollowUpResult implements Labelled {
    NOTHING_FOUND("未发现可供执行的财产", "No property found"),
    PROPERTY_FOUND("发现财产", "Property found");

    private final String zh;
    private final String en;

    FollowUpResult(String zh, String en) {
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
