package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 删除失信信息的原因 (失信规定第十条). */
public enum DishonestDeletionReason implements Labelled {
    PERFORMED("已履行完毕", "Obligation performed"),
    SETTLEMENT_PERFORMED("执行和解协议已履行完毕", "Settlement performed"),
    CREDITOR_REQUEST("申请执行人申请删除", "Deleted at the creditor's request"),
    ZHONGBEN_TWO_EMPTY_QUERIES("终本后两次以上网络查询未发现财产", "Two empty network queries after termination"),
    SUSPENDED_RETRIAL_OR_BANKRUPTCY("因再审或破产中止执行", "Suspended for retrial or bankruptcy"),
    NOT_ENFORCED("不予执行", "Enforcement refused"),
    TERMINATED("终结执行", "Enforcement terminated"),
    TERM_EXPIRED("期限届满", "Term expired"),
    EARLY_DELETION("提前删除", "Deleted early");

    private final String zh;
    private final String en;

    DishonestDeletionReason(String zh, String en) {
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
