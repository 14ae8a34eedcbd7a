package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 执行救济的种类. */
public enum ObjectionKind implements Labelled {
    OBJECTION("执行异议", "Enforcement objection"),
    RECONSIDERATION("执行复议", "Reconsideration"),
    SUPERVISION("执行监督", "Supervision"),
    HIGHER_COURT("申请上级法院执行", "Application to the higher court");

    private final String zh;
    private final String en;

    ObjectionKind(String zh, String en) {
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
