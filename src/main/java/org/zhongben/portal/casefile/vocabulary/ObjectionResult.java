package org.zhongben.portal.casefile.vocabulary;

import org.zhongben.portal.common.i18n.Labelled;

/** 执行异议、复议的结果. */
public enum ObjectionResult implements Labelled {
    REJECTED("驳回", "Rejected"),
    REVOKED("撤销", "Revoked"),
    CHANGED("变更", "Changed"),
    UPHELD_NO_ACTION("异议成立但无可撤销内容", "Upheld, nothing to revoke"),
    REMANDED("发回重新审查", "Remanded");

    private final String zh;
    private final String en;

    ObjectionResult(String zh, String en) {
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
