package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 当事人身份. */
public enum PartyRole implements Labelled {
    CREDITOR("申请执行人", "Creditor (applicant)"),
    DEBTOR("被执行人", "Debtor"),
    INTERESTED_PARTY("利害关系人", "Interested party"),
    THIRD_PARTY("案外人", "Third party");

    private final String zh;
    private final String en;

    PartyRole(String zh, String en) {
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
