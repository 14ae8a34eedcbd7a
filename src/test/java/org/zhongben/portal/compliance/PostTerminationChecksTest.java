package org.zhongben.portal.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongben.portal.compliance.CheckCase.en;
import static org.zhongben.portal.compliance.CheckCase.of;
import static org.zhongben.portal.compliance.CheckCase.zh;
import static org.zhongben.portal.compliance.Verdict.FAIL;
import static org.zhongben.portal.compliance.Verdict.NOT_APPLICABLE;
import static org.zhongben.portal.compliance.Verdict.PASS;
import static org.zhongben.portal.compliance.Verdict.UNKNOWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhongben.portal.casefile.StoredCaseFile.ChildCase;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.testsupport.CaseFiles;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * P1–P15 (domain.md §10.2), one table: each row starts from the compliant 终本 case of {@link CaseFiles#compliant()}
 * (ruled 2023-08-15, served 2023-08-18, entered into the database 2023-08-22, follow-up inquiries 1 and 2 done on
 * 2024-02-10 and 2024-08-20 and both reported to the creditor, listing L1 deleted after them, vehicle seizure C1 in
 * force until 2027-02-09, objection RM1 decided in time), looked at on 2024-09-01 unless a row says otherwise.
 */
class PostTerminationChecksTest {

    static final String RULING = "D1";
    static final String CHILD = "(2024)京0105执恢12号";

    /** Verdicts a check cannot give, and why. Every other verdict has a row below. */
    static final Map<CheckCode, Map<Verdict, String>> IMPOSSIBLE = Map.of(
            CheckCode.P3, Map.of(FAIL, "P3 only tells the creditor how long the court must keep querying; whether it "
                    + "did is P2's question"),
            CheckCode.P4, Map.of(UNKNOWN, "a freeze or seizure without an expiry date is not tracked at all (intake "
                    + "requires the date); every tracked one has an expiry to measure"),
            CheckCode.P5, Map.of(UNKNOWN, "the listing's decision date is required at intake, inquiries without a "
                    + "performance date are not counted, and a file without a ruling date is answered 'does not "
                    + "apply'"),
            CheckCode.P6, Map.of(UNKNOWN, "a restriction lifted without a recorded reason counts as lifted without a "
                    + "lawful reason, which fails"),
            CheckCode.P8, Map.of(UNKNOWN, "a request without a decision date is still under examination; no rule sets "
                    + "a time for the decision itself"),
            CheckCode.P10, Map.of(UNKNOWN, "an inquiry is only counted once it has a performance date, from which the "
                    + "waiting time runs"),
            CheckCode.P11, Map.of(UNKNOWN, "the lineage always gives a count of earlier terminations"),
            CheckCode.P12, Map.of(UNKNOWN, "filing dates are required at intake; a missing docketing or decision "
                    + "date is a step not taken yet, judged against the deadline"),
            CheckCode.P15, Map.of(UNKNOWN, "the 30 days run from the transfer date; an undated transfer is not "
                    + "tracked and the check only shows the option"));

    static Stream<CheckCase> cases() {
        List<CheckCase> cases = new ArrayList<>();
        cases.addAll(p1());
        cases.addAll(p2());
        cases.addAll(p3());
        cases.addAll(p4());
        cases.addAll(p5());
        cases.addAll(p6());
        cases.addAll(p7());
        cases.addAll(p8());
        cases.addAll(p9());
        cases.addAll(p10());
        cases.addAll(p11());
        cases.addAll(p12());
        cases.addAll(p13());
        cases.addAll(p14());
        cases.addAll(p15());
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdict_explanation_and_evidence(CheckCase check) {
        check.verify();
    }

    @Test
    void every_check_has_a_case_for_each_verdict_it_can_give() {
        Map<CheckCode, Set<Verdict>> covered = cases().collect(Collectors.groupingBy(CheckCase::code,
                Collectors.mapping(CheckCase::verdict, Collectors.toCollection(() -> EnumSet.noneOf(Verdict.class)))));
        for (CheckCode code : CheckCode.values()) {
            if (code.phase() == CheckCode.Phase.POST_TERMINATION) {
                Set<Verdict> possible = EnumSet.allOf(Verdict.class);
                possible.removeAll(IMPOSSIBLE.getOrDefault(code, Map.of()).keySet());
                assertThat(covered.get(code)).as(code.name()).containsExactlyInAnyOrderElementsOf(possible);
            }
        }
    }

    // ---------------------------------------------------------------- P1 database entry

    static List<CheckCase> p1() {
        return List.of(
                of(CheckCode.P1, PASS, "entered four days after service")
                        .says("已于" + zh("2023-08-22") + "录入终本案件信息库", "Entered into the 终本 database on "
                                + en("2023-08-22"))
                        .evidence(EvidenceKind.DOCUMENT, RULING),
                of(CheckCode.P1, PASS, "entered on day 7").set("databaseEntry.enteredOn", "2023-08-25")
                        .says("已于" + zh("2023-08-25") + "录入", "database on " + en("2023-08-25"))
                        .evidence(EvidenceKind.DOCUMENT, RULING),
                of(CheckCode.P1, FAIL, "entered on day 8").set("databaseEntry.enteredOn", "2023-08-26")
                        .says("裁定于" + zh("2023-08-18") + "送达," + zh("2023-08-26") + "才录入终本案件信息库,超过7日",
                                "only on " + en("2023-08-26") + ", more than 7 days later")
                        .evidence(EvidenceKind.DOCUMENT, RULING),
                of(CheckCode.P1, FAIL, "still not entered after the seventh day").remove("databaseEntry")
                        .on("2023-08-26")
                        .says("至今没有录入终本案件信息库(应在" + zh("2023-08-25") + "前)", "due by " + en("2023-08-25"))
                        .evidence(EvidenceKind.DOCUMENT, RULING),
                of(CheckCode.P1, NOT_APPLICABLE, "not entered yet, still in time").remove("databaseEntry")
                        .on("2023-08-25")
                        .says("应在" + zh("2023-08-25") + "前录入终本案件信息库", "is due to be entered into the database by "
                                + en("2023-08-25"))
                        .changesOn("2023-08-26"),
                of(CheckCode.P1, NOT_APPLICABLE, "the case was not terminated").notTerminated()
                        .says("没有以终结本次执行程序结案", "not closed by 终本"),
                of(CheckCode.P1, UNKNOWN, "the service date is not recorded").remove("ruling.servedOn")
                        .says("没有记载终本裁定的送达日期", "does not say when the ruling was served")
                        .evidence(EvidenceKind.DOCUMENT, RULING));
    }

    // ---------------------------------------------------------------- P2 the ten follow-up inquiries

    static List<CheckCase> p2() {
        return List.of(
                of(CheckCode.P2, PASS, "inquiries 1 and 2 done and reported")
                        .zhSays("第1次定期查询已于" + zh("2024-02-10") + "进行", "第2次定期查询已于" + zh("2024-08-20") + "进行")
                        .enSays("Follow-up inquiry 1 was made on " + en("2024-02-10"),
                                "Follow-up inquiry 2 was made on " + en("2024-08-20"))
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q2").changesOn("2025-03-18"),
                of(CheckCode.P2, PASS, "inquiry 3 due, within the 30 days' grace").on("2025-03-17")
                        .says("第2次定期查询已于" + zh("2024-08-20") + "进行", "Follow-up inquiry 2 was made")
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q2").changesOn("2025-03-18"),
                of(CheckCode.P2, FAIL, "inquiry 3 missing on due date + 31").on("2025-03-18")
                        .says("第3次定期查询应于" + zh("2025-02-15") + "进行,至今没有记录",
                                "Follow-up inquiry 3 was due on " + en("2025-02-15") + " and has not been recorded")
                        .changesOn("2025-09-15"),
                of(CheckCode.P2, PASS, "inquiry 2 done on due date + 30").set("followUps[1].performedOn", "2024-09-14")
                        .set("followUps[1].creditorNotifiedOn", "2024-09-20").on("2024-10-01")
                        .says("第2次定期查询已于" + zh("2024-09-14") + "进行", "inquiry 2 was made on " + en("2024-09-14"))
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q2"),
                of(CheckCode.P2, FAIL, "inquiry 2 done on due date + 31").set("followUps[1].performedOn", "2024-09-15")
                        .set("followUps[1].creditorNotifiedOn", "2024-09-20").on("2024-10-01")
                        .says("第2次定期查询应于" + zh("2024-08-15") + "进行," + zh("2024-09-15") + "才进行(逾期超过30日)",
                                "was due on " + en("2024-08-15") + " but made only on " + en("2024-09-15")
                                        + " (more than 30 days late)"),
                of(CheckCode.P2, PASS, "creditor not told yet, within 30 days").remove("followUps[1].creditorNotifiedOn")
                        .on("2024-09-19").says("第2次定期查询已于", "Follow-up inquiry 2 was made")
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q2").changesOn("2024-09-20"),
                of(CheckCode.P2, FAIL, "creditor never told the result of inquiry 2")
                        .remove("followUps[1].creditorNotifiedOn").on("2024-09-20")
                        .says("第2次定期查询(" + zh("2024-08-20") + ")的结果没有告知申请执行人",
                                "The result of follow-up inquiry 2 (" + en("2024-08-20") + ") was not told to the creditor"),
                of(CheckCode.P2, PASS, "inquiries after the entry was shielded are no longer owed")
                        .set("databaseEntry.shieldedOn", "2024-10-01").set("databaseEntry.shieldReason", "RESUMED")
                        .on("2026-01-01").says("第2次定期查询已于", "Follow-up inquiry 2 was made")
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q2").changesOn(null),
                of(CheckCode.P2, NOT_APPLICABLE, "nothing due yet").clear("followUps").on("2023-12-01")
                        .says("第1次定期查询应于" + zh("2024-02-15") + "进行", "Follow-up inquiry 1 is due on " + en("2024-02-15"))
                        .changesOn("2024-03-17"),
                of(CheckCode.P2, NOT_APPLICABLE, "the case was not terminated").notTerminated()
                        .says("没有以终结本次执行程序结案", "not closed by 终本"),
                of(CheckCode.P2, UNKNOWN, "terminated, but the ruling has no date").remove("ruling.ruledOn")
                        .says("没有记载终本裁定日期", "no date for the 终本 ruling"));
    }

    // ---------------------------------------------------------------- P3 the five-year window

    static List<CheckCase> p3() {
        return List.of(
                of(CheckCode.P3, PASS, "inside the five years")
                        .says("法院在" + zh("2028-08-15") + "之前每六个月应查询一次", "Until " + en("2028-08-15")
                                + " the court must query")
                        .evidence(EvidenceKind.DOCUMENT, RULING).changesOn("2028-08-16"),
                of(CheckCode.P3, PASS, "the last day of the five years").on("2028-08-15")
                        .says("法院在" + zh("2028-08-15") + "之前", "Until " + en("2028-08-15"))
                        .evidence(EvidenceKind.DOCUMENT, RULING).changesOn("2028-08-16"),
                of(CheckCode.P3, NOT_APPLICABLE, "the day after the five years").on("2028-08-16")
                        .says("五年跟踪期已于" + zh("2028-08-15") + "结束", "The five-year period ended on " + en("2028-08-15")),
                of(CheckCode.P3, NOT_APPLICABLE, "the duty ended when the entry was shielded")
                        .set("databaseEntry.shieldedOn", "2024-06-01").set("databaseEntry.shieldReason", "RESUMED")
                        .says("定期查询义务已于" + zh("2024-06-01") + "结束", "The follow-up duty ended on " + en("2024-06-01")),
                of(CheckCode.P3, NOT_APPLICABLE, "the case was not terminated").notTerminated()
                        .says("没有以终结本次执行程序结案", "not closed by 终本"),
                of(CheckCode.P3, UNKNOWN, "terminated, but the ruling has no date").remove("ruling.ruledOn")
                        .says("没有记载终本裁定日期", "no date for the 终本 ruling"));
    }

    // ---------------------------------------------------------------- P4 freezes and seizures in force

    static List<CheckCase> p4() {
        return List.of(
                of(CheckCode.P4, PASS, "vehicle seizure renewed until 2027")
                        .says("查封、冻结、扣押措施有效至" + zh("2027-02-09"), "in force until " + en("2027-02-09"))
                        .evidence(EvidenceKind.CONTROL, "C1").changesOn("2027-01-10"),
                of(CheckCode.P4, PASS, "31 days before expiry").on("2027-01-09")
                        .says("有效至" + zh("2027-02-09"), "in force until " + en("2027-02-09"))
                        .evidence(EvidenceKind.CONTROL, "C1").changesOn("2027-01-10"),
                of(CheckCode.P4, FAIL, "30 days before expiry: warning").on("2027-01-10")
                        .says("将于" + zh("2027-02-09") + "到期,请尽快申请续行", "expires on " + en("2027-02-09")
                                + ": apply for renewal now")
                        .evidence(EvidenceKind.CONTROL, "C1").changesOn("2027-02-10"),
                of(CheckCode.P4, FAIL, "7 days before expiry: urgent").on("2027-02-02")
                        .says("将于" + zh("2027-02-09") + "到期", "apply for renewal now")
                        .evidence(EvidenceKind.CONTROL, "C1").changesOn("2027-02-10"),
                of(CheckCode.P4, FAIL, "expired without renewal").on("2027-02-10")
                        .says("已于" + zh("2027-02-09") + "到期,没有续行,已经失效",
                                "expired on " + en("2027-02-09") + " without renewal and has lapsed")
                        .evidence(EvidenceKind.CONTROL, "C1").changesOn(null),
                of(CheckCode.P4, FAIL, "a renewal longer than two years for a vehicle")
                        .set("controls[0].renewals[0].expiresOn", "2027-03-09")
                        .says("续行期限至" + zh("2027-03-09") + ",超过了每次最长24个月",
                                "A renewal runs to " + en("2027-03-09") + ", longer than the 24 months")
                        .evidence(EvidenceKind.CONTROL, "C1"),
                of(CheckCode.P4, FAIL, "an original term longer than two years").set("controls[0].expiresOn", "2025-02-11")
                        .says("查封、冻结、扣押期限(" + zh("2023-02-10") + "至" + zh("2025-02-11") + ")超过了法定最长24个月",
                                "longer than the 24 months allowed")
                        .evidence(EvidenceKind.CONTROL, "C1"),
                of(CheckCode.P4, NOT_APPLICABLE, "the seizure was lifted").set("controls[0].liftedOn", "2024-05-01")
                        .says("没有仍然有效的查封、冻结、扣押措施", "No freeze or seizure is in force"));
    }

    // ---------------------------------------------------------------- P5 失信 deletion after two empty inquiries

    /** A clue of the creditor after the ruling, before the second empty inquiry (2024-08-20). */
    static void clueAfterRuling(ObjectNode file, String result) {
        CaseFiles.add(file, "clues").put("id", "CL2").put("source", "CREDITOR").put("submittedOn", "2024-05-01")
                .put("category", "REAL_ESTATE").put("urgent", false).put("verifiedOn", "2024-05-06").put("result", result);
    }

    static List<CheckCase> p5() {
        return List.of(
                of(CheckCode.P5, PASS, "deleted on the day of the second empty inquiry")
                        .says("两次查询无财产后,失信名单已于" + zh("2024-08-20") + "按期删除",
                                "the listing was deleted in time, on " + en("2024-08-20"))
                        .evidence(EvidenceKind.LISTING, "L1"),
                of(CheckCode.P5, FAIL, "deleted on the sixth day").set("listings[0].deletedOn", "2024-08-26")
                        .says("失信名单应在" + zh("2024-08-23") + "前删除," + zh("2024-08-26") + "才删除",
                                "should have been deleted by " + en("2024-08-23") + "; it was deleted on "
                                        + en("2024-08-26"))
                        .evidence(EvidenceKind.LISTING, "L1"),
                of(CheckCode.P5, FAIL, "never deleted").remove("listings[0].deletedOn").remove("listings[0].deletionReason")
                        .says("失信名单应在" + zh("2024-08-23") + "前删除,至今仍未删除",
                                "was due to be deleted by " + en("2024-08-23") + "; it has not been")
                        .evidence(EvidenceKind.LISTING, "L1"),
                of(CheckCode.P5, NOT_APPLICABLE, "not deleted yet, within three working days")
                        .remove("listings[0].deletedOn").remove("listings[0].deletionReason").on("2024-08-23")
                        .says("失信名单应在3个工作日内删除", "due to be deleted within 3 working days").changesOn("2024-08-24"),
                of(CheckCode.P5, PASS, "a valid clue before the second empty inquiry keeps the listing")
                        .remove("listings[0].deletedOn").remove("listings[0].deletionReason")
                        .edit(file -> clueAfterRuling(file, "CONFIRMED"))
                        .says("第二次查询前有人提供了财产线索,失信名单继续有效", "a property clue came in before the second one")
                        .evidence(EvidenceKind.LISTING, "L1").evidence(EvidenceKind.CLUE, "CL2"),
                of(CheckCode.P5, PASS, "a clue found not true does not keep the listing")
                        .edit(file -> clueAfterRuling(file, "NOT_CONFIRMED"))
                        .says("失信名单已于" + zh("2024-08-20") + "按期删除", "deleted in time")
                        .evidence(EvidenceKind.LISTING, "L1"),
                of(CheckCode.P5, PASS, "only one empty inquiry so far").on("2024-03-01").clear("followUps")
                        .edit(file -> CaseFiles.add(file, "followUps").put("sequence", 1).put("performedOn", "2024-02-10")
                                .put("networkQueryId", "Q2").put("result", "NOTHING_FOUND")
                                .put("creditorNotifiedOn", "2024-02-15"))
                        .remove("listings[0].deletedOn").remove("listings[0].deletionReason")
                        .says("终本后已有一次定期查询没有发现财产", "One follow-up inquiry has found nothing")
                        .evidence(EvidenceKind.LISTING, "L1"),
                of(CheckCode.P5, NOT_APPLICABLE, "nobody listed").clear("listings")
                        .says("终本后没有被执行人在失信名单上", "No debtor was on the dishonest-debtor list after the termination"),
                of(CheckCode.P5, NOT_APPLICABLE, "the case was not terminated").notTerminated()
                        .says("没有以终结本次执行程序结案", "not closed by 终本"));
    }

    // ---------------------------------------------------------------- P6 restriction still active

    static List<CheckCase> p6() {
        return List.of(
                of(CheckCode.P6, PASS, "restriction still in force")
                        .says("对张伟的限制消费令仍然有效", "The restriction on 张伟 is still in force")
                        .evidence(EvidenceKind.RESTRICTION, "R1"),
                of(CheckCode.P6, FAIL, "lifted for no lawful reason").set("restrictions[0].liftedOn", "2024-03-01")
                        .set("restrictions[0].liftReason", "OTHER")
                        .says("对张伟的限制消费令于" + zh("2024-03-01") + "解除,但债务没有履行完毕、没有提供担保,也没有申请执行人同意",
                                "was lifted on " + en("2024-03-01") + " although the debt is unpaid")
                        .evidence(EvidenceKind.RESTRICTION, "R1"),
                of(CheckCode.P6, FAIL, "lifted as 'performed' while 1.2 million is unpaid")
                        .set("restrictions[0].liftedOn", "2024-03-01").set("restrictions[0].liftReason", "PERFORMED")
                        .says("债务没有履行完毕", "although the debt is unpaid").evidence(EvidenceKind.RESTRICTION, "R1"),
                of(CheckCode.P6, FAIL, "lifted without a recorded reason").set("restrictions[0].liftedOn", "2024-03-01")
                        .says("债务没有履行完毕", "although the debt is unpaid").evidence(EvidenceKind.RESTRICTION, "R1"),
                of(CheckCode.P6, PASS, "lifted against real security").set("restrictions[0].liftedOn", "2024-03-01")
                        .set("restrictions[0].liftReason", "SECURITY_PROVIDED")
                        .says("于" + zh("2024-03-01") + "解除,理由:提供确实有效的担保",
                                "lifted on " + en("2024-03-01") + ": real security provided")
                        .evidence(EvidenceKind.RESTRICTION, "R1"),
                of(CheckCode.P6, PASS, "lifted with the creditor's consent").set("restrictions[0].liftedOn", "2024-03-01")
                        .set("restrictions[0].liftReason", "CREDITOR_CONSENT")
                        .says("理由:申请执行人同意", "creditor consented").evidence(EvidenceKind.RESTRICTION, "R1"),
                of(CheckCode.P6, PASS, "lifted after payment in full").set("restrictions[0].liftedOn", "2024-03-01")
                        .set("restrictions[0].liftReason", "PERFORMED").set("unperformedAmount", 0)
                        .says("理由:已履行完毕", "obligation performed").evidence(EvidenceKind.RESTRICTION, "R1"),
                of(CheckCode.P6, NOT_APPLICABLE, "lifted before the ruling (C4's concern)")
                        .set("restrictions[0].liftedOn", "2023-07-01").set("restrictions[0].liftReason", "OTHER")
                        .says("终本时没有限制消费令(见C4)", "There was no consumption restriction at termination (see C4)"),
                of(CheckCode.P6, NOT_APPLICABLE, "the case was not terminated").notTerminated()
                        .says("没有以终结本次执行程序结案", "not closed by 终本"));
    }

    // ---------------------------------------------------------------- P7 shielding after performance

    /**
     * The debtor paid the rest on Friday 2024-03-01; the entry is to be shielded within 3 days. The database entry
     * has no id in the file and payments have no evidence kind, so P7 names no records.
     */
    static CheckCase paidOff(CheckCase check) {
        return check.set("unperformedAmount", 0).set("realisedAmount", 1250000)
                .edit(file -> CaseFiles.add(file, "payments").put("id", "PAY2").put("paidOn", "2024-03-01")
                        .put("amount", 1200000).put("description", "被执行人自动履行"));
    }

    static List<CheckCase> p7() {
        return List.of(
                paidOff(of(CheckCode.P7, PASS, "shielded on day 3")).set("databaseEntry.shieldedOn", "2024-03-04")
                        .set("databaseEntry.shieldReason", "PERFORMED")
                        .says("信息已于" + zh("2024-03-04") + "按期屏蔽", "The entry was shielded in time, on "
                                + en("2024-03-04")),
                paidOff(of(CheckCode.P7, FAIL, "shielded on day 4")).set("databaseEntry.shieldedOn", "2024-03-05")
                        .set("databaseEntry.shieldReason", "PERFORMED")
                        .says("信息应在" + zh("2024-03-04") + "前屏蔽," + zh("2024-03-05") + "才屏蔽",
                                "should have been shielded by " + en("2024-03-04") + "; it was shielded on "
                                        + en("2024-03-05")),
                paidOff(of(CheckCode.P7, FAIL, "paid but never shielded"))
                        .says("已于" + zh("2024-03-01") + "履行完毕,终本案件信息至今没有屏蔽(应在" + zh("2024-03-04") + "前)",
                                "The debt was paid on " + en("2024-03-01")
                                        + " but the entry is still public (due to be shielded by " + en("2024-03-04") + ")"),
                paidOff(of(CheckCode.P7, NOT_APPLICABLE, "paid, shielding still in time")).on("2024-03-04")
                        .says("信息应在" + zh("2024-03-04") + "前屏蔽", "due to be shielded by " + en("2024-03-04"))
                        .changesOn("2024-03-05"),
                of(CheckCode.P7, FAIL, "enforcement finally terminated, never shielded").remove("ruling")
                        .set("closingMode", "TERMINATED").set("closedOn", "2024-05-10")
                        .says("已于" + zh("2024-05-10") + "终结执行", "Enforcement ended on " + en("2024-05-10")),
                of(CheckCode.P7, UNKNOWN, "nothing unpaid, but no payment date").set("unperformedAmount", 0)
                        .clear("payments")
                        .says("没有记载履行完毕或终结执行的日期", "does not say when the debt was paid or enforcement ended"),
                of(CheckCode.P7, NOT_APPLICABLE, "the debt is unpaid")
                        .says("债务尚未履行完毕,也没有终结执行,信息不需要屏蔽", "so the entry stays public"),
                of(CheckCode.P7, NOT_APPLICABLE, "not in the database").remove("databaseEntry")
                        .says("本案没有录入终本案件信息库", "The case is not in the 终本 database"));
    }

    // ---------------------------------------------------------------- P8 correction requests

    /** Corrections have no id in the file, so P8 names no records. */
    static CheckCase correction(CheckCase check, Boolean confirmed, String decided, String corrected) {
        return check.edit(file -> {
            ObjectNode correction = CaseFiles.add(file, "databaseEntry.corrections").put("requestedOn", "2023-09-01");
            if (decided != null) {
                correction.put("decidedOn", decided).put("errorConfirmed", confirmed);
            }
            if (corrected != null) {
                correction.put("correctedOn", corrected);
            }
        });
    }

    static List<CheckCase> p8() {
        return List.of(
                correction(of(CheckCode.P8, PASS, "corrected on day 3"), true, "2023-09-10", "2023-09-13")
                        .says("确认有误的信息已于" + zh("2023-09-13") + "按期更正",
                                "The confirmed error was corrected in time, on " + en("2023-09-13")),
                correction(of(CheckCode.P8, FAIL, "corrected on day 4"), true, "2023-09-10", "2023-09-14")
                        .says(zh("2023-09-10") + "确认信息有误," + zh("2023-09-14") + "才更正,超过3日",
                                "corrected only on " + en("2023-09-14") + ", more than 3 days later"),
                correction(of(CheckCode.P8, FAIL, "never corrected"), true, "2023-09-10", null)
                        .says("至今没有更正(应在" + zh("2023-09-13") + "前)", "is still not corrected (due by " + en("2023-09-13")
                                + ")"),
                correction(of(CheckCode.P8, NOT_APPLICABLE, "error confirmed, correction still in time"), true,
                        "2023-09-10", null).on("2023-09-13")
                        .says("更正申请尚在审查中", "being examined").changesOn("2023-09-14"),
                correction(of(CheckCode.P8, PASS, "no error found"), false, "2023-09-10", null)
                        .says(zh("2023-09-01") + "的更正申请经审查认为信息无误", "the entry was found correct"),
                correction(of(CheckCode.P8, NOT_APPLICABLE, "request not decided yet"), null, null, null)
                        .says("更正申请尚在审查中", "The correction request is being examined"),
                of(CheckCode.P8, NOT_APPLICABLE, "no correction requested")
                        .says("没有申请更正终本案件信息", "No correction of the entry was requested"));
    }

    // ---------------------------------------------------------------- P9 clues after 终本 verified in time

    static CheckCase clue(CheckCase check, boolean urgent, String verified, String result) {
        return check.edit(file -> {
            ObjectNode clue = CaseFiles.add(file, "clues").put("id", "CL2").put("source", "CREDITOR")
                    .put("submittedOn", "2024-03-01").put("category", "REAL_ESTATE").put("urgent", urgent)
                    .put("result", result);
            if (verified != null) {
                clue.put("verifiedOn", verified);
            }
        });
    }

    static List<CheckCase> p9() {
        return List.of(
                clue(of(CheckCode.P9, PASS, "verified on day 7"), false, "2024-03-08", "CONFIRMED")
                        .says(zh("2024-03-01") + "提交的财产线索已按期核查",
                                "The clue submitted on " + en("2024-03-01") + " was verified in time")
                        .evidence(EvidenceKind.CLUE, "CL2"),
                clue(of(CheckCode.P9, FAIL, "verified on day 8"), false, "2024-03-09", "CONFIRMED")
                        .says("应在" + zh("2024-03-08") + "前核查," + zh("2024-03-09") + "才核查",
                                "was due to be verified by " + en("2024-03-08") + " but was verified on " + en("2024-03-09"))
                        .evidence(EvidenceKind.CLUE, "CL2"),
                clue(of(CheckCode.P9, PASS, "urgent, verified on day 3"), true, "2024-03-04", "NOT_CONFIRMED")
                        .says("已按期核查", "was verified in time").evidence(EvidenceKind.CLUE, "CL2"),
                clue(of(CheckCode.P9, FAIL, "urgent, verified on day 4"), true, "2024-03-05", "NOT_CONFIRMED")
                        .says("应在" + zh("2024-03-04") + "前核查", "due to be verified by " + en("2024-03-04"))
                        .evidence(EvidenceKind.CLUE, "CL2"),
                clue(of(CheckCode.P9, FAIL, "still pending on day 8"), false, null, "PENDING").on("2024-03-09")
                        .says("应在" + zh("2024-03-08") + "前核查,至今没有结果", "still has no result")
                        .evidence(EvidenceKind.CLUE, "CL2"),
                clue(of(CheckCode.P9, NOT_APPLICABLE, "pending, day 7"), false, null, "PENDING").on("2024-03-08")
                        .says("线索尚在核查期限内", "the time to verify it has not run out").changesOn("2024-03-09"),
                clue(of(CheckCode.P9, UNKNOWN, "a result without a verification date"), false, null, "CONFIRMED")
                        .says(zh("2024-03-01") + "提交的财产线索有核查结果,但没有核查日期", "has a result but no verification date")
                        .evidence(EvidenceKind.CLUE, "CL2"),
                of(CheckCode.P9, NOT_APPLICABLE, "no clue after the ruling")
                        .says("终本后没有提交财产线索", "No clue was submitted after the termination"),
                of(CheckCode.P9, NOT_APPLICABLE, "the case was not terminated").notTerminated()
                        .says("没有以终结本次执行程序结案", "not closed by 终本"));
    }

    // ---------------------------------------------------------------- P10 ex officio resumption

    /** Inquiry 1 (2024-02-10, query Q2) found property; the court should resume by 2024-03-11. */
    static CheckCase propertyFound(CheckCase check) {
        return check.set("followUps[0].result", "PROPERTY_FOUND");
    }

    static Lineage resumedOn(String docketed, ClosingMode closingMode) {
        return new Lineage(List.of(new ChildCase(9L, CHILD, closingMode, LocalDate.parse(docketed))), 0);
    }

    static List<CheckCase> p10() {
        return List.of(
                propertyFound(of(CheckCode.P10, PASS, "resumed on day 30")).lineage(resumedOn("2024-03-11", null))
                        .says(zh("2024-02-10") + "的定期查询发现财产后,已于" + zh("2024-03-11") + "恢复执行(" + CHILD + ")",
                                "enforcement resumed on " + en("2024-03-11") + " (" + CHILD + ")")
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q2").evidence(EvidenceKind.CASE, CHILD),
                propertyFound(of(CheckCode.P10, FAIL, "resumed on day 31")).lineage(resumedOn("2024-03-12", null))
                        .says("发现了财产," + zh("2024-03-12") + "才恢复执行,超过30日", "more than 30 days later")
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q2").evidence(EvidenceKind.CASE, CHILD),
                propertyFound(of(CheckCode.P10, FAIL, "never resumed"))
                        .says(zh("2024-02-10") + "的定期查询发现了财产,但至今没有恢复执行",
                                "found property, but enforcement has not resumed")
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q2"),
                propertyFound(of(CheckCode.P10, FAIL, "a 执恢 case docketed before the find does not count"))
                        .lineage(resumedOn("2024-01-05", null))
                        .says("至今没有恢复执行", "enforcement has not resumed").evidence(EvidenceKind.NETWORK_QUERY, "Q2"),
                propertyFound(of(CheckCode.P10, PASS, "the file says the inquiry led to resumption"))
                        .set("followUps[0].ledToResumption", true)
                        .says("法院已恢复执行", "found property and the court resumed enforcement")
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q2"),
                propertyFound(of(CheckCode.P10, NOT_APPLICABLE, "day 30, still waiting")).on("2024-03-11")
                        .says("发现财产后尚在等待期限内", "the waiting time after one has not run out").changesOn("2024-03-12"),
                of(CheckCode.P10, NOT_APPLICABLE, "no inquiry found property")
                        .says("定期查询没有发现财产", "No follow-up inquiry found property"));
    }

    // ---------------------------------------------------------------- P11 repeated termination

    static List<CheckCase> p11() {
        return List.of(
                of(CheckCode.P11, PASS, "terminated once").says("本债权只终本过一次", "terminated by 终本 once"),
                of(CheckCode.P11, PASS, "resumed and fully enforced").lineage(resumedOn("2024-03-11",
                        ClosingMode.FULLY_ENFORCED)).says("本债权只终本过一次", "once"),
                of(CheckCode.P11, FAIL, "this case resumes an earlier 终本 case").lineage(new Lineage(List.of(), 1))
                        .says("同一债权已2次以终结本次执行程序结案", "closed by 终本 2 times"),
                of(CheckCode.P11, FAIL, "the 执恢 case was terminated again")
                        .lineage(resumedOn("2024-03-11", ClosingMode.ZHONGBEN))
                        .says("同一债权已2次以终结本次执行程序结案", "closed by 终本 2 times").evidence(EvidenceKind.CASE, CHILD),
                of(CheckCode.P11, NOT_APPLICABLE, "an open first case").notTerminated()
                        .says("没有以终结本次执行程序结案", "not closed by 终本"));
    }

    // ---------------------------------------------------------------- P12 objections and reconsiderations

    static CheckCase reconsideration(CheckCase check, String decided) {
        return check.edit(file -> CaseFiles.add(file, "remedies").put("id", "RM2").put("kind", "RECONSIDERATION")
                .put("targetAct", "执行异议裁定").put("filedOn", "2023-09-25").put("decidedOn", decided));
    }

    static List<CheckCase> p12() {
        return List.of(
                of(CheckCode.P12, PASS, "objection decided on day 14")
                        .says(zh("2023-09-01") + "提出的异议已于" + zh("2023-09-15") + "按期裁定",
                                "The objection of " + en("2023-09-01") + " was decided in time, on " + en("2023-09-15"))
                        .evidence(EvidenceKind.REMEDY, "RM1"),
                of(CheckCode.P12, PASS, "objection decided on day 15").set("remedies[0].decidedOn", "2023-09-16")
                        .says("已于" + zh("2023-09-16") + "按期裁定", "decided in time, on " + en("2023-09-16"))
                        .evidence(EvidenceKind.REMEDY, "RM1"),
                of(CheckCode.P12, FAIL, "objection decided on day 16").set("remedies[0].decidedOn", "2023-09-17")
                        .says("提出的异议到" + zh("2023-09-17") + "才作出裁定,超过15日",
                                "was decided only on " + en("2023-09-17") + ", after 15 days")
                        .evidence(EvidenceKind.REMEDY, "RM1"),
                of(CheckCode.P12, FAIL, "objection docketed on day 4").set("remedies[0].docketedOn", "2023-09-05")
                        .says(zh("2023-09-05") + "才立案,超过3日", "was docketed only on " + en("2023-09-05")
                                + ", more than 3 days later")
                        .evidence(EvidenceKind.REMEDY, "RM1"),
                of(CheckCode.P12, FAIL, "objection undecided after 15 days").remove("remedies[0].decidedOn")
                        .remove("remedies[0].result").remove("remedies[0].servedOn").on("2023-09-17")
                        .says("提出的异议超过15日仍未审查完毕", "is still undecided after 15 days")
                        .evidence(EvidenceKind.REMEDY, "RM1"),
                of(CheckCode.P12, NOT_APPLICABLE, "objection undecided on day 15").remove("remedies[0].decidedOn")
                        .remove("remedies[0].result").remove("remedies[0].servedOn").on("2023-09-16")
                        .says("尚在审查期限内", "the time to decide has not run out").changesOn("2023-09-17"),
                reconsideration(of(CheckCode.P12, PASS, "reconsideration decided on day 60 (30 + 30)"), "2023-11-24")
                        .says("提出的复议已于" + zh("2023-11-24") + "按期裁定", "reconsideration of " + en("2023-09-25")
                                + " was decided in time")
                        .evidence(EvidenceKind.REMEDY, "RM1", "RM2"),
                reconsideration(of(CheckCode.P12, FAIL, "reconsideration decided on day 61"), "2023-11-25")
                        .says("提出的复议到" + zh("2023-11-25") + "才作出裁定,超过30日(经批准可延长30日)",
                                "after 30 days (60 with approval)")
                        .evidence(EvidenceKind.REMEDY, "RM2"),
                of(CheckCode.P12, NOT_APPLICABLE, "no objection").clear("remedies")
                        .says("没有提出执行异议或复议", "No objection or reconsideration was filed"));
    }

    // ---------------------------------------------------------------- P13 six months without enforcement

    /**
     * The example as an open case: application received 2023-01-30, suspended 2023-05-01 to 2023-05-20 (20 days),
     * so the six months end on 2023-08-19.
     */
    static CheckCase open(CheckCase check) {
        return check.notTerminated();
    }

    static List<CheckCase> p13() {
        return List.of(
                open(of(CheckCode.P13, NOT_APPLICABLE, "the last day of six months plus the suspension")).on("2023-08-19")
                        .says("自收到申请起尚未满六个月(扣除中止期间),截至" + zh("2023-08-19"), "they end on " + en("2023-08-19"))
                        .changesOn("2023-08-20"),
                open(of(CheckCode.P13, PASS, "six months passed, no property left unenforced")).on("2023-08-20")
                        .says("立案已超过六个月,但没有已知而未执行的财产", "no known property is left unenforced"),
                open(of(CheckCode.P13, FAIL, "a seized vehicle unenforced six months after it was found"))
                        .set("assets[1].status", "CONTROLLED").on("2023-08-27")
                        .says("已知的财产(车辆)超过六个月(扣除中止期间)仍未执行",
                                "Known property (Vehicles) has gone unenforced for more than six months")
                        .evidence(EvidenceKind.ASSET, "A2"),
                open(of(CheckCode.P13, PASS, "the seized vehicle's six months end that day"))
                        .set("assets[1].status", "CONTROLLED").on("2023-08-26")
                        .says("立案已超过六个月", "More than six months have passed").changesOn("2023-08-27"),
                of(CheckCode.P13, NOT_APPLICABLE, "the case is closed").says("案件已结案,不适用", "The case is closed"),
                open(of(CheckCode.P13, UNKNOWN, "no application or docketing date")).remove("applicationReceivedOn")
                        .remove("docketedOn")
                        .says("没有记载收到申请或立案的日期", "does not say when the application was received"));
    }

    // ---------------------------------------------------------------- P14 limitation for a first application

    static List<CheckCase> p14() {
        return List.of(
                of(CheckCode.P14, PASS, "applied eight weeks after the performance period")
                        .says("履行期限于" + zh("2022-12-05") + "届满," + zh("2023-01-30") + "申请执行,在两年期间内",
                                "The performance period ended on " + en("2022-12-05") + "; enforcement was applied for on "
                                        + en("2023-01-30") + ", within two years"),
                of(CheckCode.P14, PASS, "applied on the last day of two years").set("applicationReceivedOn",
                        "2024-12-05")
                        .says(zh("2024-12-05") + "申请执行,在两年期间内", "within two years"),
                of(CheckCode.P14, FAIL, "applied the day after two years").set("applicationReceivedOn", "2024-12-06")
                        .says(zh("2024-12-06") + "才申请执行,超过了两年", "more than two years later"),
                of(CheckCode.P14, PASS, "no performance period: counted from the effective date")
                        .remove("basis.performanceDueOn")
                        .says("履行期限于" + zh("2022-11-20") + "届满", "ended on " + en("2022-11-20")),
                of(CheckCode.P14, NOT_APPLICABLE, "a resumed case").set("parentCaseNumber", "(2021)京0105执100号")
                        .says("本案是恢复执行案件", "This is a resumed case"),
                of(CheckCode.P14, UNKNOWN, "no enforcement basis on file").remove("basis")
                        .says("没有记载履行期限届满日或申请日期", "lacks the end of the performance period or the application date"));
    }

    // ---------------------------------------------------------------- P15 transfer to bankruptcy review

    /** The debtor is an enterprise; transferred for bankruptcy review on 2023-09-01 (decision due 2023-10-01). */
    static CheckCase enterprise(CheckCase check, String decided) {
        return check.set("parties[1].kind", "LEGAL_PERSON").edit(file -> {
            if (decided != null) {
                ObjectNode transfer = file.putObject("bankruptcyTransfer").put("consentBy", "CREDITOR")
                        .put("transferredOn", "2023-09-01").put("receivingCourt", "北京市第一中级人民法院");
                if (!decided.isEmpty()) {
                    transfer.put("decidedOn", decided).put("outcome", "NOT_ACCEPTED");
                }
            }
        });
    }

    static List<CheckCase> p15() {
        return List.of(
                enterprise(of(CheckCode.P15, NOT_APPLICABLE, "an enterprise debtor: the option is shown"), null)
                        .says("被执行人是企业法人:经申请执行人或被执行人同意,可以移送破产审查", "The debtor is an enterprise"),
                enterprise(of(CheckCode.P15, PASS, "decided on day 30"), "2023-10-01")
                        .says("受移送法院已于" + zh("2023-10-01") + "按期决定是否受理破产",
                                "The receiving court decided in time, on " + en("2023-10-01")),
                enterprise(of(CheckCode.P15, FAIL, "decided on day 31"), "2023-10-02")
                        .says("受移送法院" + zh("2023-10-02") + "才决定是否受理,超过30日",
                                "decided only on " + en("2023-10-02") + ", after 30 days"),
                enterprise(of(CheckCode.P15, FAIL, "undecided after 30 days"), "").on("2023-10-02")
                        .says("于" + zh("2023-09-01") + "移送破产审查,受移送法院超过30日仍未决定是否受理", "has not decided within 30 days"),
                enterprise(of(CheckCode.P15, NOT_APPLICABLE, "undecided on day 30"), "").on("2023-10-01")
                        .says("可以移送破产审查", "can be transferred").changesOn("2023-10-02"),
                of(CheckCode.P15, NOT_APPLICABLE, "a natural-person debtor")
                        .says("被执行人不是企业法人,或案件没有终本", "The debtor is not an enterprise"));
    }

    // ---------------------------------------------------------------- boundaries

    @Nested
    class Boundaries {

        private final ObjectNode compliant = CaseFiles.compliant();

        private CheckResult evaluate(CheckCode code, ObjectNode file, String today) {
            return ComplianceEngine.evaluate(code, CaseFiles.read(file), Lineage.NONE, LocalDate.parse(today),
                    ComplianceSettings.defaults());
        }

        /**
         * 失信 deletion within 3 working days of the second empty inquiry, weekends not counted: an inquiry on
         * Thursday 2024-08-22 gives Tuesday 2024-08-27.
         */
        @ParameterizedTest(name = "second empty inquiry {0}, deleted {1}: {2}")
        @CsvSource({
                "2024-08-22, 2024-08-27, PASS",
                "2024-08-22, 2024-08-28, FAIL",
                "2024-08-23, 2024-08-28, PASS",
                "2024-08-23, 2024-08-29, FAIL",
                "2024-08-24, 2024-08-28, PASS",
                "2024-08-24, 2024-08-29, FAIL",
                "2024-08-19, 2024-08-22, PASS",
                "2024-08-19, 2024-08-23, FAIL" })
        void p5_deletion_three_working_days_after_the_second_empty_inquiry(String second, String deleted,
                Verdict expected) {
            ObjectNode file = compliant.deepCopy();
            CaseFiles.with(file, "followUps[1].performedOn", second);
            CaseFiles.with(file, "listings[0].deletedOn", deleted);
            CheckResult result = evaluate(CheckCode.P5, file, "2024-09-30");
            assertThat(result.verdict()).isEqualTo(expected);
            if (expected == FAIL) {
                assertThat(result.explanation().en()).contains("deleted on " + en(deleted));
            }
        }

        /** Expiry 2027-02-09: warning from 30 days before, urgent from 7 days before, lapsed the day after. */
        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2027-01-09, PASS",
                "2027-01-10, FAIL",
                "2027-02-01, FAIL",
                "2027-02-02, FAIL",
                "2027-02-09, FAIL",
                "2027-02-10, FAIL" })
        void p4_expiry_warnings(String today, Verdict expected) {
            assertThat(evaluate(CheckCode.P4, compliant.deepCopy(), today).verdict()).isEqualTo(expected);
        }

        /** Follow-up inquiry 2, due 2024-08-15: on time up to 30 days later. */
        @ParameterizedTest(name = "performed {0}: {1}")
        @CsvSource({
                "2024-08-15, PASS",
                "2024-07-20, PASS",
                "2024-09-14, PASS",
                "2024-09-15, FAIL" })
        void p2_grace_of_thirty_days(String performed, Verdict expected) {
            ObjectNode file = compliant.deepCopy();
            CaseFiles.with(file, "followUps[1].performedOn", performed);
            CaseFiles.with(file, "followUps[1].creditorNotifiedOn", "2024-09-20");
            assertThat(evaluate(CheckCode.P2, file, "2024-10-01").verdict()).isEqualTo(expected);
        }

        /** The objection of 2023-09-01 is decided within 15 days: by 2023-09-16. */
        @ParameterizedTest(name = "decided {0}: {1}")
        @CsvSource({
                "2023-09-01, PASS",
                "2023-09-16, PASS",
                "2023-09-17, FAIL" })
        void p12_objection_decided_on_day_15_or_16(String decided, Verdict expected) {
            ObjectNode file = compliant.deepCopy();
            CaseFiles.with(file, "remedies[0].decidedOn", decided);
            assertThat(evaluate(CheckCode.P12, file, "2024-09-01").verdict()).isEqualTo(expected);
        }

        @Test
        void p2_every_day_of_the_five_years_without_inquiries_fails_exactly_from_due_date_plus_31() {
            ObjectNode file = compliant.deepCopy();
            CaseFiles.clear(file, "followUps");
            var read = CaseFiles.read(file);
            LocalDate firstOverdue = LocalDate.of(2024, 2, 15).plusDays(31);
            for (LocalDate day = CheckCase.RULED; !day.isAfter(LocalDate.of(2028, 10, 1)); day = day.plusDays(1)) {
                CheckResult result = ComplianceEngine.evaluate(CheckCode.P2, read, Lineage.NONE, day,
                        ComplianceSettings.defaults());
                assertThat(result.verdict()).as("on %s", day)
                        .isEqualTo(day.isBefore(firstOverdue) ? NOT_APPLICABLE : FAIL);
            }
        }
    }
}
