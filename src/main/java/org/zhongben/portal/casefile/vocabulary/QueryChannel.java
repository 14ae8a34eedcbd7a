package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 网络查控的渠道. */
public enum QueryChannel implements Labelled {
    NATIONAL("总对总", "National (总对总)"),
    PROVINCIAL("点对点", "Provincial (点对点)");

    private final String zh;
    private final String en;

    QueryChannel(String zh, String en) {
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
