package org.zhongben.portal.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.StoredCaseFile.ChildCase;
import org.zhongben.portal.testsupport.CaseFiles;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The engine as a whole: shape of the report, purity, the recheck date, and the catalogue of checks. */
class ComplianceEngineTest {

    private static final ComplianceSettings SETTINGS = ComplianceSettings.defaults();
    private static final LocalDate TODAY = CaseFiles.COMPLIANT_TODAY;

    /** Checks whose verdict can change with the reference day alone (a deadline passes). */
    private static final Set<CheckCode> DATE_DEPENDENT = EnumSet.of(CheckCode.P1, CheckCode.P2, CheckCode.P3,
            CheckCode.P4, CheckCode.P5, CheckCode.P7, CheckCode.P8, CheckCode.P9, CheckCode.P10, CheckCode.P12,
            CheckCode.P13, CheckCode.P15);

    private static ComplianceReport evaluate(CaseFile file, LocalDate today) {
        return ComplianceEngine.evaluate(file, Lineage.NONE, today, SETTINGS);
    }

    /** Every row of the two check tables, as whole files: a varied sample of compliant and broken cases. */
    static Stream<CheckCase> everyTableRow() {
        return Stream.concat(PreTerminationChecksTest.cases(), PostTerminationChecksTest.cases());
    }

    // ---------------------------------------------------------------- shape

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTableRow")
    void one_result_per_check_in_order_each_equal_to_the_single_check(CheckCase row) {
        CaseFile file = row.file();
        ComplianceReport report = ComplianceEngine.evaluate(file, row.lineage(), row.today(), SETTINGS);
        assertThat(report.results()).extracting(CheckResult::code).containsExactly(CheckCode.values());
        assertThat(report.evaluatedOn()).isEqualTo(row.today());
        assertThat(report.engineVersion()).isEqualTo(ComplianceEngine.version(SETTINGS))
                .startsWith(ComplianceEngine.RULES_VERSION + "+");
        for (CheckResult result : report.results()) {
            assertThat(ComplianceEngine.evaluate(result.code(), file, row.lineage(), row.today(), SETTINGS))
                    .isEqualTo(result);
            assertThat(result.explanation().zh()).as(result.code().name()).isNotBlank();
            assertThat(result.explanation().en()).as(result.code().name()).isNotBlank();
            assertThat(result.evidence()).as(result.code().name()).doesNotContainNull()
                    .allSatisfy(evidence -> assertThat(evidence.id()).isNotBlank()).doesNotHaveDuplicates();
            if (result.verdict() == Verdict.NOT_APPLICABLE) {
                assertThat(result.evidence()).as("%s does not apply, so relies on nothing", result.code()).isEmpty();
            }
        }
        assertThat(report.count(Verdict.PASS) + report.count(Verdict.FAIL) + report.count(Verdict.UNKNOWN)
                + report.count(Verdict.NOT_APPLICABLE)).isEqualTo(CheckCode.values().length);
    }

    @Test
    void the_compliant_case_fails_nothing_and_leaves_nothing_unknown() {
        ComplianceReport report = evaluate(CaseFiles.read(CaseFiles.compliant()), TODAY);
        assertThat(report.failed()).isEmpty();
        assertThat(report.count(Verdict.UNKNOWN)).isZero();
        // the next thing that can change: inquiry 3 (due 2025-02-15) becomes overdue after the 30 days' grace
        assertThat(report.recheckOn()).isEqualTo(LocalDate.of(2025, 3, 18));
    }

    @Test
    void a_sparse_file_gets_an_answer_for_every_check() {
        CaseFile sparse = CaseFiles.read(CaseFiles.JSON.createObjectNode().put("closingMode", "ZHONGBEN"));
        ComplianceReport report = evaluate(sparse, TODAY);
        assertThat(report.results()).extracting(CheckResult::code).containsExactly(CheckCode.values());
        // terminated, but nothing is known: the prescribed actions cannot be judged, nor can the inquiries be dated
        assertThat(report.results()).filteredOn(result -> result.code().phase() == CheckCode.Phase.PRE_TERMINATION)
                .extracting(CheckResult::verdict).containsOnly(Verdict.UNKNOWN);
        assertThat(report.failed()).isEmpty();
    }

    @Test
    void the_arguments_are_required() {
        CaseFile file = CaseFiles.read(CaseFiles.compliant());
        assertThatThrownBy(() -> ComplianceEngine.evaluate(null, Lineage.NONE, TODAY, SETTINGS))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ComplianceEngine.evaluate(file, null, TODAY, SETTINGS))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ComplianceEngine.evaluate(file, Lineage.NONE, null, SETTINGS))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ComplianceEngine.evaluate(file, Lineage.NONE, TODAY, null))
                .isInstanceOf(NullPointerException.class);
    }

    // ---------------------------------------------------------------- purity

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTableRow")
    void the_same_input_gives_an_equal_report(CheckCase row) {
        ComplianceReport first = ComplianceEngine.evaluate(row.file(), row.lineage(), row.today(), SETTINGS);
        ComplianceReport again = ComplianceEngine.evaluate(row.file(), row.lineage(), row.today(), SETTINGS);
        assertThat(again).isEqualTo(first);
        assertThat(again.results()).containsExactlyElementsOf(first.results());
    }

    /**
     * The engine reads no clock: the prescribed actions are judged as of the ruling, so a reference day years later
     * (or long before today's real date) changes none of them; only checks with a deadline may change.
     */
    @Test
    void only_date_dependent_checks_change_with_the_reference_day() {
        CaseFile file = CaseFiles.read(CaseFiles.compliant());
        ComplianceReport now = evaluate(file, TODAY);
        for (LocalDate other : List.of(LocalDate.of(2023, 8, 15), LocalDate.of(2025, 3, 18), LocalDate.of(2027, 2, 10),
                LocalDate.of(2031, 1, 1), LocalDate.of(2099, 12, 31))) {
            ComplianceReport then = evaluate(file, other);
            List<CheckCode> changed = new ArrayList<>();
            for (CheckCode code : CheckCode.values()) {
                if (!now.result(code).equals(then.result(code))) {
                    changed.add(code);
                }
            }
            assertThat(changed).as("changed between %s and %s", TODAY, other).isSubsetOf(DATE_DEPENDENT);
        }
        ComplianceReport later = evaluate(file, LocalDate.of(2031, 1, 1));
        // inquiries 3..10 missed, the window is over, the vehicle seizure lapsed
        assertThat(later.result(CheckCode.P2).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(later.result(CheckCode.P3).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(later.result(CheckCode.P4).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(now.result(CheckCode.P2).verdict()).isEqualTo(Verdict.PASS);
        assertThat(now.result(CheckCode.P3).verdict()).isEqualTo(Verdict.PASS);
        assertThat(now.result(CheckCode.P4).verdict()).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTableRow")
    void pre_termination_results_do_not_depend_on_the_reference_day(CheckCase row) {
        if (row.code().phase() != CheckCode.Phase.PRE_TERMINATION) {
            return;
        }
        CaseFile file = row.file();
        ComplianceReport early = ComplianceEngine.evaluate(file, row.lineage(), LocalDate.of(2016, 1, 1), SETTINGS);
        ComplianceReport late = ComplianceEngine.evaluate(file, row.lineage(), LocalDate.of(2040, 1, 1), SETTINGS);
        for (CheckCode code : CheckCode.values()) {
            if (code.phase() == CheckCode.Phase.PRE_TERMINATION) {
                assertThat(late.result(code)).isEqualTo(early.result(code));
                assertThat(early.result(code).changesOn()).as(code.name()).isNull();
            }
        }
    }

    // ---------------------------------------------------------------- recheckOn

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTableRow")
    void recheck_on_is_the_earliest_future_changes_on(CheckCase row) {
        ComplianceReport report = ComplianceEngine.evaluate(row.file(), row.lineage(), row.today(), SETTINGS);
        LocalDate earliest = report.results().stream().map(CheckResult::changesOn).filter(Objects::nonNull)
                .filter(date -> date.isAfter(row.today())).min(LocalDate::compareTo).orElse(null);
        assertThat(report.recheckOn()).isEqualTo(earliest);
        if (report.recheckOn() != null) {
            assertThat(report.recheckOn()).isAfter(row.today());
        }
    }

    private static Named<CaseFile> file(String name, CheckCase edits) {
        return Named.of(name, edits.file());
    }

    private static CheckCase compliant() {
        return CheckCase.of(CheckCode.C1, Verdict.PASS, "moving");
    }

    /** Files whose verdicts move with the calendar: open deadlines of every kind. */
    static Stream<Named<CaseFile>> moving() {
        return Stream.of(
                file("the compliant case", compliant()),
                file("no follow-up inquiry ever made, listing kept", compliant().clear("followUps")
                        .remove("listings[0].deletedOn")),
                file("not entered, inquiry 2 unreported, urgent clue pending", compliant().remove("databaseEntry")
                        .remove("followUps[1].creditorNotifiedOn")
                        .edit(node -> CaseFiles.add(node, "clues").put("id", "CL2").put("source", "CREDITOR")
                                .put("submittedOn", "2024-03-01").put("urgent", true).put("result", "PENDING"))),
                file("listing not deleted, correction and objection pending", compliant()
                        .remove("listings[0].deletedOn").remove("remedies[0].decidedOn")
                        .edit(node -> CaseFiles.add(node, "databaseEntry.corrections").put("requestedOn", "2023-09-01")
                                .put("decidedOn", "2023-09-10").put("errorConfirmed", true))),
                file("property found, enterprise transferred to bankruptcy review", compliant()
                        .set("followUps[0].result", "PROPERTY_FOUND").set("parties[1].kind", "LEGAL_PERSON")
                        .edit(node -> node.putObject("bankruptcyTransfer").put("consentBy", "DEBTOR")
                                .put("transferredOn", "2023-10-01"))),
                file("paid off in 2025, never shielded", compliant().set("unperformedAmount", 0)
                        .edit(node -> CaseFiles.add(node, "payments").put("id", "PAY2").put("paidOn", "2025-05-05")
                                .put("amount", 1200000))),
                file("an open case with a seized vehicle", compliant().notTerminated()
                        .set("assets[1].status", "CONTROLLED")),
                file("an open case with nothing left to enforce", compliant().notTerminated()));
    }

    /**
     * The stored result is recomputed on {@code recheckOn}; so on every day on which some verdict changes, the report
     * of the day before must have asked to be rechecked by then. Walks every day from before the ruling to after the
     * follow-up window.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("moving")
    void no_verdict_changes_before_the_recheck_day(CaseFile file) {
        ComplianceReport previous = evaluate(file, LocalDate.of(2023, 1, 1));
        for (LocalDate day = LocalDate.of(2023, 1, 2); day.isBefore(LocalDate.of(2029, 6, 1)); day = day.plusDays(1)) {
            ComplianceReport report = evaluate(file, day);
            for (CheckCode code : CheckCode.values()) {
                if (report.result(code).verdict() != previous.result(code).verdict()) {
                    assertThat(previous.recheckOn()).as("%s went from %s to %s on %s", code,
                            previous.result(code).verdict(), report.result(code).verdict(), day)
                            .isNotNull().isBeforeOrEqualTo(day);
                }
            }
            previous = report;
        }
    }

    // ---------------------------------------------------------------- the catalogue

    @ParameterizedTest
    @EnumSource(CheckCode.class)
    void every_check_names_its_bases_and_a_remedy_in_both_languages(CheckCode code) {
        assertThat(code.zh()).isNotBlank();
        assertThat(code.en()).isNotBlank();
        assertThat(code.bases()).isNotEmpty().allSatisfy(basis -> {
            assertThat(basis.source()).isNotNull();
            assertThat(basis.confidence()).isNotNull();
            assertThat(basis.zh()).isNotBlank().contains(basis.source().zh()).endsWith("[" + basis.confidence().tag() + "]");
            assertThat(basis.en()).isNotBlank().contains(basis.source().en()).endsWith("[" + basis.confidence().tag() + "]");
        });
        assertThat(code.remedy()).isNotNull();
        assertThat(code.remedy().zh()).isNotBlank();
        assertThat(code.remedy().en()).isNotBlank();
        assertThat(code.phase()).isEqualTo(code.name().startsWith("C") ? CheckCode.Phase.PRE_TERMINATION
                : CheckCode.Phase.POST_TERMINATION);
        // a verdict is only as sure as its least certain basis
        assertThat(code.confidence()).isEqualTo(code.bases().stream().map(Basis::confidence)
                .max(Enum::compareTo).orElseThrow());
    }

    @Test
    void fourteen_checks_before_and_fifteen_after_termination() {
        assertThat(Arrays.stream(CheckCode.values()).filter(code -> code.phase() == CheckCode.Phase.PRE_TERMINATION))
                .hasSize(14);
        assertThat(Arrays.stream(CheckCode.values()).filter(code -> code.phase() == CheckCode.Phase.POST_TERMINATION))
                .hasSize(15);
    }

    // ---------------------------------------------------------------- pre-termination failures need a termination

    /**
     * A prescribed action before termination can only be missed by a case that was terminated: whatever else is
     * wrong with a file, once it has no ruling and no 终本 closing, C1–C14 do not apply.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTableRow")
    void a_pre_termination_check_fails_only_a_terminated_case(CheckCase row) {
        ComplianceReport report = ComplianceEngine.evaluate(row.file(), row.lineage(), row.today(), SETTINGS);
        boolean terminated = CheckContext.terminatedByZhongben(row.file());
        for (CheckResult result : report.failedBeforeTermination()) {
            assertThat(terminated).as("%s failed on a file that was not terminated", result.code()).isTrue();
        }
        ObjectNode open = row.node();
        CaseFiles.without(open, "ruling");
        CaseFiles.without(open, "closingMode");
        CaseFiles.without(open, "closedOn");
        ComplianceReport reopened = ComplianceEngine.evaluate(CaseFiles.read(open), row.lineage(), row.today(),
                SETTINGS);
        assertThat(reopened.failedBeforeTermination()).isEmpty();
        assertThat(reopened.results()).filteredOn(result -> result.code().phase() == CheckCode.Phase.PRE_TERMINATION)
                .extracting(CheckResult::verdict).containsOnly(Verdict.NOT_APPLICABLE);
    }

    @Test
    void a_case_closed_another_way_has_no_pre_termination_verdicts() {
        ObjectNode file = CaseFiles.compliant();
        CaseFiles.without(file, "ruling");
        CaseFiles.with(file, "closingMode", "FULLY_ENFORCED");
        CaseFiles.with(file, "closedOn", "2023-08-15");
        CaseFiles.with(file, "docketedOn", "2023-08-01"); // C1 would fail a termination this early
        ComplianceReport report = evaluate(CaseFiles.read(file), TODAY);
        assertThat(report.results()).filteredOn(result -> result.code().phase() == CheckCode.Phase.PRE_TERMINATION)
                .extracting(CheckResult::verdict).containsOnly(Verdict.NOT_APPLICABLE);
    }

    @Test
    void lineage_feeds_p10_and_p11_only() {
        CaseFile file = CaseFiles.read(CaseFiles.compliant());
        Lineage resumed = new Lineage(List.of(new ChildCase(3L, "(2024)京0105执恢7号",
                org.zhongben.portal.casefile.vocabulary.ClosingMode.ZHONGBEN, LocalDate.of(2024, 3, 1))), 1);
        ComplianceReport alone = ComplianceEngine.evaluate(file, Lineage.NONE, TODAY, SETTINGS);
        ComplianceReport chained = ComplianceEngine.evaluate(file, resumed, TODAY, SETTINGS);
        for (CheckCode code : CheckCode.values()) {
            if (code != CheckCode.P10 && code != CheckCode.P11) {
                assertThat(chained.result(code)).as(code.name()).isEqualTo(alone.result(code));
            }
        }
        assertThat(chained.result(CheckCode.P11).verdict()).isEqualTo(Verdict.FAIL);
        assertThat(chained.result(CheckCode.P11).explanation().en()).contains("3 times");
    }
}
