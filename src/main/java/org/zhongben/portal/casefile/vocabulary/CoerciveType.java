package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 强制措施. */
public enum CoerciveType implements Labelled {
    FINE("罚款", "Fine"),
    DETENTION("拘留", "Detention"),
    COMPELLED_APPEARANCE("拘传", "Compelled appearance"),
    SEARCH("搜查", "Search"),
    EXIT_BAN("限制出境", "Exit ban"),
    CRIMINAL_REFERRAL("移送追究刑事责任", "Criminal referral");

    private final String zh;
    private final String en;

    CoerciveType(String zh, String en) {
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
