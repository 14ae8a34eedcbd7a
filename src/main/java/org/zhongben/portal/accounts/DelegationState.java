package org.zhongben.portal.accounts;

import org.zhongben.portal.common.i18n.Labelled;

/** Where a lawyer's authorisation for a case stands. Only ACTIVE and not expired gives access. */
public enum DelegationState implements Labelled {
    REQUESTED("待法院审核", "Waiting for the court", "badge--info"),
    ACTIVE("有效", "Active", "badge--pass"),
    REJECTED("已驳回", "Rejected", "badge--fail"),
    REVOKED("已撤销", "Revoked", "badge--na");

    private final String zh;
    private final String en;
    private final String badge;

    DelegationState(String zh, String en, String badge) {
        this.zh = zh;
        this.en = en;
        this.badge = badge;
    }

    public String badge() {
        return badge;
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
