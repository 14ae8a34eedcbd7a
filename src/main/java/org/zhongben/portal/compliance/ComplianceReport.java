package org.zhongben.portal.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * All check results of one case on one day.
 *
 * @param engineVersion the rules version and settings that produced the results
 * @param recheckOn the first day on which some verdict could change without a new case file, or {@code null}
 */
public record ComplianceReport(String engineVersion, LocalDate evaluatedOn, List<CheckResult> results,
        LocalDate recheckOn) {

    public ComplianceReport {
        results = List.copyOf(results);
    }

    public List<CheckResult> failed() {
        return results.stream().filter(result -> result.verdict() == Verdict.FAIL).toList();
    }

    /** The failed prescribed actions before termination: what an objection against the 终本 ruling can cite. */
    public List<CheckResult> failedBeforeTermination() {
        return failed().stream().filter(result -> result.code().phase() == CheckCode.Phase.PRE_TERMINATION).toList();
    }

    public CheckResult result(CheckCode code) {
        return results.stream().filter(result -> result.code() == code).findFirst().orElseThrow();
    }

    public long count(Verdict verdict) {
        return results.stream().filter(result -> result.verdict() == verdict).count();
    }
}
