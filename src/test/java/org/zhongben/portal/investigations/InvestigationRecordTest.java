package org.zhongben.portal.investigations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongben.portal.investigations.SampleFiles.add;
import static org.zhongben.portal.investigations.SampleFiles.at;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.investigations.InvestigationRecord.ClueView;
import org.zhongben.portal.investigations.InvestigationRecord.ControlView;
import org.zhongben.portal.investigations.InvestigationRecord.MeasureView;

import com.fasterxml.jackson.databind.node.ObjectNode;

class InvestigationRecordTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    // ---------------------------------------------------------------- clues

    @ParameterizedTest(name = "submitted 2024-03-01, urgent {0}, verified {1}, today {2} -> due {3}, {4}")
    @CsvSource({
            "false, 2024-03-08, 2025-06-30, 2024-03-08, MET,    ,  ",
            "false, 2024-03-09, 2025-06-30, 2024-03-08, MISSED, 1, ",
            "false, 2024-03-01, 2025-06-30, 2024-03-08, MET,    ,  ",
            "true,  2024-03-04, 2025-06-30, 2024-03-04, MET,    ,  ",
            "true,  2024-03-05, 2025-06-30, 2024-03-04, MISSED, 1, ",
            "false,           , 2024-03-08, 2024-03-08, OPEN,   , 0",
            "false,           , 2024-03-02, 2024-03-08, OPEN,   , 6",
            "false,           , 2024-03-09, 2024-03-08, MISSED, 1, ",
            "true,            , 2024-03-04, 2024-03-04, OPEN,   , 0",
            "true,            , 2024-03-05, 2024-03-04, MISSED, 1, " })
    void a_clue_is_verified_within_seven_days_or_three_when_urgent(boolean urgent, String verifiedOn, String today,
            String due, String state, Integer daysLate, Integer daysLeft) {
        CaseFile file = SampleFiles.bare(node -> {
            ObjectNode clue = add(node, "clues").put("id", "CL5").put("source", "CREDITOR")
                    .put("submittedOn", "2024-03-01").put("category", "REAL_ESTATE").put("urgent", urgent)
                    .put("result", verifiedOn == null ? "PENDING" : "CONFIRMED");
            if (verifiedOn != null) {
                clue.put("verifiedOn", verifiedOn);
            }
        });
        ClueView clue = InvestigationRecord.of(file, LocalDate.parse(today), ZH).clues().get(0);
        assertThat(clue.urgent()).isEqualTo(urgent);
        assertThat(clue.verification().dueOn()).hasToString(due);
        assertThat(clue.verification().state().code()).isEqualTo(state);
        assertThat(clue.verification().daysLate()).isEqualTo(daysLate);
        assertThat(clue.verification().daysLeft()).isEqualTo(daysLeft);
        assertThat(clue.verification().rule().label()).isEqualTo("财产调查规定 第二条 [C]");
    }

    @Test
    void a_clue_with_a_result_but_no_verification_date_is_not_counted_as_missed() {
        CaseFile file = SampleFiles.bare(node -> add(node, "clues").put("id", "CL5").put("source", "CREDITOR")
                .put("submittedOn", "2024-03-01").put("result", "NOT_CONFIRMED"));
        ClueView clue = InvestigationRecord.of(file, TODAY, EN).clues().get(0);
        assertThat(clue.verification().state()).isEqualTo(new Label("UNKNOWN", "Done, date not recorded"));
        assertThat(clue.result()).isEqualTo(new Label("NOT_CONFIRMED", "Not confirmed"));
        assertThat(clue.category()).isNull();
    }

    // ---------------------------------------------------------------- controls

    /** A freeze of the example's bank deposit A1, effective 2024-07-01 (one-year maximum). */
    private static CaseFile control(String expiresOn, String renewedOn, String renewalExpiresOn, String liftedOn) {
        return SampleFiles.example(node -> {
            node.putArray("controls");
            ObjectNode control = add(node, "controls").put("id", "C9").put("assetId", "A1").put("type", "FREEZE")
                    .put("effectiveOn", "2024-07-01").put("expiresOn", expiresOn);
            if (renewedOn != null) {
                control.putArray("renewals").addObject().put("renewedOn", renewedOn).put("expiresOn", renewalExpiresOn);
            }
            if (liftedOn != null) {
                control.put("liftedOn", liftedOn).put("liftReason", "已扣划");
            }
        });
    }

    @ParameterizedTest(name = "expires {0}, renewed {1} to {2}, lifted {3} -> {4}, {5} days left, urgent {6}")
    @CsvSource({
            // today is 2025-06-30
            "2025-07-31, ,           ,           ,           ACTIVE,   31, false",
            "2025-07-30, ,           ,           ,           EXPIRING, 30, false",
            "2025-07-08, ,           ,           ,           EXPIRING,  8, false",
            "2025-07-07, ,           ,           ,           EXPIRING,  7, true",
            "2025-06-30, ,           ,           ,           EXPIRING,  0, true",
            "2025-06-29, ,           ,           ,           EXPIRED,    , false",
            "2025-07-10, 2025-06-20, 2026-07-10, ,           ACTIVE,  375, false",
            "2025-06-01, 2025-05-20, 2025-07-15, ,           EXPIRING, 15, false",
            "2025-07-10, ,           ,           2025-06-30, LIFTED,     , false",
            "2025-07-31, ,           ,           2025-07-01, ACTIVE,   31, false" })
    void a_control_measure_is_active_expiring_expired_or_lifted_relative_to_today(String expiresOn, String renewedOn,
            String renewalExpiresOn, String liftedOn, String state, Integer daysLeft, boolean urgent) {
        ControlView view = InvestigationRecord.of(control(expiresOn, renewedOn, renewalExpiresOn, liftedOn), TODAY, ZH)
                .controls().get(0);
        assertThat(view.state().code()).isEqualTo(state);
        assertThat(view.daysLeft()).isEqualTo(daysLeft);
        assertThat(view.urgent()).isEqualTo(urgent);
        assertThat(view.currentExpiresOn()).hasToString(renewalExpiresOn != null ? renewalExpiresOn : expiresOn);
        assertThat(view.expiresOn()).hasToString(expiresOn);
        assertThat(view.renewals()).isEqualTo(renewedOn == null ? 0 : 1);
    }

    @ParameterizedTest(name = "deposit frozen 2024-07-01 to {0}, renewed {1} to {2} -> exceeds {3}")
    @CsvSource({
            "2025-07-01, ,           ,           false",
            "2025-06-30, ,           ,           false",
            "2025-07-02, ,           ,           true",
            "2025-07-01, 2025-06-20, 2026-07-01, false",
            "2025-07-01, 2025-06-20, 2026-07-02, true",
            // a renewal after the expiry runs from the renewal day
            "2025-07-01, 2025-08-01, 2026-08-01, false" })
    void a_term_longer_than_the_category_allows_is_flagged(String expiresOn, String renewedOn, String renewalExpiresOn,
            boolean exceeds) {
        ControlView view = InvestigationRecord.of(control(expiresOn, renewedOn, renewalExpiresOn, null), TODAY, ZH)
                .controls().get(0);
        assertThat(view.maxTermMonths()).isEqualTo(12);
        assertThat(view.termExceedsMaximum()).isEqualTo(exceeds);
    }

    @Test
    void the_example_seizure_of_a_vehicle_was_renewed_within_its_two_year_term() {
        ControlView view = InvestigationRecord.of(SampleFiles.example(), TODAY, EN).controls().get(0);
        assertThat(view.assetDescription()).isEqualTo("小型轿车");
        assertThat(view.assetCategory()).isEqualTo(new Label("VEHICLE", "Vehicles"));
        assertThat(view.type()).isEqualTo(new Label("SEIZURE", "Seizure"));
        assertThat(view.maxTermMonths()).isEqualTo(24);
        assertThat(view.termExceedsMaximum()).isFalse();
        assertThat(view.renewals()).isEqualTo(1);
        assertThat(view.lastRenewedOn()).hasToString("2025-01-20");
        assertThat(view.currentExpiresOn()).hasToString("2027-02-09");
        assertThat(view.state()).isEqualTo(new Label("ACTIVE", "In force"));
    }

    @Test
    void a_control_of_an_unknown_asset_has_no_maximum_and_no_description() {
        CaseFile file = SampleFiles.example(node -> at(node, "controls", 0).put("assetId", "A404"));
        ControlView view = InvestigationRecord.of(file, TODAY, ZH).controls().get(0);
        assertThat(view.maxTermMonths()).isNull();
        assertThat(view.termExceedsMaximum()).isFalse();
        assertThat(view.assetDescription()).isNull();
        assertThat(view.assetCategory()).isNull();
    }

    // ---------------------------------------------------------------- report orders

    @ParameterizedTest(name = "deadline 2023-02-13, reported {0}, today {1} -> late {2}, overdue {3}")
    @CsvSource({
            "2023-02-13, 2025-06-30, false, false",
            "2023-02-14, 2025-06-30, true,  false",
            "2023-02-01, 2025-06-30, false, false",
            "          , 2023-02-13, false, false",
            "          , 2023-02-14, false, true" })
    void a_report_after_the_deadline_is_late_and_none_after_it_is_overdue(String reportedOn, String today,
            boolean late, boolean overdue) {
        CaseFile file = SampleFiles.example(node -> {
            ObjectNode order = at(node, "reportOrders", 0);
            if (reportedOn == null) {
                order.remove(java.util.List.of("reportedOn", "verifiedOn"));
                order.put("outcome", "NOT_YET");
            } else {
                order.put("reportedOn", reportedOn);
            }
        });
        InvestigationRecord.ReportOrderView view = InvestigationRecord.of(file, LocalDate.parse(today), ZH)
                .reportOrders().get(0);
        assertThat(view.reportedLate()).isEqualTo(late);
        assertThat(view.overdue()).isEqualTo(overdue);
        assertThat(view.verified()).isEqualTo(reportedOn != null);
        assertThat(view.debtorName()).isEqualTo("张伟");
    }

    @Test
    void the_example_report_order_was_answered_late_and_verified() {
        InvestigationRecord.ReportOrderView view = InvestigationRecord.of(SampleFiles.example(), TODAY, EN)
                .reportOrders().get(0);
        assertThat(view.outcome()).isEqualTo(new Label("LATE", "Reported late"));
        assertThat(view.reportedLate()).isTrue();
        assertThat(view.verified()).isTrue();
        assertThat(view.documentId()).isEqualTo("D2");
    }

    // ---------------------------------------------------------------- measures and queries

    @Test
    void measures_are_sorted_by_performed_else_decided_else_requested_date() {
        CaseFile file = SampleFiles.bare(node -> {
            add(node, "measures").put("id", "late").put("type", "SEARCH").put("requestedBy", "COURT")
                    .put("requestedOn", "2023-01-01").put("performedOn", "2023-06-01");
            add(node, "measures").put("id", "requested").put("type", "AUDIT").put("requestedBy", "CREDITOR")
                    .put("requestedOn", "2023-03-01");
            add(node, "measures").put("id", "undated").put("type", "OTHER").put("requestedBy", "COURT");
            add(node, "measures").put("id", "decided").put("type", "REWARD_ANNOUNCEMENT").put("requestedBy", "CREDITOR")
                    .put("requestedOn", "2023-01-01").put("decision", "ALLOWED").put("decidedOn", "2023-02-01");
        });
        assertThat(InvestigationRecord.of(file, TODAY, ZH).measures()).extracting(MeasureView::id)
                .containsExactly("decided", "requested", "late", "undated");
    }

    @Test
    void a_measure_shows_who_asked_what_was_decided_and_what_it_found_in_both_languages() {
        MeasureView zh = InvestigationRecord.of(SampleFiles.example(), TODAY, ZH).measures().get(0);
        MeasureView en = InvestigationRecord.of(SampleFiles.example(), TODAY, EN).measures().get(0);
        assertThat(zh.id()).isEqualTo("M1");
        assertThat(zh.type()).isEqualTo(new Label("ONSITE_INVESTIGATION", "现场调查"));
        assertThat(en.type()).isEqualTo(new Label("ONSITE_INVESTIGATION", "On-site investigation"));
        assertThat(en.requestedBy()).isEqualTo(new Label("COURT", "The court, ex officio"));
        assertThat(zh.targetName()).isEqualTo("张伟");
        assertThat(en.categories()).extracting(Label::label).containsExactly("Cash", "Machinery, products and materials");
        assertThat(zh.location()).isEqualTo("北京市朝阳区示例小区2号楼");
        assertThat(zh.propertyFound()).isFalse();
        assertThat(zh.documentIds()).containsExactly("D3");
        assertThat(zh.decisionDeadline()).isNull();
    }

    @ParameterizedTest(name = "audit requested 2023-04-01 by {0}, decided {1} -> {2}")
    @CsvSource({ "CREDITOR, 2023-04-11, MET", "CREDITOR, 2023-04-12, MISSED", "CREDITOR, , MISSED",
            "COURT, 2023-04-30, " })
    void an_audit_application_is_decided_within_ten_days(String requestedBy, String decidedOn, String state) {
        CaseFile file = SampleFiles.example(node -> {
            ObjectNode audit = at(node, "measures", 1).put("requestedBy", requestedBy);
            if (decidedOn == null) {
                audit.remove(java.util.List.of("decidedOn", "decision"));
            } else {
                audit.put("decidedOn", decidedOn);
            }
        });
        MeasureView audit = InvestigationRecord.of(file, TODAY, ZH).measures().stream()
                .filter(m -> m.id().equals("M2")).findFirst().orElseThrow();
        if (state == null) {
            assertThat(audit.decisionDeadline()).isNull();
        } else {
            assertThat(audit.decisionDeadline().dueOn()).hasToString("2023-04-11");
            assertThat(audit.decisionDeadline().state().code()).isEqualTo(state);
        }
    }

    @Test
    void a_query_lists_every_category_and_counts_those_still_without_reply() {
        CaseFile file = SampleFiles.example(node -> {
            ObjectNode securities = (ObjectNode) at(node, "networkQueries", 0).get("results").get(3);
            securities.put("status", "PENDING").remove(java.util.List.of("answeredOn", "hits", "summary"));
        });
        InvestigationRecord.QueryView query = InvestigationRecord.of(file, TODAY, EN).networkQueries().get(0);
        assertThat(query.id()).isEqualTo("Q1");
        assertThat(query.channel()).isEqualTo(new Label("NATIONAL", "National (总对总)"));
        assertThat(query.purpose().code()).isEqualTo("PRE_TERMINATION");
        assertThat(query.results()).hasSize(5);
        assertThat(query.results().get(3).status()).isEqualTo(new Label("PENDING", "No reply yet"));
        assertThat(query.pendingCategories()).isEqualTo(1);
        assertThat(query.totalHits()).isEqualTo(4);
        assertThat(query.debtorName()).isEqualTo("张伟");
    }

    // ---------------------------------------------------------------- assets, sanctions, interview

    @Test
    void only_a_cannot_dispose_reason_outside_article_four_is_flagged() {
        CaseFile file = SampleFiles.example(node -> at(node, "assets", 0).put("status", "CANNOT_DISPOSE")
                .put("cannotDisposeReason", "OTHER").put("cannotDisposeNote", "集体土地,无法处置"));
        InvestigationRecord record = InvestigationRecord.of(file, TODAY, EN);
        assertThat(record.assets().get(0).reasonNotPermitted()).isTrue();
        assertThat(record.assets().get(0).cannotDisposeReason().code()).isEqualTo("OTHER");
        assertThat(record.assets().get(1).reasonNotPermitted()).isFalse();
        assertThat(record.assets().get(1).cannotDisposeReason().label())
                .isEqualTo("Registered but could not be taken into custody");
        assertThat(record.assets().get(1).holderName()).isEqualTo("张伟");
        assertThat(record.rules().cannotDispose().label()).endsWith("[S]");
    }

    @Test
    void restrictions_and_listings_are_in_force_until_lifted_deleted_or_ended() {
        InvestigationRecord before = InvestigationRecord.of(SampleFiles.example(), LocalDate.of(2024, 8, 19), ZH);
        InvestigationRecord after = InvestigationRecord.of(SampleFiles.example(), LocalDate.of(2024, 8, 20), ZH);
        assertThat(before.listings().get(0).state().code()).isEqualTo("LISTED");
        assertThat(after.listings().get(0).state().code()).isEqualTo("DELETED");
        assertThat(after.listings().get(0).deletionReason().code()).isEqualTo("ZHONGBEN_TWO_EMPTY_QUERIES");
        assertThat(after.restrictions().get(0).state()).isEqualTo(new Label("ACTIVE", "有效"));
        assertThat(after.restrictions().get(0).items()).hasSize(3);

        CaseFile lifted = SampleFiles.example(node -> at(node, "restrictions", 0).put("liftedOn", "2024-01-01")
                .put("liftReason", "CREDITOR_CONSENT"));
        InvestigationRecord.RestrictionView view = InvestigationRecord.of(lifted, TODAY, EN).restrictions().get(0);
        assertThat(view.state()).isEqualTo(new Label("LIFTED", "Lifted"));
        assertThat(view.liftReason()).isEqualTo(new Label("CREDITOR_CONSENT", "Creditor consented"));

        CaseFile ended = SampleFiles.example(node -> at(node, "listings", 0).remove(java.util.List.of("deletedOn",
                "deletionReason")));
        assertThat(InvestigationRecord.of(ended, LocalDate.of(2025, 2, 27), ZH).listings().get(0).state().code())
                .isEqualTo("LISTED");
        assertThat(InvestigationRecord.of(ended, LocalDate.of(2025, 2, 28), ZH).listings().get(0).state().code())
                .isEqualTo("TERM_ENDED");
    }

    @Test
    void a_dishonest_ground_says_whether_the_party_was_listed_for_it() {
        InvestigationRecord record = InvestigationRecord.of(SampleFiles.example(), TODAY, ZH);
        assertThat(record.dishonestGrounds()).singleElement().satisfies(g -> {
            assertThat(g.listed()).isTrue();
            assertThat(g.partyName()).isEqualTo("张伟");
        });
        CaseFile unlisted = SampleFiles.example(node -> node.putArray("listings"));
        assertThat(InvestigationRecord.of(unlisted, TODAY, ZH).dishonestGrounds().get(0).listed()).isFalse();
    }

    @Test
    void the_interview_lists_the_topics_the_creditor_was_not_told() {
        CaseFile file = SampleFiles.example(node -> {
            ObjectNode interview = (ObjectNode) node.get("interview");
            interview.putArray("topics").add("ENFORCEMENT_HISTORY").add("LEGAL_BASIS");
            interview.put("heldOn", "2023-08-16");
        });
        InvestigationRecord.InterviewView view = InvestigationRecord.of(file, TODAY, EN).interview();
        assertThat(view.topicsTold()).extracting(Label::code).containsExactly("ENFORCEMENT_HISTORY", "LEGAL_BASIS");
        assertThat(view.topicsNotTold()).extracting(Label::code).containsExactly("MEASURES_TAKEN", "DEBTOR_PROPERTY",
                "CONSEQUENCES");
        assertThat(view.creditorOpinion()).isEqualTo(new Label("DISAGREE", "Disagrees"));
        assertThat(view.beforeRuling()).isFalse();
        assertThat(InvestigationRecord.of(SampleFiles.example(), TODAY, EN).interview().beforeRuling()).isTrue();
        assertThat(InvestigationRecord.of(SampleFiles.example(), TODAY, EN).interview().topicsNotTold()).isEmpty();
        assertThat(InvestigationRecord.of(SampleFiles.bare(n -> {
        }), TODAY, EN).interview()).isNull();
    }

    @Test
    void a_coercive_measure_names_its_target_and_falls_back_to_the_party() {
        CaseFile file = SampleFiles.example(node -> {
            add(node, "coerciveMeasures").put("id", "CO2").put("type", "DETENTION").put("targetPartyId", "P2")
                    .put("decidedOn", "2023-03-01").put("days", 15);
            add(node, "coerciveMeasures").put("id", "CO3").put("type", "EXIT_BAN").put("targetPartyId", "P77")
                    .put("decidedOn", "2023-03-02");
        });
        InvestigationRecord record = InvestigationRecord.of(file, TODAY, EN);
        assertThat(record.coerciveMeasures()).extracting(InvestigationRecord.CoerciveView::targetName)
                .containsExactly("张伟", "张伟", "P77");
        assertThat(record.coerciveMeasures().get(0).reason()).isEqualTo(
                new Label("REPORTING_BREACH", "Breach of the property-reporting duty"));
        assertThat(record.coerciveMeasures().get(1).days()).isEqualTo(15);
    }

    // ---------------------------------------------------------------- documents and party names

    @Test
    void only_documents_a_party_may_open_are_listed_and_the_rest_are_counted() {
        InvestigationRecord record = InvestigationRecord.of(SampleFiles.example(), TODAY, ZH);
        assertThat(record.documents()).extracting(InvestigationRecord.DocumentView::id).containsExactly("D2", "D3",
                "D5", "D1");
        assertThat(record.hiddenDocuments()).isEqualTo(1);
        CaseFile file = SampleFiles.example(node -> {
            at(node, "documents", 0).put("visibility", "COURT");
            at(node, "documents", 1).put("visibility", "PUBLIC");
        });
        InvestigationRecord changed = InvestigationRecord.of(file, TODAY, EN);
        assertThat(changed.documents()).extracting(d -> d.visibility().code()).doesNotContain("COURT", "LAWYER");
        assertThat(changed.documents().get(0).visibility()).isEqualTo(new Label("PUBLIC", "Public"));
        assertThat(changed.hiddenDocuments()).isEqualTo(2);
    }

    @Test
    void unknown_party_ids_render_as_the_id_everywhere() {
        CaseFile file = SampleFiles.example(node -> {
            at(node, "measures", 0).put("targetPartyId", "P9");
            at(node, "reportOrders", 0).put("debtorPartyId", "P9");
            at(node, "assets", 0).put("holderPartyId", "P9");
            at(node, "listings", 0).put("partyId", "P9");
            at(node, "restrictions", 0).put("partyId", "P9").remove("personName");
            at(node, "networkQueries", 0).put("debtorPartyId", "P9");
        });
        InvestigationRecord record = InvestigationRecord.of(file, TODAY, ZH);
        assertThat(record.measures().get(0).targetName()).isEqualTo("P9");
        assertThat(record.reportOrders().get(0).debtorName()).isEqualTo("P9");
        assertThat(record.assets().get(0).holderName()).isEqualTo("P9");
        assertThat(record.listings().get(0).partyName()).isEqualTo("P9");
        assertThat(record.restrictions().get(0).personName()).isEqualTo("P9");
        assertThat(record.networkQueries().get(0).debtorName()).isEqualTo("P9");
        assertThat(record.measures().get(1).targetName()).isEqualTo("张伟");
    }

    @Test
    void the_record_is_dated_and_names_its_rules_in_the_requested_language() {
        InvestigationRecord record = InvestigationRecord.of(SampleFiles.example(), TODAY, EN);
        assertThat(record.asOf()).isEqualTo(TODAY);
        assertThat(record.rules().clueVerification().label())
                .isEqualTo("Property Investigation Provisions (财产调查规定) Art. 2 [C]");
        assertThat(record.rules().controlTerm().code()).isEqualTo("CONTROL_TERM");
    }
}
