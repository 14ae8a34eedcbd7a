package org.zhongben.portal.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.zhongben.portal.common.i18n.Text;

/**
 * Collects what a check found. The verdict is the worst finding: any failure fails the check, else any gap in the
 * data makes it unknown, else any satisfied requirement passes it; a check with no finding at all does not apply.
 */
final class Findings {

    private final CheckCode code;
    private final List<Text> failures = new ArrayList<>();
    private final List<Text> gaps = new ArrayList<>();
    private final List<Text> satisfied = new ArrayList<>();
    /** The records behind each kind of finding: a verdict shows only the evidence of the findings that decided it. */
    private final Set<Evidence> failureEvidence = new LinkedHashSet<>();
    private final Set<Evidence> gapEvidence = new LinkedHashSet<>();
    private final Set<Evidence> satisfiedEvidence = new LinkedHashSet<>();
    private LocalDate changesOn;

    Findings(CheckCode code) {
        this.code = code;
    }

    Findings fail(Text why, Evidence... records) {
        failures.add(why);
        return add(failureEvidence, records);
    }

    Findings unknown(Text why, Evidence... records) {
        gaps.add(why);
        return add(gapEvidence, records);
    }

    Findings pass(Text why, Evidence... records) {
        satisfied.add(why);
        return add(satisfiedEvidence, records);
    }

    /** Records the verdict rests on whichever it turns out to be (the ruling, the listings concerned...). */
    Findings evidence(Evidence... records) {
        add(failureEvidence, records);
        add(gapEvidence, records);
        return add(satisfiedEvidence, records);
    }

    private Findings add(Set<Evidence> evidence, Evidence... records) {
        for (Evidence record : records) {
            if (record != null && record.id() != null) {
                evidence.add(record);
            }
        }
        return this;
    }

    /** The verdict may change on {@code date} (a deadline passes); the earliest such date is kept. */
    Findings changesOn(LocalDate date) {
        if (date != null && (changesOn == null || date.isBefore(changesOn))) {
            changesOn = date;
        }
        return this;
    }

    boolean failed() {
        return !failures.isEmpty();
    }

    CheckResult result(Text notApplicable) {
        if (!failures.isEmpty()) {
            return new CheckResult(code, Verdict.FAIL, Text.join(failures), List.copyOf(failureEvidence), changesOn);
        }
        if (!gaps.isEmpty()) {
            return new CheckResult(code, Verdict.UNKNOWN, Text.join(gaps), List.copyOf(gapEvidence), changesOn);
        }
        if (!satisfied.isEmpty()) {
            return new CheckResult(code, Verdict.PASS, Text.join(satisfied), List.copyOf(satisfiedEvidence), changesOn);
        }
        return new CheckResult(code, Verdict.NOT_APPLICABLE, notApplicable, List.of(), changesOn);
    }

    static CheckResult notApplicable(CheckCode code, Text why) {
        return new CheckResult(code, Verdict.NOT_APPLICABLE, why, List.of(), null);
    }

    static CheckResult notApplicable(CheckCode code, Text why, LocalDate changesOn) {
        return new CheckResult(code, Verdict.NOT_APPLICABLE, why, List.of(), changesOn);
    }
}
