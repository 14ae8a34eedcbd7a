package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 终本的批准方式 (民诉法解释第五百一十七条). */
public enum ApprovalRoute implements Labelled {
    CREDITOR_SIGNED("申请执行人签字确认", "Creditor's signed confirmation"),
    COLLEGIAL_PANEL_PRESIDENT("合议庭审查核实并经院长批准", "Collegial panel review approved by the president");

    private final String zh;
    private final String en;

    ApprovalRoute(String zh, String en) {
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
