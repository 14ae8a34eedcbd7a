package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 执转破中作出同意的一方. */
public enum BankruptcyConsentBy implements Labelled {
    CREDITOR("申请执行人", "Creditor"),
    DEBTOR("被执行人", "Debtor");

    private final String zh;
    private final String en;

    BankruptcyConsentBy(String zh, String en) {
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
