package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 被执行人报告财产的结果. */
public enum ReportOutcome implements Labelled {
    TRUTHFUL("如实报告", "Reported truthfully"),
    LATE("逾期报告", "Reported late"),
    REFUSED("拒绝报告", "Refused to report"),
    FALSE("虚假报告", "Reported falsely"),
    NOT_YET("尚未报告", "Not yet reported");

    private final String zh;
    private final String en;

    ReportOutcome(String zh, String en) {
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
