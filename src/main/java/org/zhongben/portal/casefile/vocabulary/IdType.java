package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 证件类型. */
public enum IdType implements Labelled {
    RESIDENT_ID("居民身份证", "Resident identity card"),
    USCC("统一社会信用代码", "Unified social credit code"),
    PASSPORT("护照", "Passport"),
    HK_MACAO_PERMIT("港澳居民来往内地通行证", "Mainland travel permit (Hong Kong, Macao)"),
    TAIWAN_PERMIT("台湾居民来往大陆通行证", "Mainland travel permit (Taiwan)"),
    FOREIGN_PERMANENT("外国人永久居留身份证", "Foreign permanent residence ID"),
    OTHER("其他证件", "Other document");

    private final String zh;
    private final String en;

    IdType(String zh, String en) {
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
