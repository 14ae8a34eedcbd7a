package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 财产不能处置的理由 (终本规定第四条 [S]/[R]). */
public enum CannotDisposeReason implements Labelled {
    AUCTION_FAILED_NO_ACCEPTANCE("拍卖、变卖未成交且申请执行人不接受以物抵债", "Auction failed and the creditor declined to take the property"),
    REGISTERED_NOT_SEIZED("已查封登记但未能实际扣押", "Registered but could not be taken into custody"),
    OTHER("其他理由(不属于第四条列明的情形)", "Other reason (not one of the two permitted by Art. 4)");

    private final String zh;
    private final String en;

    CannotDisposeReason(String zh, String en) {
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
