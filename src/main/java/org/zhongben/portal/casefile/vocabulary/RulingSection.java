package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 终本裁定书应当载明的内容 (终本规定第六条 [R]). */
public enum RulingSection implements Labelled {
    CLAIM("申请执行的债权情况", "The claim applied for"),
    HISTORY_AND_MEASURES("执行经过及采取的执行措施、强制措施", "Enforcement history and measures"),
    PROPERTY_FOUND("查明的被执行人财产情况", "The debtor's property as established"),
    AMOUNT_REALISED("实现的债权情况", "Amount realised"),
    RIGHTS_AND_DUTIES("申请执行人的权利和被执行人的义务", "Continuing rights and duties");

    private final String zh;
    private final String en;

    RulingSection(String zh, String en) {
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
