package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 解除限制消费的原因. */
public enum RestrictionLiftReason implements Labelled {
    PERFORMED("已履行完毕", "Obligation performed"),
    SECURITY_PROVIDED("提供确实有效的担保", "Real security provided"),
    CREDITOR_CONSENT("申请执行人同意", "Creditor consented"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    RestrictionLiftReason(String zh, String en) {
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
