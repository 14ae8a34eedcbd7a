package org.zhongben.portal.resumption;

import org.zhongben.portal.common.i18n.Labelled;

/** Why the court would not resume: the reasons a clerk picks from, with a free-text explanation beside. */
public enum RejectionReason implements Labelled {
    CLUE_NOT_CONFIRMED("经核查,财产线索不属实", "The clues were checked and not confirmed"),
    NOT_THE_DEBTORS("财产不属于被执行人", "The property does not belong to the debtor"),
    NOT_DISPOSABLE("财产仍然无法处置", "The property still cannot be disposed of"),
    ALREADY_KNOWN("财产在终本前已经查明并处理", "The property was already found and dealt with before termination"),
    MATERIALS_NOT_PROVIDED("未按要求补充材料", "The requested materials were not provided"),
    CASE_NOT_TERMINATED("本案不是终本案件", "The case was not terminated by 终本"),
    OTHER("其他理由", "Another reason");

    private final String zh;
    private final String en;

    RejectionReason(String zh, String en) {
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
