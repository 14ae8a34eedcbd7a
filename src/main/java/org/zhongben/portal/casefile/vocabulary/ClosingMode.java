package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 结案方式 (执行工作规定 item 64). */
public enum ClosingMode implements Labelled {
    FULLY_ENFORCED("执行完毕", "Fully enforced"),
    ZHONGBEN("终结本次执行程序", "Terminated for now (终本)"),
    TERMINATED("终结执行", "Enforcement terminated"),
    CANCELLED("销案", "Cancelled"),
    NOT_ENFORCED("不予执行", "Enforcement refused"),
    REJECTED("驳回申请", "Application rejected");

    private final String zh;
    private final String en;

    ClosingMode(String zh, String en) {
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
