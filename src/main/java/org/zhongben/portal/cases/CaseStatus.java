package org.zhongben.portal.cases;

import java.time.LocalDate;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.StoredCaseFile;
import org.zhongben.portal.casefile.vocabulary.BankruptcyOutcome;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.common.i18n.Labelled;

/** Where a case stands, in plain language (domain.md §9.2 case_status). */
public enum CaseStatus implements Labelled {
    IN_ENFORCEMENT("执行中", "Being enforced",
            "法院正在执行本案:调查财产、采取控制措施或处置财产。",
            "The court is enforcing the case: investigating property, seizing or freezing it, or selling it."),
    SUSPENDED("中止执行", "Suspended",
            "执行暂时中止(不是结案),中止的原因消除后会继续执行。",
            "Enforcement is on hold (the case is not closed); it continues when the reason for the hold ends."),
    CLOSED_ZHONGBEN("终本结案,处于跟踪期", "Terminated for now (终本), follow-up period",
            "法院以“终结本次执行程序”结案:本次执行没有找到可供执行的财产,或找到的财产暂时无法处置(具体理由见下文)。债权依然存在,您随时可以申请恢复执行。终本后五年内,法院应每六个月通过网络查控系统查询一次被执行人财产并告知您结果。",
            "The court closed the case by terminating the current procedure (终本): it found no enforceable property, "
                    + "or found property it cannot sell for now (the reasons are below). Your claim remains; you may apply to resume at any time. For five years the court must "
                    + "query the debtor's property every six months and tell you the result."),
    CLOSED_ZHONGBEN_FOLLOWUP_ENDED("终本结案,跟踪期已满", "Terminated for now (终本), follow-up period over",
            "终本后的五年跟踪期已经结束,法院不再需要每六个月查询。您的债权仍然存在,发现财产后仍可随时申请恢复执行,不受申请执行时效限制。",
            "The five-year follow-up period after termination has ended, so the court no longer queries every six "
                    + "months. Your claim remains and you may still apply to resume at any time, without a time limit."),
    RESUMED("已恢复执行", "Resumed",
            "本案已恢复执行,立了新的执恢案件;请查看新案件的进展。",
            "Enforcement has resumed under a new 执恢 case; see that case for progress."),
    TRANSFERRED_TO_BANKRUPTCY("已移送破产审查", "Transferred to bankruptcy review",
            "案件已移送有管辖权的法院进行破产审查(执转破)。",
            "The case was transferred to the competent court for bankruptcy review (执转破)."),
    CLOSED_FINAL("已结案", "Closed",
            "案件已经结案(例如已全部履行或终结执行),不会再恢复执行。",
            "The case is closed for good (for example paid in full, or enforcement terminated) and will not resume.");

    /** Follow-up inquiries are owed for five years after the termination ruling (终本规定 Art. 9 [C]). */
    public static final int FOLLOW_UP_YEARS = 5;

    private final String zh;
    private final String en;
    private final String explanationZh;
    private final String explanationEn;

    CaseStatus(String zh, String en, String explanationZh, String explanationEn) {
        this.zh = zh;
        this.en = en;
        this.explanationZh = explanationZh;
        this.explanationEn = explanationEn;
    }

    public String explanation(java.util.Locale locale) {
        return org.zhongben.portal.common.i18n.Languages.isEnglish(locale) ? explanationEn : explanationZh;
    }

    /** The status of a stored case file on {@code today}. */
    public static CaseStatus of(StoredCaseFile stored, LocalDate today) {
        CaseFile file = stored.file();
        if (!stored.childCases().isEmpty()) {
            return RESUMED;
        }
        if (file.bankruptcyTransfer() != null && file.bankruptcyTransfer().outcome() == BankruptcyOutcome.ACCEPTED) {
            return TRANSFERRED_TO_BANKRUPTCY;
        }
        boolean paid = file.unperformedAmount() != null && file.unperformedAmount().signum() <= 0;
        if (file.closingMode() == ClosingMode.ZHONGBEN && paid) {
            return CLOSED_FINAL; // paid in full after 终本: nothing is left to resume
        }
        if (file.closingMode() == ClosingMode.ZHONGBEN) {
            LocalDate ruled = file.ruling() != null ? file.ruling().ruledOn() : file.closedOn();
            return ruled.plusYears(FOLLOW_UP_YEARS).isBefore(today) ? CLOSED_ZHONGBEN_FOLLOWUP_ENDED : CLOSED_ZHONGBEN;
        }
        if (file.closingMode() != null) {
            return CLOSED_FINAL;
        }
        boolean suspended = file.suspensions().stream()
                .anyMatch(period -> !period.from().isAfter(today) && (period.to() == null || period.to().isAfter(today)));
        return suspended ? SUSPENDED : IN_ENFORCEMENT;
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
