package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 终本约谈的方式. */
public enum InterviewMode implements Labelled {
    IN_PERSON("当面", "In person"),
    PHONE("电话", "By phone"),
    VIDEO("视频", "By video"),
    WRITTEN("书面", "In writing");

    private final String zh;
    private final String en;

    InterviewMode(String zh, String en) {
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
