package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 采取强制措施的原因. */
public enum CoerciveReason implements Labelled {
    OBSTRUCTION("妨害执行", "Obstruction of enforcement"),
    REPORTING_BREACH("违反财产报告制度", "Breach of the property-reporting duty"),
    RESTRICTION_BREACH("违反限制消费令", "Breach of the consumption restriction"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    CoerciveReason(String zh, String en) {
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
