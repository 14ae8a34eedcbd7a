package org.zhongben.portal.casefile;

import org.zhongben.portal.common.i18n.Labelled;

/** Court level, read off the court code: 最高法; a province character alone; plus two digits; plus four digits. */
public enum CourtLevel implements Labelled {
    SUPREME("最高人民法院", "Supreme People's Court"),
    HIGH("高级人民法院", "High court"),
    INTERMEDIATE("中级人民法院", "Intermediate court"),
    BASIC("基层人民法院", "Basic court");

    private final String zh;
    private final String en;

    CourtLevel(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public static CourtLevel of(String courtCode) {
        if ("最高法".equals(courtCode)) {
            return SUPREME;
        }
        return switch (courtCode.length()) {
            case 1 -> HIGH;
            case 3 -> INTERMEDIATE;
            default -> BASIC;
        };
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
