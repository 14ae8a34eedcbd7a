package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 财产线索的来源. */
public enum ClueSource implements Labelled {
    CREDITOR("申请执行人", "Creditor"),
    THIRD_PARTY("第三人", "Third party"),
    REWARD_INFORMANT("悬赏举报人", "Reward informant"),
    DEBTOR_REPORT("被执行人报告", "Debtor's own report");

    private final String zh;
    private final String en;

    ClueSource(String zh, String en) {
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
