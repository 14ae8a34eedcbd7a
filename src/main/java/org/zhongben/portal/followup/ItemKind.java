package org.zhongben.portal.followup;

import org.zhongben.portal.common.i18n.Labelled;
import org.zhongben.portal.investigations.Citation;

/** What a tracked deadline is about, whose duty it is, and the rule that sets it. */
public enum ItemKind implements Labelled {
    FOLLOW_UP_INQUIRY("终本后定期查询", "Follow-up inquiry after 终本", Duty.COURT, Citation.FOLLOW_UP),
    CONTROL_EXPIRY("查封、冻结、扣押到期", "Freeze or seizure expiry", Duty.CREDITOR, Citation.CONTROL_TERM),
    CLUE_VERIFICATION("财产线索核查", "Verification of a property clue", Duty.COURT, Citation.CLUE_VERIFICATION),
    MEASURE_DECISION("审计、悬赏申请审查", "Decision on an audit or reward application", Duty.COURT,
            Citation.MEASURE_DECISION),
    DATABASE_ENTRY("录入终本案件信息库", "Entry into the 终本 case database", Duty.COURT, Citation.DATABASE_ENTRY),
    OBJECTION_DECISION("执行异议审查", "Decision on an enforcement objection", Duty.COURT, Citation.OBJECTION_DECISION),
    RECONSIDERATION_FILING("申请复议期限", "Time to apply for reconsideration", Duty.CREDITOR,
            Citation.RECONSIDERATION_FILING),
    RECONSIDERATION_DECISION("复议审查", "Decision on a reconsideration", Duty.COURT,
            Citation.RECONSIDERATION_DECISION),
    DISHONEST_DELETION("失信名单删除", "Deletion from the dishonest-debtor list", Duty.COURT,
            Citation.DISHONEST_DELETION),
    BANKRUPTCY_DECISION("破产审查受理决定", "Decision on the bankruptcy transfer", Duty.COURT,
            Citation.BANKRUPTCY_DECISION),
    /** a resumption application filed through the portal (not part of the court's case file) */
    RESUMPTION_VERIFICATION("恢复执行申请的线索核查", "Verification of a resumption application", Duty.COURT,
            Citation.CLUE_VERIFICATION);

    /** Who has to act before the date: the court, or the creditor (who loses something by missing it). */
    public enum Duty implements Labelled {
        COURT("法院", "The court"),
        CREDITOR("您(申请执行人)", "You (the creditor)");

        private final String zh;
        private final String en;

        Duty(String zh, String en) {
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

    private final String zh;
    private final String en;
    private final Duty duty;
    private final Citation basis;

    ItemKind(String zh, String en, Duty duty, Citation basis) {
        this.zh = zh;
        this.en = en;
        this.duty = duty;
        this.basis = basis;
    }

    public Duty duty() {
        return duty;
    }

    public Citation basis() {
        return basis;
    }

    /** Whether the tracker derives it from the case file (the rest are scheduled by other features). */
    public boolean fromCaseFile() {
        return this != RESUMPTION_VERIFICATION;
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
