package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 网络查询的目的. */
public enum QueryPurpose implements Labelled {
    PRE_TERMINATION("终本前财产调查", "Investigation before termination"),
    FOLLOW_UP("终本后定期查询", "Follow-up inquiry after termination"),
    RESUMPTION_CHECK("恢复执行核查", "Check of a resumption application"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    QueryPurpose(String zh, String en) {
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
