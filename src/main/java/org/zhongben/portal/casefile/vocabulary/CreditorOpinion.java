package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 申请执行人对终本的意见. */
public enum CreditorOpinion implements Labelled {
    AGREE("同意", "Agrees"),
    DISAGREE("不同意", "Disagrees"),
    CONDITIONAL("附条件同意", "Agrees with conditions"),
    NO_OPINION("未表示意见", "Gave no opinion");

    private final String zh;
    private final String en;

    CreditorOpinion(String zh, String en) {
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
