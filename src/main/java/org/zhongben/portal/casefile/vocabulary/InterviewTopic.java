package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 终本约谈中告知申请执行人的事项 (终本规定第五条 [R]). */
public enum InterviewTopic implements Labelled {
    ENFORCEMENT_HISTORY("案件执行情况", "How the case was enforced"),
    MEASURES_TAKEN("已采取的财产调查措施", "Investigation measures taken"),
    DEBTOR_PROPERTY("被执行人的财产情况", "The debtor's property"),
    LEGAL_BASIS("终结本次执行程序的依据", "Legal basis for termination"),
    CONSEQUENCES("终结本次执行程序的法律后果", "Legal consequences of termination");

    private final String zh;
    private final String en;

    InterviewTopic(String zh, String en) {
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
