package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 文书对谁可见. */
public enum DocumentVisibility implements Labelled {
    PUBLIC("公开", "Public"),
    PARTY("当事人及其代理律师", "Parties and their lawyers"),
    LAWYER("仅代理律师", "The parties' lawyers only"),
    COURT("仅法院", "Court only");

    private final String zh;
    private final String en;

    DocumentVisibility(String zh, String en) {
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
