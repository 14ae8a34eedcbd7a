package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 执行依据 (生效法律文书) 的种类. */
public enum BasisType implements Labelled {
    JUDGMENT("民事判决书", "Judgment"),
    MEDIATION("民事调解书", "Mediation agreement"),
    RULING("民事裁定书", "Ruling"),
    ARBITRAL_AWARD("仲裁裁决书", "Arbitral award"),
    NOTARISED_DEBT("公证债权文书", "Notarised debt instrument"),
    PAYMENT_ORDER("支付令", "Payment order"),
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    BasisType(String zh, String en) {
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
