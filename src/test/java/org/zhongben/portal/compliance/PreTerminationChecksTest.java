package org.zhongben.portal.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongben.portal.compliance.CheckCase.en;
import static org.zhongben.portal.compliance.CheckCase.of;
import static org.zhongben.portal.compliance.CheckCase.zh;
import static org.zhongben.portal.compliance.Verdict.FAIL;
import static org.zhongben.portal.compliance.Verdict.NOT_APPLICABLE;
import static org.zhongben.portal.compliance.Verdict.PASS;
import static org.zhongben.portal.compliance.Verdict.UNKNOWN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.testsupport.CaseFiles;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * C1–C14 (domain.md §10.1), one table: each row starts from the compliant 终本 case of {@link CaseFiles#compliant()}
 * (docketed 2023-02-01, ruled 2023-08-15, debtor 张伟 = P2) and breaks one thing.
 * <p>
 * Every check can give all four verdicts. Not applicable is always reachable with a case that was not terminated.
 * For C4, C5, C7, C8, C9, C11 and C14 the only way to "cannot tell" is a 终本 file without a ruling date, and for C1
 * a file without a docketing date: intake refuses both, but the engine is a pure function and must answer for any
 * file. Their other records either carry what intake requires (a restriction's issue date, a listing's decision
 * date, a reply's answer date, an asset's status) or count as not done when undated (an offline measure, a search,
 * an audit decision), which is a failure, not a gap.
 */
class PreTerminationChecksTest {

    static final String RULING = "D1";

    static Stream<CheckCase> cases() {
        List<CheckCase> cases = new ArrayList<>();
        cases.addAll(c1());
        cases.addAll(c2());
        cases.addAll(c3());
        cases.addAll(c4());
        cases.addAll(c5());
        cases.addAll(c6());
        cases.addAll(c7());
        cases.addAll(c8());
        cases.addAll(c9());
        cases.addAll(c10());
        cases.addAll(c11());
        cases.addAll(c12());
        cases.addAll(c13());
        cases.addAll(c14());
        for (CheckCode code : CheckCode.values()) {
            if (code.phase() == CheckCode.Phase.PRE_TERMINATION) {
                cases.add(of(code, NOT_APPLICABLE, "the case was not terminated").notTerminated()
                        .says("没有以终结本次执行程序结案", "not closed by 终本"));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdict_explanation_and_evidence(CheckCase check) {
        check.verify();
    }

    @Test
    void every_check_has_a_case_for_each_of_the_four_verdicts() {
        Map<CheckCode, Set<Verdict>> covered = cases().collect(Collectors.groupingBy(CheckCase::code,
                Collectors.mapping(CheckCase::verdict, Collectors.toCollection(() -> EnumSet.noneOf(Verdict.class)))));
        for (CheckCode code : CheckCode.values()) {
            if (code.phase() == CheckCode.Phase.PRE_TERMINATION) {
                assertThat(covered.get(code)).as(code.name()).containsExactlyInAnyOrder(Verdict.values());
            }
        }
    }

    @Test
    void the_compliant_case_meets_every_prescribed_action() {
        ComplianceReport report = ComplianceEngine.evaluate(CaseFiles.read(CaseFiles.compliant()), Lineage.NONE,
                CaseFiles.COMPLIANT_TODAY, ComplianceSettings.defaults());
        assertThat(report.failedBeforeTermination()).isEmpty();
        assertThat(report.results()).filteredOn(result -> result.code().phase() == CheckCode.Phase.PRE_TERMINATION)
                .allSatisfy(result -> assertThat(result.verdict())
                        .isEqualTo(result.code() == CheckCode.C11 ? NOT_APPLICABLE : PASS));
    }

    // ---------------------------------------------------------------- C1 more than three months after docketing

    static List<CheckCase> c1() {
        return List.of(
                of(CheckCode.C1, PASS, "ruled six and a half months after docketing")
                        .zhSays("立案于" + zh("2023-02-01"), zh("2023-08-15") + "终本,已超过三个月")
                        .enSays("Docketed on " + en("2023-02-01"), "terminated on " + en("2023-08-15"))
                        .evidence(EvidenceKind.DOCUMENT, RULING),
                of(CheckCode.C1, FAIL, "ruled exactly three months after docketing").ruledOn("2023-05-01")
                        .zhSays("却在" + zh("2023-05-01") + "终本,未满三个月", "最早应在" + zh("2023-05-02"))
                        .enSays("terminated on " + en("2023-05-01"), "earliest allowed day was " + en("2023-05-02"))
                        .evidence(EvidenceKind.DOCUMENT, RULING),
                of(CheckCode.C1, PASS, "ruled the day after three months").ruledOn("2023-05-02")
                        .says(zh("2023-05-02") + "终本", "terminated on " + en("2023-05-02"))
                        .evidence(EvidenceKind.DOCUMENT, RULING),
                of(CheckCode.C1, UNKNOWN, "no docketing date").remove("docketedOn")
                        .says("没有立案日期", "no docketing date"));
    }

    // ---------------------------------------------------------------- C2 execution notice and report order

    static List<CheckCase> c2() {
        return List.of(
                of(CheckCode.C2, PASS, "notice and report order sent together")
                        .zhSays("执行通知书已于" + zh("2023-02-03") + "发出", "已向张伟发出报告财产令(" + zh("2023-02-03") + ")")
                        .enSays("sent on " + en("2023-02-03"), "A property-report order went to 张伟 on " + en("2023-02-03"))
                        .evidence(EvidenceKind.REPORT_ORDER, "RO1"),
                of(CheckCode.C2, FAIL, "report order a week after the notice").set("reportOrders[0].issuedOn",
                        "2023-02-10")
                        .zhSays("报告财产令应与执行通知书同时发出", zh("2023-02-10") + "才发出")
                        .enSays("went out on " + en("2023-02-10") + ", after the notice",
                                "must go out with the execution notice")
                        .evidence(EvidenceKind.REPORT_ORDER, "RO1"),
                of(CheckCode.C2, FAIL, "no report order").clear("reportOrders")
                        .says("没有向被执行人张伟发出报告财产令", "No property-report order was sent to the debtor 张伟"),
                of(CheckCode.C2, FAIL, "notice sent after the ruling").set("executionNoticeSentOn", "2023-08-16")
                        .says("执行通知书" + zh("2023-08-16") + "才发出,晚于终本裁定", "sent on " + en("2023-08-16")
                                + ", after the termination"),
                of(CheckCode.C2, UNKNOWN, "the notice date is not recorded").remove("executionNoticeSentOn")
                        .says("没有记载执行通知书的发出日期", "does not say when the execution notice was sent"));
    }

    // ---------------------------------------------------------------- C3 the debtor's report handled

    static List<CheckCase> c3() {
        return List.of(
                of(CheckCode.C3, PASS, "late report checked and fined")
                        .zhSays("张伟的财产报告已于" + zh("2023-03-01") + "核查", "已于" + zh("2023-02-25") + "处罚")
                        .enSays("张伟's report was checked on " + en("2023-03-01"), "penalised on " + en("2023-02-25"))
                        .evidence(EvidenceKind.REPORT_ORDER, "RO1").evidence(EvidenceKind.COERCIVE, "CO1"),
                of(CheckCode.C3, FAIL, "late report never penalised").clear("coerciveMeasures")
                        .says("张伟存在逾期报告的情形,终本前没有罚款或拘留",
                                "张伟 reported late but was neither fined nor detained before the termination")
                        .evidence(EvidenceKind.REPORT_ORDER, "RO1"),
                of(CheckCode.C3, FAIL, "the only fine punished something else")
                        .set("coerciveMeasures[0].reason", "RESTRICTION_BREACH")
                        .says("终本前没有罚款或拘留", "neither fined nor detained")
                        .evidence(EvidenceKind.REPORT_ORDER, "RO1"),
                of(CheckCode.C3, FAIL, "refusal to report never penalised").set("reportOrders[0].outcome", "REFUSED")
                        .remove("reportOrders[0].reportedOn").remove("reportOrders[0].verifiedOn").clear("coerciveMeasures")
                        .says("存在拒绝报告的情形", "张伟 refused to report but was neither fined nor detained")
                        .evidence(EvidenceKind.REPORT_ORDER, "RO1"),
                of(CheckCode.C3, FAIL, "report checked only after the ruling").set("reportOrders[0].verifiedOn",
                        "2023-08-20")
                        .says("张伟报告的财产在终本前没有核查", "was not checked before the termination")
                        .evidence(EvidenceKind.REPORT_ORDER, "RO1"),
                of(CheckCode.C3, FAIL, "debtor had not reported yet").set("reportOrders[0].outcome", "NOT_YET")
                        .says("张伟尚未报告财产", "张伟 had not reported yet")
                        .evidence(EvidenceKind.REPORT_ORDER, "RO1"),
                of(CheckCode.C3, PASS, "a missing debtor who refused cannot be fined")
                        .set("reportOrders[0].outcome", "REFUSED").remove("reportOrders[0].reportedOn")
                        .remove("reportOrders[0].verifiedOn").clear("coerciveMeasures")
                        .set("parties[1].whereaboutsUnknown", true)
                        .says("张伟下落不明,无法处罚", "张伟 could not be found, so no penalty was possible")
                        .evidence(EvidenceKind.REPORT_ORDER, "RO1"),
                of(CheckCode.C3, UNKNOWN, "the outcome of the report order is not recorded")
                        .remove("reportOrders[0].outcome")
                        .says("没有记载张伟报告财产的结果", "does not say how 张伟 answered the report order")
                        .evidence(EvidenceKind.REPORT_ORDER, "RO1"),
                of(CheckCode.C3, NOT_APPLICABLE, "no report order (C2 fails it)").clear("reportOrders")
                        .says("没有报告财产令", "has no property-report order (see C2)"));
    }

    // ---------------------------------------------------------------- C4 consumption restriction at closing

    static List<CheckCase> c4() {
        return List.of(
                of(CheckCode.C4, PASS, "restricted since February")
                        .says("张伟自" + zh("2023-02-05") + "起被限制消费", "under a consumption restriction since "
                                + en("2023-02-05"))
                        .evidence(EvidenceKind.RESTRICTION, "R1"),
                of(CheckCode.C4, FAIL, "restriction lifted on the ruling day").set("restrictions[0].liftedOn",
                        "2023-08-15").set("restrictions[0].liftReason", "OTHER")
                        .says("终本时被执行人张伟没有处于有效的限制消费令之下",
                                "no consumption restriction was in force against the debtor 张伟"),
                of(CheckCode.C4, PASS, "restriction lifted the day after the ruling").set("restrictions[0].liftedOn",
                        "2023-08-16").set("restrictions[0].liftReason", "OTHER")
                        .says("张伟自" + zh("2023-02-05") + "起被限制消费", "since " + en("2023-02-05"))
                        .evidence(EvidenceKind.RESTRICTION, "R1"),
                of(CheckCode.C4, FAIL, "restriction issued only after the ruling").set("restrictions[0].issuedOn",
                        "2023-08-16")
                        .says("没有处于有效的限制消费令之下", "no consumption restriction was in force"),
                of(CheckCode.C4, FAIL, "restriction issued against someone else").set("restrictions[0].partyId", "P1")
                        .says("被执行人张伟", "against the debtor 张伟"),
                of(CheckCode.C4, NOT_APPLICABLE, "the only debtor has died").set("parties[1].deceased", true)
                        .says("没有在世的被执行人", "names no living debtor"),
                of(CheckCode.C4, UNKNOWN, "no ruling date").noRulingDate()
                        .says("没有记载终本裁定日期", "no date for the 终本 ruling"));
    }

    // ---------------------------------------------------------------- C5 失信 listing consistent with the grounds

    static List<CheckCase> c5() {
        return List.of(
                of(CheckCode.C5, PASS, "reporting breach, listed before the ruling")
                        .says("张伟因违反财产报告制度于" + zh("2023-02-28") + "被纳入失信名单", "张伟 was listed on "
                                + en("2023-02-28"))
                        .evidence(EvidenceKind.LISTING, "L1"),
                of(CheckCode.C5, FAIL, "listed only after the ruling").set("listings[0].decidedOn", "2023-08-20")
                        .says("存在违反财产报告制度的失信情形,终本前却没有纳入失信名单",
                                "showed a ground for listing (breaches the property-reporting duty) but was not listed"),
                of(CheckCode.C5, FAIL, "ground found, never listed").clear("listings")
                        .says("终本前却没有纳入失信名单", "was not listed before the termination"),
                of(CheckCode.C5, FAIL, "a minor was listed").set("parties[1].minor", true)
                        .says("未成年人张伟被纳入失信名单", "The minor 张伟 was put on the dishonest-debtor list")
                        .evidence(EvidenceKind.LISTING, "L1"),
                of(CheckCode.C5, NOT_APPLICABLE, "no ground and no listing").clear("dishonestGrounds", "listings")
                        .says("没有记载失信情形,也没有失信名单", "records no ground for listing and no listing"),
                of(CheckCode.C5, UNKNOWN, "no ruling date").noRulingDate()
                        .says("没有记载终本裁定日期", "no date for the 终本 ruling"));
    }

    // ---------------------------------------------------------------- C6 clues verified, in time

    static List<CheckCase> c6() {
        return List.of(
                of(CheckCode.C6, PASS, "clue verified five days after submission")
                        .says(zh("2023-03-05") + "提交的财产线索(车辆)已于" + zh("2023-03-10") + "按期核查",
                                "The clue of " + en("2023-03-05") + " (Vehicles) was verified in time, on "
                                        + en("2023-03-10"))
                        .evidence(EvidenceKind.CLUE, "CL1"),
                of(CheckCode.C6, FAIL, "clue still pending at the ruling").remove("clues[0].verifiedOn")
                        .set("clues[0].result", "PENDING")
                        .says(zh("2023-03-05") + "提交的财产线索(车辆)在终本前没有核查", "was not verified before the termination")
                        .evidence(EvidenceKind.CLUE, "CL1"),
                of(CheckCode.C6, FAIL, "clue verified only after the ruling").set("clues[0].verifiedOn", "2023-08-16")
                        .says("在终本前没有核查", "was not verified before the termination")
                        .evidence(EvidenceKind.CLUE, "CL1"),
                of(CheckCode.C6, FAIL, "clue verified on day 8").set("clues[0].verifiedOn", "2023-03-13")
                        .says("到" + zh("2023-03-13") + "才核查,超过了7日的期限(" + zh("2023-03-12") + ")",
                                "verified on " + en("2023-03-13") + ", after the 7-day limit (" + en("2023-03-12") + ")")
                        .evidence(EvidenceKind.CLUE, "CL1"),
                of(CheckCode.C6, UNKNOWN, "clue has a result but no verification date").remove("clues[0].verifiedOn")
                        .says("有核查结果,但没有核查日期", "has a result but no verification date")
                        .evidence(EvidenceKind.CLUE, "CL1"),
                of(CheckCode.C6, NOT_APPLICABLE, "nobody gave a clue").clear("clues")
                        .says("终本前没有人提交财产线索", "Nobody submitted a property clue before the termination"),
                of(CheckCode.C6, NOT_APPLICABLE, "a clue after the ruling belongs to P9")
                        .set("clues[0].submittedOn", "2023-09-01").remove("clues[0].verifiedOn")
                        .set("clues[0].result", "PENDING")
                        .says("终本前没有人提交财产线索", "Nobody submitted a property clue before the termination"));
    }

    // ---------------------------------------------------------------- C7 network query coverage and freshness

    /** The compliant file's national queries: Q1 (2023-02-05, index 0) and Q3 (2023-07-20, index 2). */
    static final String Q3_VEHICLE = "networkQueries[2].results[1]";

    static List<CheckCase> c7() {
        return List.of(
                of(CheckCode.C7, PASS, "query of 20 July answered all four required categories")
                        .says("总对总查询已覆盖张伟的存款、车辆、房产和证券并全部反馈(最近一次" + zh("2023-07-20") + ")",
                                "all answered (latest " + en("2023-07-20") + ")")
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q3"),
                of(CheckCode.C7, FAIL, "the only query left vehicles unanswered (PENDING)").drop("networkQueries", "Q1")
                        .set("networkQueries[1].results[1].status", "PENDING").remove("networkQueries[1].results[1].answeredOn")
                        .says("车辆没有查询或没有收到反馈", "did not cover, or got no answer for: vehicles")
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q3"),
                of(CheckCode.C7, FAIL, "the only query's vehicle reply came the day after the ruling")
                        .drop("networkQueries", "Q1").set("networkQueries[1].results[1].answeredOn", "2023-08-16")
                        .says("车辆没有查询或没有收到反馈", "did not cover, or got no answer for: vehicles")
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q3"),
                of(CheckCode.C7, FAIL, "the fresh query left vehicles PENDING; February's answer is too old")
                        .set(Q3_VEHICLE + ".status", "PENDING").remove(Q3_VEHICLE + ".answeredOn")
                        .zhSays("终本前91日内没有总对总查询反馈张伟的车辆", "(最近一次反馈来自" + zh("2023-02-05") + "的查询)")
                        .enSays("No national query in the 91 days before the termination answered for 张伟's vehicles",
                                "the latest answer came from the query of " + en("2023-02-05"))
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q3", "Q1"),
                of(CheckCode.C7, FAIL, "no query in the three months before the ruling").drop("networkQueries", "Q3")
                        .zhSays("终本前91日内没有总对总查询反馈张伟的", "最近一次反馈来自" + zh("2023-02-05"))
                        .enSays("No national query in the 91 days before the termination answered",
                                "the query of " + en("2023-02-05"))
                        .evidence(EvidenceKind.NETWORK_QUERY, "Q1"),
                of(CheckCode.C7, FAIL, "provincial queries only").set("networkQueries[0].channel", "PROVINCIAL")
                        .set("networkQueries[2].channel", "PROVINCIAL")
                        .says("终本前没有通过总对总网络查控系统查询张伟的财产",
                                "No national (总对总) network query was made for 张伟 before the termination"),
                of(CheckCode.C7, UNKNOWN, "no ruling date").noRulingDate()
                        .says("没有记载终本裁定日期", "no date for the 终本 ruling"));
    }

    // ---------------------------------------------------------------- C8 offline investigation

    static List<CheckCase> c8() {
        return List.of(
                of(CheckCode.C8, PASS, "on-site investigation in March")
                        .says("已进行线下调查:现场调查(" + zh("2023-03-10") + ")", "on-site investigation on " + en("2023-03-10"))
                        .evidence(EvidenceKind.MEASURE, "M1"),
                of(CheckCode.C8, FAIL, "the on-site visit came after the ruling").set("measures[0].performedOn",
                        "2023-08-20")
                        .says("终本前没有进行现场调查、委托调查或搜查等线下调查",
                                "No on-site investigation, commissioned investigation or search was carried out"),
                of(CheckCode.C8, FAIL, "questioning is not an offline investigation").set("measures[0].type",
                        "QUESTIONING")
                        .says("没有进行现场调查", "No on-site investigation"),
                of(CheckCode.C8, UNKNOWN, "no ruling date").noRulingDate()
                        .says("没有记载终本裁定日期", "no date for the 终本 ruling"));
    }

    // ---------------------------------------------------------------- C9 audit and reward applications

    static List<CheckCase> c9() {
        return List.of(
                of(CheckCode.C9, PASS, "audit refused on day 7")
                        .says("审计调查申请已于" + zh("2023-04-08") + "按期作出决定(不予准许)",
                                "decided in time, on " + en("2023-04-08") + " (refused)")
                        .evidence(EvidenceKind.MEASURE, "M2"),
                of(CheckCode.C9, PASS, "audit decided on day 10").set("measures[1].decidedOn", "2023-04-11")
                        .says("已于" + zh("2023-04-11") + "按期作出决定", "decided in time, on " + en("2023-04-11"))
                        .evidence(EvidenceKind.MEASURE, "M2"),
                of(CheckCode.C9, FAIL, "audit decided on day 11").set("measures[1].decidedOn", "2023-04-12")
                        .says("到" + zh("2023-04-12") + "才作出决定,超过了10日(" + zh("2023-04-11") + ")",
                                "after the 10-day limit (" + en("2023-04-11") + ")")
                        .evidence(EvidenceKind.MEASURE, "M2"),
                of(CheckCode.C9, FAIL, "audit never decided").remove("measures[1].decidedOn")
                        .remove("measures[1].decision")
                        .says(zh("2023-04-01") + "申请的审计调查在终本前没有作出决定", "was not decided before the termination")
                        .evidence(EvidenceKind.MEASURE, "M2"),
                of(CheckCode.C9, FAIL, "audit allowed but never carried out").set("measures[1].decision", "ALLOWED")
                        .says("法院准许了审计调查,但终本前没有实施", "allowed the audit investigation but did not carry it out")
                        .evidence(EvidenceKind.MEASURE, "M2"),
                of(CheckCode.C9, NOT_APPLICABLE, "the creditor applied for nothing").drop("measures", "M2")
                        .says("申请执行人没有申请审计调查或悬赏公告", "did not apply for an audit or a reward announcement"),
                of(CheckCode.C9, UNKNOWN, "no ruling date").noRulingDate()
                        .says("没有记载终本裁定日期", "no date for the 终本 ruling"));
    }

    // ---------------------------------------------------------------- C10 found property disposed or set aside

    static List<CheckCase> c10() {
        return List.of(
                of(CheckCode.C10, PASS, "deposit disposed of, vehicle registered but never seized")
                        .zhSays("银行存款(工商银行储蓄账户):已处置", "车辆(小型轿车)不能处置:已查封登记但未能实际扣押")
                        .enSays("Bank deposits (工商银行储蓄账户): disposed of",
                                "could not be disposed of: registered but could not be taken into custody")
                        .evidence(EvidenceKind.ASSET, "A1", "A2"),
                of(CheckCode.C10, FAIL, "set aside for a reason Art. 4 does not allow")
                        .set("assets[1].cannotDisposeReason", "OTHER").set("assets[1].cannotDisposeNote", "集体土地上的车库")
                        .says("以\"集体土地上的车库\"认定不能处置,不属于终本规定第四条允许的两种情形",
                                "for a reason Art. 4 does not allow (集体土地上的车库)")
                        .evidence(EvidenceKind.ASSET, "A2"),
                of(CheckCode.C10, FAIL, "the ruling says no property, the file sets a vehicle aside")
                        .set("ruling.reason", "NO_PROPERTY")
                        .says("终本裁定以\"未发现可供执行的财产\"为理由,案卷中却有发现但不能处置的财产",
                                "The ruling says no property was found")
                        .evidence(EvidenceKind.DOCUMENT, RULING),
                of(CheckCode.C10, FAIL, "a found vehicle neither disposed of nor set aside")
                        .set("assets[1].status", "FOUND").remove("assets[1].cannotDisposeReason")
                        .set("ruling.reason", "NO_PROPERTY")
                        .says("车辆(小型轿车)终本时既未处置,也未认定为不能处置", "Vehicles (小型轿车) was neither disposed of")
                        .evidence(EvidenceKind.ASSET, "A2"),
                of(CheckCode.C10, PASS, "a negligible balance of 800 yuan").set("assets[0].status", "NEGLIGIBLE")
                        .set("assets[0].estimatedValue", 800)
                        .says("价值800.00元,属于可以不处置的小额财产", "is worth 800.00 yuan, small enough to leave")
                        .evidence(EvidenceKind.ASSET, "A1", "A2"),
                of(CheckCode.C10, FAIL, "a 'negligible' balance of 1,500 yuan").set("assets[0].status", "NEGLIGIBLE")
                        .set("assets[0].estimatedValue", 1500)
                        .says("价值1500.00元,超过了小额标准(1000.00元且不超过未履行金额的5%)",
                                "worth 1500.00 yuan, above the negligible threshold (1000.00 yuan and at most 5% of the "
                                        + "unperformed amount)")
                        .evidence(EvidenceKind.ASSET, "A1"),
                of(CheckCode.C10, UNKNOWN, "a negligible balance without a value").set("assets[0].status", "NEGLIGIBLE")
                        .remove("assets[0].estimatedValue")
                        .says("被认定为小额财产,但案卷没有记载其价值", "was treated as negligible but the file gives no value")
                        .evidence(EvidenceKind.ASSET, "A1"),
                of(CheckCode.C10, NOT_APPLICABLE, "nothing was found").clear("assets").set("ruling.reason", "NO_PROPERTY")
                        .says("终本前没有发现财产", "No property was found before the termination"));
    }

    // ---------------------------------------------------------------- C11 missing debtor, obstruction

    static List<CheckCase> c11() {
        return List.of(
                of(CheckCode.C11, NOT_APPLICABLE, "debtor present and cooperative")
                        .says("没有被执行人下落不明,也没有妨害执行的记录", "No debtor was missing and no obstruction was recorded"),
                of(CheckCode.C11, FAIL, "missing debtor never searched for").set("parties[1].whereaboutsUnknown", true)
                        .says("被执行人张伟下落不明,终本前没有依法查找",
                                "The debtor 张伟 could not be found and was not searched for before the termination"),
                of(CheckCode.C11, PASS, "missing debtor searched for in June").set("parties[1].whereaboutsUnknown", true)
                        .edit(file -> CaseFiles.add(file, "measures").put("id", "M9").put("type", "LOCATE_PERSON")
                                .put("requestedBy", "COURT").put("performedOn", "2023-06-01").put("targetPartyId", "P2"))
                        .says("已于" + zh("2023-06-01") + "查找下落不明的张伟",
                                "The missing debtor 张伟 was searched for on " + en("2023-06-01"))
                        .evidence(EvidenceKind.MEASURE, "M9"),
                of(CheckCode.C11, FAIL, "obstruction; the only fine was for the reporting breach")
                        .edit(file -> CaseFiles.add(file, "dishonestGrounds").put("partyId", "P2")
                                .put("ground", "OBSTRUCTION").put("foundOn", "2023-05-10"))
                        .says("张伟妨害执行,终本前没有罚款、拘留或移送追究刑事责任",
                                "张伟 obstructed enforcement but was not fined, detained or referred"),
                of(CheckCode.C11, PASS, "obstruction punished by detention")
                        .edit(file -> CaseFiles.add(file, "dishonestGrounds").put("partyId", "P2")
                                .put("ground", "OBSTRUCTION").put("foundOn", "2023-05-10"))
                        .edit(file -> CaseFiles.add(file, "coerciveMeasures").put("id", "CO2").put("type", "DETENTION")
                                .put("targetPartyId", "P2").put("reason", "OBSTRUCTION").put("decidedOn", "2023-05-12")
                                .put("days", 10))
                        .says("张伟妨害执行,已于" + zh("2023-05-12") + "处罚", "张伟's obstruction was penalised on "
                                + en("2023-05-12"))
                        .evidence(EvidenceKind.COERCIVE, "CO2"),
                of(CheckCode.C11, UNKNOWN, "no ruling date").noRulingDate()
                        .says("没有记载终本裁定日期", "no date for the 终本 ruling"));
    }

    // ---------------------------------------------------------------- C12 the creditor informed and heard

    static List<CheckCase> c12() {
        return List.of(
                of(CheckCode.C12, PASS, "interview a week before the ruling")
                        .says("已于" + zh("2023-08-08") + "约谈申请执行人", "The creditor was interviewed on " + en("2023-08-08"))
                        .evidence(EvidenceKind.DOCUMENT, "D5"),
                of(CheckCode.C12, PASS, "interview on the ruling day").set("interview.heldOn", "2023-08-15")
                        .says("已于" + zh("2023-08-15") + "约谈申请执行人", "interviewed on " + en("2023-08-15"))
                        .evidence(EvidenceKind.DOCUMENT, "D5"),
                of(CheckCode.C12, FAIL, "interview the day after the ruling").set("interview.heldOn", "2023-08-16")
                        .says("约谈在" + zh("2023-08-16") + "进行,晚于终本裁定(" + zh("2023-08-15") + ")",
                                "took place on " + en("2023-08-16") + ", after the ruling (" + en("2023-08-15") + ")")
                        .evidence(EvidenceKind.DOCUMENT, "D5"),
                of(CheckCode.C12, FAIL, "no interview, creditor-signature route").remove("interview")
                        .set("ruling.approvalRoute", "CREDITOR_SIGNED")
                        .says("终本前没有约谈申请执行人", "The creditor was not informed and heard before the termination"),
                of(CheckCode.C12, PASS, "no interview, collegial panel approved by the president").remove("interview")
                        .says("终本经合议庭审查核实并经院长批准", "collegial-panel review approved by the court president")
                        .evidence(EvidenceKind.DOCUMENT, RULING),
                of(CheckCode.C12, FAIL, "the creditor's opinion is not recorded").remove("interview.creditorOpinion")
                        .says("约谈记录没有记载申请执行人的意见", "does not note the creditor's opinion")
                        .evidence(EvidenceKind.DOCUMENT, "D5"),
                of(CheckCode.C12, FAIL, "the creditor was not told the consequences").edit(file -> {
                    ArrayNode topics = (ArrayNode) CaseFiles.at(file, "interview").get("topics");
                    topics.remove(topics.size() - 1);
                }).says("约谈时没有告知:终结本次执行程序的法律后果", "The creditor was not told: legal consequences of termination")
                        .evidence(EvidenceKind.DOCUMENT, "D5"),
                of(CheckCode.C12, UNKNOWN, "the record does not say what the creditor was told")
                        .clear("interview.topics")
                        .says("约谈记录没有记载告知了哪些事项", "does not say what the creditor was told")
                        .evidence(EvidenceKind.DOCUMENT, "D5"));
    }

    // ---------------------------------------------------------------- C13 what the ruling states

    static List<CheckCase> c13() {
        return List.of(
                of(CheckCode.C13, PASS, "the ruling states all five parts")
                        .says("终本裁定书载明了债权、执行经过、财产、已实现债权和权利义务", "The ruling states the claim")
                        .evidence(EvidenceKind.DOCUMENT, RULING),
                of(CheckCode.C13, FAIL, "the ruling omits the amount realised").edit(file -> {
                    ArrayNode sections = (ArrayNode) CaseFiles.at(file, "ruling").get("statedSections");
                    sections.remove(3);
                }).says("终本裁定书没有载明:实现的债权情况", "The ruling does not state: amount realised")
                        .evidence(EvidenceKind.DOCUMENT, RULING),
                of(CheckCode.C13, FAIL, "nothing was left unpaid").set("unperformedAmount", 0)
                        .says("未履行金额为零", "Nothing was left unpaid").evidence(EvidenceKind.DOCUMENT, RULING),
                of(CheckCode.C13, FAIL, "closed by 终本 without a ruling").remove("ruling")
                        .says("案卷中没有终本裁定书", "The file contains no termination ruling"),
                of(CheckCode.C13, UNKNOWN, "the file does not say what the ruling states").clear("ruling.statedSections")
                        .says("没有记载终本裁定书载明的内容", "does not say what the ruling states")
                        .evidence(EvidenceKind.DOCUMENT, RULING));
    }

    // ---------------------------------------------------------------- C14 unfinished disposal

    static List<CheckCase> c14() {
        return List.of(
                of(CheckCode.C14, PASS, "deposit disposed of, vehicle not disposable")
                        .zhSays("银行存款(工商银行储蓄账户):已处置", "车辆(小型轿车):无法处置")
                        .enSays("Bank deposits (工商银行储蓄账户): disposed of", "Vehicles (小型轿车): cannot be disposed of")
                        .evidence(EvidenceKind.ASSET, "A1", "A2"),
                of(CheckCode.C14, FAIL, "vehicle still being auctioned").set("assets[1].status", "IN_DISPOSAL")
                        .says("车辆(小型轿车)仍在处置中就终本了", "was still being disposed of when the case was terminated")
                        .evidence(EvidenceKind.ASSET, "A2"),
                of(CheckCode.C14, FAIL, "vehicle found, nothing done").set("assets[1].status", "FOUND")
                        .says("发现了车辆(小型轿车),却没有查封、冻结或处置就终本了", "was found but neither seized, frozen nor disposed of")
                        .evidence(EvidenceKind.ASSET, "A2"),
                of(CheckCode.C14, FAIL, "vehicle seized, no disposal attempted").set("assets[1].status", "CONTROLLED")
                        .remove("assets[1].disposalAttemptedOn")
                        .says("车辆(小型轿车)已被控制,但终本前没有尝试处置", "no disposal was attempted before the termination")
                        .evidence(EvidenceKind.ASSET, "A2"),
                of(CheckCode.C14, FAIL, "vehicle seized, disposal attempted only after the ruling")
                        .set("assets[1].status", "CONTROLLED").set("assets[1].disposalAttemptedOn", "2023-09-01")
                        .says("已被控制,但终本前没有尝试处置", "no disposal was attempted before the termination")
                        .evidence(EvidenceKind.ASSET, "A2"),
                of(CheckCode.C14, PASS, "vehicle seized, auction attempted in June").set("assets[1].status", "CONTROLLED")
                        .says("车辆(小型轿车):已控制", "Vehicles (小型轿车): seized or frozen")
                        .evidence(EvidenceKind.ASSET, "A1", "A2"),
                of(CheckCode.C14, NOT_APPLICABLE, "nothing was found").clear("assets")
                        .says("终本前没有发现财产", "No property was found before the termination"),
                of(CheckCode.C14, UNKNOWN, "no ruling date").noRulingDate()
                        .says("没有记载终本裁定日期", "no date for the 终本 ruling"));
    }

    // ---------------------------------------------------------------- boundaries

    @Nested
    class Boundaries {

        private final ObjectNode compliant = CaseFiles.compliant();

        private CheckResult c1(LocalDate docketed, LocalDate ruled) {
            ObjectNode file = compliant.deepCopy();
            CaseFiles.with(file, "docketedOn", docketed);
            CaseFiles.with(file, "ruling.ruledOn", ruled);
            CaseFiles.with(file, "closedOn", ruled);
            return ComplianceEngine.evaluate(CheckCode.C1, CaseFiles.read(file), Lineage.NONE, CaseFiles.COMPLIANT_TODAY,
                    ComplianceSettings.defaults());
        }

        /** "More than three months": the earliest allowed ruling is docketing + 3 months + 1 day. */
        @ParameterizedTest(name = "docketed {0}: ruling {1} too early, {2} allowed")
        @CsvSource({
                "2023-02-01, 2023-05-01, 2023-05-02",
                "2023-01-30, 2023-04-30, 2023-05-01",
                "2023-01-31, 2023-04-30, 2023-05-01",
                "2023-03-30, 2023-06-30, 2023-07-01",
                "2023-03-31, 2023-06-30, 2023-07-01",
                "2023-05-31, 2023-08-31, 2023-09-01",
                "2023-08-31, 2023-11-30, 2023-12-01",
                "2022-11-30, 2023-02-28, 2023-03-01",
                "2023-11-29, 2024-02-29, 2024-03-01",
                "2023-11-30, 2024-02-29, 2024-03-01",
                "2023-12-31, 2024-03-31, 2024-04-01",
                "2024-02-29, 2024-05-29, 2024-05-30",
                "2024-10-31, 2025-01-31, 2025-02-01" })
        void c1_three_months_end_on_the_same_day_or_the_last_day_of_the_month(LocalDate docketed, LocalDate tooEarly,
                LocalDate allowed) {
            CheckResult early = c1(docketed, tooEarly);
            assertThat(early.verdict()).isEqualTo(FAIL);
            assertThat(early.explanation().zh()).contains("最早应在" + zh(allowed.toString()));
            assertThat(early.explanation().en()).contains("earliest allowed day was " + en(allowed.toString()));
            assertThat(c1(docketed, tooEarly.minusDays(1)).verdict()).isEqualTo(FAIL);
            assertThat(c1(docketed, allowed).verdict()).isEqualTo(PASS);
        }

        /**
         * Every docketing day of twenty years: the last day of the three months (the same day of the third month, or
         * its last day when it has none) fails, the next day passes.
         */
        @Test
        void c1_over_every_docketing_day_of_twenty_years() {
            for (LocalDate docketed = LocalDate.of(2016, 1, 1); docketed.getYear() < 2036; docketed = docketed
                    .plusDays(1)) {
                YearMonth third = YearMonth.from(docketed).plusMonths(3);
                LocalDate lastDay = third.atDay(Math.min(docketed.getDayOfMonth(), third.lengthOfMonth()));
                assertThat(PreTerminationChecks.earliestTermination(docketed)).as("docketed %s", docketed)
                        .isEqualTo(lastDay.plusDays(1));
                assertThat(c1(docketed, lastDay).verdict()).as("docketed %s, ruled %s", docketed, lastDay)
                        .isEqualTo(FAIL);
                assertThat(c1(docketed, lastDay.plusDays(1)).verdict()).as("docketed %s, ruled %s", docketed,
                        lastDay.plusDays(1)).isEqualTo(PASS);
            }
        }

        private CheckResult c6(boolean urgent, String submitted, String verified) {
            ObjectNode file = compliant.deepCopy();
            CaseFiles.with(file, "clues[0].urgent", urgent);
            CaseFiles.with(file, "clues[0].submittedOn", submitted);
            CaseFiles.with(file, "clues[0].verifiedOn", verified);
            return ComplianceEngine.evaluate(CheckCode.C6, CaseFiles.read(file), Lineage.NONE, CaseFiles.COMPLIANT_TODAY,
                    ComplianceSettings.defaults());
        }

        @ParameterizedTest(name = "urgent {0}, submitted {1}, verified {2}: {3}")
        @CsvSource({
                "false, 2023-03-05, 2023-03-05, PASS",
                "false, 2023-03-05, 2023-03-12, PASS",
                "false, 2023-03-05, 2023-03-13, FAIL",
                "true,  2023-03-05, 2023-03-08, PASS",
                "true,  2023-03-05, 2023-03-09, FAIL",
                // given with the application, before docketing (2023-02-01): counted from docketing
                "false, 2023-01-20, 2023-02-08, PASS",
                "false, 2023-01-20, 2023-02-09, FAIL",
                // the week runs across a month end
                "false, 2023-06-28, 2023-07-05, PASS",
                "false, 2023-06-28, 2023-07-06, FAIL" })
        void c6_clue_verified_on_day_7_passes_day_8_fails_urgent_day_3_passes_day_4_fails(boolean urgent,
                String submitted, String verified, Verdict expected) {
            CheckResult result = c6(urgent, submitted, verified);
            assertThat(result.verdict()).isEqualTo(expected);
            if (expected == FAIL) {
                assertThat(result.explanation().en()).contains("after the " + (urgent ? 3 : 7) + "-day limit");
            }
        }

        private CheckResult c7(String submitted, String answered) {
            ObjectNode file = compliant.deepCopy();
            ((ArrayNode) file.get("networkQueries")).remove(0); // only Q3 is left before the ruling
            CaseFiles.with(file, "networkQueries[1].submittedOn", submitted);
            for (int i = 0; i < 4; i++) {
                CaseFiles.with(file, "networkQueries[1].results[" + i + "].answeredOn", answered);
            }
            return ComplianceEngine.evaluate(CheckCode.C7, CaseFiles.read(file), Lineage.NONE, CaseFiles.COMPLIANT_TODAY,
                    ComplianceSettings.defaults());
        }

        /** The unofficial court-side practice: a query submitted at most 91 days before the ruling (2023-08-15). */
        @ParameterizedTest(name = "submitted {0}, answered {1}: {2}")
        @CsvSource({
                "2023-05-16, 2023-05-17, PASS",
                "2023-05-15, 2023-05-16, FAIL",
                "2023-08-15, 2023-08-15, PASS",
                "2023-08-14, 2023-08-16, FAIL" })
        void c7_freshness_and_replies_by_the_ruling_day(String submitted, String answered, Verdict expected) {
            assertThat(c7(submitted, answered).verdict()).isEqualTo(expected);
        }

        @Test
        void c7_freshness_can_be_turned_off() {
            ObjectNode file = CaseFiles.compliant();
            ((ArrayNode) file.get("networkQueries")).remove(2); // only February's Q1
            ComplianceSettings defaults = ComplianceSettings.defaults();
            ComplianceSettings off = new ComplianceSettings(0, defaults.negligibleAmount(), defaults.negligibleShare(),
                    defaults.exOfficioResumptionDays(), defaults.tracker());
            CaseFile read = CaseFiles.read(file);
            assertThat(ComplianceEngine.evaluate(CheckCode.C7, read, Lineage.NONE, CaseFiles.COMPLIANT_TODAY, defaults)
                    .verdict()).isEqualTo(FAIL);
            assertThat(ComplianceEngine.evaluate(CheckCode.C7, read, Lineage.NONE, CaseFiles.COMPLIANT_TODAY, off)
                    .verdict()).isEqualTo(PASS);
        }

        /** C10: a balance may be left if it is at most RMB 1,000 and at most 5% of the unperformed amount. */
        @ParameterizedTest(name = "value {0}, unperformed {1}: {2}")
        @CsvSource({
                "1000.00, 1200000, PASS",
                "1000.01, 1200000, FAIL",
                "500.00,  10000,   PASS",
                "500.01,  10000,   FAIL" })
        void c10_negligible_threshold(String value, String unperformed, Verdict expected) {
            ObjectNode file = CaseFiles.compliant();
            CaseFiles.with(file, "assets[0].status", "NEGLIGIBLE");
            CaseFiles.with(file, "assets[0].estimatedValue", new BigDecimal(value));
            CaseFiles.with(file, "unperformedAmount", new BigDecimal(unperformed));
            assertThat(ComplianceEngine.evaluate(CheckCode.C10, CaseFiles.read(file), Lineage.NONE,
                    CaseFiles.COMPLIANT_TODAY, ComplianceSettings.defaults()).verdict()).isEqualTo(expected);
        }
    }
}
