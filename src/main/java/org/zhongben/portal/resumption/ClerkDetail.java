package org.zhongben.portal.resumption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.StoredCaseFile;
import org.zhongben.portal.compliance.CheckResult;
import org.zhongben.portal.compliance.ComplianceReport;
import org.zhongben.portal.compliance.Verdict;
import org.zhongben.portal.investigations.Label;

/**
 * What a clerk sees of one application: the application itself, the case it would resume (ruling, unperformed amount,
 * compliance results) and the case's earlier applications.
 */
public record ClerkDetail(ResumptionView application, String courtName, String rulingNumber, LocalDate ruledOn,
        BigDecimal unperformedAmount, List<String> debtors, Compliance compliance, List<ClerkQueue.Row> earlier,
        List<Label> rejectionReasons, List<Label> verificationResults) {

    /** Whether the application is still with the court, so the clerk can act on it. */
    public boolean open() {
        return ResumptionState.WITH_THE_COURT.contains(ResumptionState.valueOf(application.state().code()));
    }

    /** The case's checklist in brief: counts and the checks not met. */
    public record Compliance(long failed, long passed, long unknown, List<Failed> failedChecks) {
    }

    public record Failed(String code, String title, String explanation) {
    }

    static ClerkDetail of(ResumptionView view, StoredCaseFile stored, ComplianceReport report,
            List<ClerkQueue.Row> earlier, Locale locale) {
        CaseFile file = stored.file();
        List<Failed> failed = report.failed().stream()
                .map((CheckResult result) -> new Failed(result.code().name(), result.code().label(locale),
                        result.explanation().label(locale)))
                .toList();
        List<String> debtors = file.parties().stream()
                .filter(party -> party.role() == org.zhongben.portal.casefile.vocabulary.PartyRole.DEBTOR)
                .map(CaseFile.Party::name).toList();
        return new ClerkDetail(view, file.courtName(), file.ruling() == null ? null : file.ruling().number(),
                file.ruling() == null ? null : file.ruling().ruledOn(), file.unperformedAmount(), debtors,
                new Compliance(report.count(Verdict.FAIL), report.count(Verdict.PASS), report.count(Verdict.UNKNOWN),
                        failed),
                earlier, Label.all(List.of(RejectionReason.values()), locale),
                Label.all(List.of(org.zhongben.portal.casefile.vocabulary.ClueResult.CONFIRMED,
                        org.zhongben.portal.casefile.vocabulary.ClueResult.PARTIALLY_CONFIRMED,
                        org.zhongben.portal.casefile.vocabulary.ClueResult.NOT_CONFIRMED), locale));
    }
}
