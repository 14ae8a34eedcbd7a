package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 终本裁定所载的理由. */
public enum TerminationReason implements Labelled {
    NO_PROPERTY("未发现可供执行的财产", "No enforceable property found"),
    PROPERTY_CANNOT_BE_DISPOSED("发现的财产不能处置", "Property found cannot be disposed of");

    private final String zh;
    private final String en;

    TerminationReason(String zh, String en) {
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
