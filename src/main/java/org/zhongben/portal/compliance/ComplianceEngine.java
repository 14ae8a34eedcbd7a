package org.zhongben.portal.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.zhongben.portal.casefile.CaseFile;

/**
 * The rule engine: a case file, what is known about related cases and a reference day in; one result per check of
 * domain.md §10 out. A pure function: no I/O, no clock, the same inputs always give the same report.
 */
public final class ComplianceEngine {

    /**
     * The rules' version. Raise it whenever a check changes meaning; stored results of an older version (or of
     * other settings, see {@link #version(ComplianceSettings)}) are recomputed.
     */
    public static final String RULES_VERSION = "2026.12.3";

    private static final Map<CheckCode, Function<CheckContext, CheckResult>> CHECKS = new EnumMap<>(CheckCode.class);

    static {
        CHECKS.put(CheckCode.C1, PreTerminationChecks::c1);
        CHECKS.put(CheckCode.C2, PreTerminationChecks::c2);
        CHECKS.put(CheckCode.C3, PreTerminationChecks::c3);
        CHECKS.put(CheckCode.C4, PreTerminationChecks::c4);
        CHECKS.put(CheckCode.C5, PreTerminationChecks::c5);
        CHECKS.put(CheckCode.C6, PreTerminationChecks::c6);
        CHECKS.put(CheckCode.C7, PreTerminationChecks::c7);
        CHECKS.put(CheckCode.C8, PreTerminationChecks::c8);
        CHECKS.put(CheckCode.C9, PreTerminationChecks::c9);
        CHECKS.put(CheckCode.C10, PreTerminationChecks::c10);
        CHECKS.put(CheckCode.C11, PreTerminationChecks::c11);
        CHECKS.put(CheckCode.C12, PreTerminationChecks::c12);
        CHECKS.put(CheckCode.C13, PreTerminationChecks::c13);
        CHECKS.put(CheckCode.C14, PreTerminationChecks::c14);
        CHECKS.put(CheckCode.P1, PostTerminationChecks::p1);
        CHECKS.put(CheckCode.P2, PostTerminationChecks::p2);
        CHECKS.put(CheckCode.P3, PostTerminationChecks::p3);
        CHECKS.put(CheckCode.P4, PostTerminationChecks::p4);
        CHECKS.put(CheckCode.P5, PostTerminationChecks::p5);
        CHECKS.put(CheckCode.P6, PostTerminationChecks::p6);
        CHECKS.put(CheckCode.P7, PostTerminationChecks::p7);
        CHECKS.put(CheckCode.P8, PostTerminationChecks::p8);
        CHECKS.put(CheckCode.P9, PostTerminationChecks::p9);
        CHECKS.put(CheckCode.P10, PostTerminationChecks::p10);
        CHECKS.put(CheckCode.P11, PostTerminationChecks::p11);
        CHECKS.put(CheckCode.P12, PostTerminationChecks::p12);
        CHECKS.put(CheckCode.P13, PostTerminationChecks::p13);
        CHECKS.put(CheckCode.P14, PostTerminationChecks::p14);
        CHECKS.put(CheckCode.P15, PostTerminationChecks::p15);
        if (CHECKS.size() != CheckCode.values().length) {
            throw new IllegalStateException("every check code needs its check");
        }
    }

    private ComplianceEngine() {
    }

    /** The version stored with results: the rules' version and the settings they ran with. */
    public static String version(ComplianceSettings settings) {
        return RULES_VERSION + "+" + Integer.toHexString(settings.fingerprint().hashCode());
    }

    public static ComplianceReport evaluate(CaseFile file, Lineage lineage, LocalDate today, ComplianceSettings settings) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(lineage, "lineage");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(settings, "settings");
        CheckContext context = new CheckContext(file, today, settings, lineage);
        List<CheckResult> results = new ArrayList<>(CHECKS.size());
        LocalDate recheckOn = null;
        for (Map.Entry<CheckCode, Function<CheckContext, CheckResult>> check : CHECKS.entrySet()) {
            CheckResult result = check.getValue().apply(context);
            if (result.code() != check.getKey()) {
                throw new IllegalStateException(check.getKey() + " answered for " + result.code());
            }
            results.add(result);
            LocalDate changes = result.changesOn();
            if (changes != null && changes.isAfter(today) && (recheckOn == null || changes.isBefore(recheckOn))) {
                recheckOn = changes;
            }
        }
        return new ComplianceReport(version(settings), today, results, recheckOn);
    }

    /** Evaluates one check only; for tests and for explaining a single verdict. */
    public static CheckResult evaluate(CheckCode code, CaseFile file, Lineage lineage, LocalDate today,
            ComplianceSettings settings) {
        return CHECKS.get(code).apply(new CheckContext(file, today, settings, lineage));
    }
}
