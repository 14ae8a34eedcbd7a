package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 网络查控中一类财产的反馈状态. */
public enum QueryReplyStatus implements Labelled {
    ANSWERED("已反馈", "Answered"),
    PENDING("未反馈", "No reply yet"),
    NOT_SUPPORTED("不支持查询", "Not available"),
    FAILED("查询失败", "Query failed");

    private final String zh;
    private final String en;

    QueryReplyStatus(String zh, String en) {
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
