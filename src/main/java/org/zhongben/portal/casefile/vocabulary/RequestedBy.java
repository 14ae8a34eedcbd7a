package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 措施由谁启动. */
public enum RequestedBy implements Labelled {
    COURT("法院依职权", "The court, ex officio"),
    CREDITOR("申请执行人申请", "On the creditor's application");

    private final String zh;
    private final String en;

    RequestedBy(String zh, String en) {
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
