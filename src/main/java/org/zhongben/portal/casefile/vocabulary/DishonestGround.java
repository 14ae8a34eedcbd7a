package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 纳入失信被执行人名单的情形 (失信规定第一条). */
public enum DishonestGround implements Labelled {
    ABLE_BUT_REFUSES("有履行能力而拒不履行", "Able to perform but refuses"),
    OBSTRUCTION("以伪造证据、暴力、威胁等方法妨碍、抗拒执行", "Obstructs or resists enforcement"),
    EVASION_SHAM_OR_HIDING("以虚假诉讼、虚假仲裁或者隐匿、转移财产等方法规避执行", "Evades enforcement by sham proceedings or hiding property"),
    REPORTING_BREACH("违反财产报告制度", "Breaches the property-reporting duty"),
    CONSUMPTION_ORDER_BREACH("违反限制消费令", "Breaches the consumption restriction"),
    SETTLEMENT_REFUSAL("无正当理由拒不履行执行和解协议", "Refuses without reason to perform a settlement");

    private final String zh;
    private final String en;

    DishonestGround(String zh, String en) {
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
