package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 限制消费令所及的人员. */
public enum RestrictedPersonRole implements Labelled {
    DEBTOR("被执行人", "Debtor"),
    LEGAL_REPRESENTATIVE("法定代表人", "Legal representative"),
    PRINCIPAL("主要负责人", "Principal person in charge"),
    DIRECTLY_RESPONSIBLE("影响债务履行的直接责任人员", "Person directly responsible for non-performance"),
    ACTUAL_CONTROLLER("实际控制人", "Actual controller");

    private final String zh;
    private final String en;

    RestrictedPersonRole(String zh, String en) {
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
