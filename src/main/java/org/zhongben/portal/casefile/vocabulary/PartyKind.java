package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 当事人类型. */
public enum PartyKind implements Labelled {
    NATURAL_PERSON("自然人", "Natural person"),
    LEGAL_PERSON("法人", "Legal person"),
    UNINCORPORATED("非法人组织", "Unincorporated organisation");

    private final String zh;
    private final String en;

    PartyKind(String zh, String en) {
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
