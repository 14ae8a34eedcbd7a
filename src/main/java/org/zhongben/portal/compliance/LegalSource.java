package org.zhongben.portal.compliance;

import org.zhongben.portal.common.i18n.Labelled;

/** The documents the checks rest on (domain.md §0), by their short names. */
public enum LegalSource implements Labelled {
    ZHONGBEN_PROVISIONS("终本规定", "Termination Provisions (终本规定, 2016)"),
    CPL_INTERPRETATION("民诉法解释", "CPL Interpretation (民诉法解释, 2022)"),
    CIVIL_PROCEDURE_LAW("民事诉讼法", "Civil Procedure Law (2023)"),
    PROPERTY_INVESTIGATION("财产调查规定", "Property Investigation Provisions (财产调查规定)"),
    DISHONEST_LIST("失信规定", "Dishonest-Debtor Provisions (失信规定, 2017)"),
    CONSUMPTION_RESTRICTION("限消规定", "Consumption Restriction Provisions (限消规定, 2015)"),
    ENFORCEMENT_PROCEDURE("执行程序解释", "Enforcement Procedure Interpretation (执行程序解释)"),
    OBJECTION_PROVISIONS("异议复议规定", "Objection and Reconsideration Provisions (异议复议规定)"),
    SPC_2021_SUPERVISION("(2021)最高法执监501号", "SPC ruling (2021)最高法执监501号"),
    SPC_2024_GUIDANCE("最高人民法院2024年12月30日指导意见", "SPC guidance of 30 Dec 2024"),
    LOCAL_RULES("地方法院终本规范(如江陵县法院2024年)", "Local court rules on 终本 (e.g. Jiangling 2024)"),
    COURT_PRACTICE("法院端合规核查实务(非官方)", "Court-side compliance practice (unofficial)"),
    PORTAL_SETTING("门户设定", "Portal setting");

    private final String zh;
    private final String en;

    LegalSource(String zh, String en) {
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
