package org.zhongben.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhongben.portal.investigations.SampleFiles.add;
import static org.zhongben.portal.investigations.SampleFiles.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.investigations.SampleFiles;

import com.fasterxml.jackson.databind.node.ObjectNode;

class TimelineBuilderTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void the_example_case_reads_in_order_from_application_to_its_follow_ups() {
        Timeline timeline = TimelineBuilder.of(SampleFiles.example(), TODAY, ZH);
        assertThat(timeline.events()).extracting(TimelineEvent::kind).startsWith("APPLICATION_RECEIVED", "DOCKETED",
                "EXECUTION_NOTICE", "REPORT_ORDER", "NETWORK_QUERY", "RESTRICTION", "DEBTOR_REPORT", "LISTING");
        assertThat(timeline.events()).extracting(TimelineEvent::kind).containsSubsequence("CREDITOR_INTERVIEW",
                "TERMINATION_RULING", "CASE_CLOSED", "RULING_SERVED", "DATABASE_ENTRY", "OBJECTION_DECISION",
                "FOLLOW_UP", "FOLLOW_UP", "FOLLOW_UP");
        List<LocalDate> dates = timeline.events().stream().map(TimelineEvent::date).toList();
        assertThat(dates).isSorted();
        assertThat(timeline.from()).hasToString("2023-01-30");
        // the tenth follow-up falls on the ruling's fifth anniversary
        assertThat(timeline.to()).hasToString("2028-08-15");
        assertThat(timeline.asOf()).isEqualTo(TODAY);
        assertThat(timeline.caseNumber()).isEqualTo("(2023)京0105执1234号");
    }

    @Test
    void the_example_case_met_its_deadlines_except_the_debtors_report() {
        Timeline timeline = TimelineBuilder.of(SampleFiles.example(), TODAY, ZH);
        assertThat(event(timeline, "REPORT_ORDER").status().code()).isEqualTo("ON_TIME");
        assertThat(event(timeline, "DEBTOR_REPORT").status().code()).isEqualTo("LATE");
        assertThat(event(timeline, "DEBTOR_REPORT").daysFromExpected()).isEqualTo(7);
        assertThat(event(timeline, "CLUE_VERIFICATION").status().code()).isEqualTo("ON_TIME");
        assertThat(event(timeline, "CLUE_VERIFICATION").expected()).hasToString("2023-03-12");
        assertThat(event(timeline, "MEASURE_DECISION").status().code()).isEqualTo("ON_TIME");
        assertThat(event(timeline, "CREDITOR_INTERVIEW").status().code()).isEqualTo("ON_TIME");
        assertThat(event(timeline, "TERMINATION_RULING").status().code()).isEqualTo("ON_TIME");
        assertThat(event(timeline, "TERMINATION_RULING").expected()).hasToString("2023-05-02");
        assertThat(event(timeline, "DATABASE_ENTRY").status().code()).isEqualTo("ON_TIME");
        assertThat(event(timeline, "OBJECTION_DECISION").status().code()).isEqualTo("ON_TIME");
        assertThat(event(timeline, "DOCKETED").status()).isEqualTo(new org.zhongben.portal.investigations.Label(
                "DONE", "已完成"));
        assertThat(event(timeline, "DOCKETED").rule()).isNull();
        // ruled 2023-08-15: the first two follow-ups were done, the third (due 2025-02-15) was not
        assertThat(followUps(timeline)).extracting(e -> e.status().code()).containsExactly("ON_TIME", "ON_TIME",
                "MISSING", "DUE", "DUE", "DUE", "DUE", "DUE", "DUE", "DUE");
    }

    // ---------------------------------------------------------------- termination ruling

    @ParameterizedTest(name = "docketed {0}, ruled {1} -> {2}")
    @CsvSource({
            "2023-02-01, 2023-05-01, TOO_EARLY", // exactly three months: not yet "more than" three
            "2023-02-01, 2023-05-02, ON_TIME",
            "2023-02-01, 2023-04-30, TOO_EARLY",
            "2023-11-30, 2024-02-29, TOO_EARLY", // no 30 February: the period ends on the month's last day
            "2023-11-30, 2024-03-01, ON_TIME",
            "2023-05-31, 2023-08-31, TOO_EARLY",
            "2023-05-31, 2023-09-01, ON_TIME" })
    void a_ruling_within_three_months_of_docketing_is_too_early(String docketedOn, String ruledOn, String status) {
        CaseFile file = SampleFiles.bare(node -> {
            node.put("docketedOn", docketedOn).put("closedOn", ruledOn);
            ((ObjectNode) node.get("ruling")).put("ruledOn", ruledOn).put("servedOn", ruledOn);
        });
        TimelineEvent ruling = event(TimelineBuilder.of(file, TODAY, ZH), "TERMINATION_RULING");
        assertThat(ruling.status().code()).isEqualTo(status);
        assertThat(ruling.expected()).isEqualTo(LocalDate.parse(docketedOn).plusMonths(3).plusDays(1));
        assertThat(ruling.rule().label()).isEqualTo("终本规定 第一条第（四）项 [C]");
    }

    // ---------------------------------------------------------------- follow-ups

    /** A 终本 case ruled on {@code ruledOn} whose first follow-up was performed on {@code performedOn}. */
    private static CaseFile ruledWithFollowUp(String ruledOn, String performedOn) {
        return SampleFiles.bare(node -> {
            node.put("docketedOn", "2023-01-02").put("closedOn", ruledOn);
            ((ObjectNode) node.get("ruling")).put("ruledOn", ruledOn).put("servedOn", ruledOn);
            if (performedOn != null) {
                add(node, "followUps").put("sequence", 1).put("performedOn", performedOn).put("result",
                        "NOTHING_FOUND");
            }
        });
    }

    @ParameterizedTest(name = "due 2024-02-29, performed {0}, today {1} -> {2}")
    @CsvSource({
            "2024-02-29, 2025-06-30, ON_TIME", // on its due date
            "2024-02-19, 2025-06-30, ON_TIME", // a little early
            "2024-03-30, 2025-06-30, ON_TIME", // 30 days after: still within the grace
            "2024-03-31, 2025-06-30, LATE", // 31 days after
            "          , 2024-02-28, DUE",
            "          , 2024-02-29, DUE", // due today
            "          , 2024-03-01, DUE", // overdue, but within the tolerance
            "          , 2024-03-30, DUE",
            "          , 2024-03-31, MISSING" })
    void a_follow_up_is_on_time_up_to_thirty_days_after_its_due_date(String performedOn, String today, String status) {
        Timeline timeline = TimelineBuilder.of(ruledWithFollowUp("2023-08-31", performedOn), LocalDate.parse(today),
                ZH);
        TimelineEvent first = followUps(timeline).get(0);
        assertThat(first.expected()).hasToString("2024-02-29");
        assertThat(first.status().code()).isEqualTo(status);
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.rule().label()).isEqualTo("终本规定 第九条 [C]");
        assertThat(org.zhongben.portal.followup.TrackerSettings.defaults().followUpGraceDays()).isEqualTo(30);
    }

    @Test
    void follow_ups_are_due_every_six_months_from_the_ruling_for_five_years_without_month_end_drift() {
        Timeline timeline = TimelineBuilder.of(ruledWithFollowUp("2023-08-31", null), TODAY, EN);
        assertThat(followUps(timeline)).extracting(e -> e.expected().toString()).containsExactly("2024-02-29",
                "2024-08-31", "2025-02-28", "2025-08-31", "2026-02-28", "2026-08-31", "2027-02-28", "2027-08-31",
                "2028-02-29", "2028-08-31");
        assertThat(followUps(timeline)).extracting(TimelineEvent::label).startsWith("Follow-up inquiry 1",
                "Follow-up inquiry 2");
        assertThat(timeline.to()).hasToString("2028-08-31");
        assertThat(org.zhongben.portal.followup.FollowUpSchedule.due(LocalDate.of(2023, 8, 31), 1))
                .hasToString("2024-02-29");
    }

    @Test
    void no_follow_up_is_owed_after_one_led_to_resumption_or_after_the_entry_was_shielded() {
        CaseFile resumed = SampleFiles.example(node -> at(node, "followUps", 1).put("ledToResumption", true)
                .put("result", "PROPERTY_FOUND"));
        Timeline timeline = TimelineBuilder.of(resumed, TODAY, ZH);
        assertThat(followUps(timeline)).extracting(TimelineEvent::sequence).containsExactly(1, 2);
        assertThat(event(timeline, "RESUMPTION").actual()).hasToString("2024-08-20");
        assertThat(event(timeline, "RESUMPTION").detail()).isEqualTo("第2次定期查询发现财产");

        CaseFile shielded = SampleFiles.example(node -> ((ObjectNode) node.get("databaseEntry"))
                .put("shieldedOn", "2025-02-15").put("shieldReason", "PERFORMED"));
        Timeline ended = TimelineBuilder.of(shielded, TODAY, ZH);
        // the third follow-up was due on the shielding day itself: no longer owed
        assertThat(followUps(ended)).extracting(TimelineEvent::sequence).containsExactly(1, 2);
        assertThat(event(ended, "DATABASE_SHIELDED").label()).isEqualTo("终本信息屏蔽：履行完毕");
        assertThat(ended.events()).noneMatch(e -> e.kind().equals("RESUMPTION"));
    }

    @Test
    void a_follow_up_tells_its_result_and_whether_the_creditor_was_told() {
        Timeline timeline = TimelineBuilder.of(SampleFiles.example(), TODAY, EN);
        assertThat(followUps(timeline).get(0).detail())
                .isEqualTo("No property found; creditor told on 15 Feb 2024");
        assertThat(followUps(timeline).get(1).detail()).isEqualTo("No property found; creditor not told");
        assertThat(followUps(timeline).get(0).sourceId()).isEqualTo("Q2");
    }

    @Test
    void a_case_without_a_ruling_has_no_follow_ups_no_interview_and_no_database_entry() {
        CaseFile open = SampleFiles.bare(node -> {
            node.remove(List.of("ruling", "closingMode", "closedOn"));
            node.put("docketedOn", "2025-03-01");
        });
        Timeline timeline = TimelineBuilder.of(open, TODAY, ZH);
        assertThat(timeline.events()).extracting(TimelineEvent::kind).doesNotContain("FOLLOW_UP",
                "CREDITOR_INTERVIEW", "DATABASE_ENTRY", "TERMINATION_RULING");
        TimelineEvent closing = event(timeline, "CASE_CLOSED");
        assertThat(closing.actual()).isNull();
        assertThat(closing.expected()).hasToString("2025-09-01");
        assertThat(closing.status().code()).isEqualTo("DUE");
        assertThat(timeline.to()).hasToString("2025-09-01");
    }

    // ---------------------------------------------------------------- other deadlines

    @ParameterizedTest(name = "served 2023-08-18, entered {0}, today {1} -> {2}")
    @CsvSource({ "2023-08-25, 2025-06-30, ON_TIME", "2023-08-26, 2025-06-30, LATE", "          , 2023-08-25, DUE",
            "          , 2023-08-26, MISSING" })
    void the_database_entry_is_due_seven_days_after_service(String enteredOn, String today, String status) {
        CaseFile file = SampleFiles.example(node -> {
            if (enteredOn == null) {
                node.remove("databaseEntry");
            } else {
                ((ObjectNode) node.get("databaseEntry")).put("enteredOn", enteredOn);
            }
        });
        TimelineEvent entry = event(TimelineBuilder.of(file, LocalDate.parse(today), ZH), "DATABASE_ENTRY");
        assertThat(entry.expected()).hasToString("2023-08-25");
        assertThat(entry.status().code()).isEqualTo(status);
        assertThat(entry.rule().label()).endsWith("[R]");
    }

    @ParameterizedTest(name = "ruled 2023-08-15, interview {0} -> {1}")
    @CsvSource({ "2023-08-15, ON_TIME", "2023-08-01, ON_TIME", "2023-08-16, LATE", ", MISSING" })
    void the_creditor_is_interviewed_before_the_ruling(String heldOn, String status) {
        CaseFile file = SampleFiles.example(node -> {
            if (heldOn == null) {
                node.remove("interview");
            } else {
                ((ObjectNode) node.get("interview")).put("heldOn", heldOn);
            }
        });
        TimelineEvent interview = event(TimelineBuilder.of(file, TODAY, ZH), "CREDITOR_INTERVIEW");
        assertThat(interview.expected()).hasToString("2023-08-15");
        assertThat(interview.status().code()).isEqualTo(status);
    }

    @ParameterizedTest(name = "notice 2023-02-03, report order {0} -> {1}")
    @CsvSource({ "2023-02-03, ON_TIME", "2023-02-02, ON_TIME", "2023-02-04, LATE", ", MISSING" })
    void the_report_order_goes_out_with_the_execution_notice(String issuedOn, String status) {
        CaseFile file = SampleFiles.example(node -> {
            if (issuedOn == null) {
                node.putArray("reportOrders");
            } else {
                at(node, "reportOrders", 0).put("issuedOn", issuedOn);
            }
        });
        TimelineEvent order = event(TimelineBuilder.of(file, TODAY, ZH), "REPORT_ORDER");
        assertThat(order.expected()).hasToString("2023-02-03");
        assertThat(order.status().code()).isEqualTo(status);
        assertThat(order.rule().label()).isEqualTo("财产调查规定 第三条 [C]");
    }

    @ParameterizedTest(name = "submitted 2023-03-05, urgent {0}, verified {1} -> {2}")
    @CsvSource({ "false, 2023-03-12, ON_TIME", "false, 2023-03-13, LATE", "true, 2023-03-08, ON_TIME",
            "true, 2023-03-09, LATE", "false, , MISSING" })
    void a_clue_is_verified_within_seven_days_or_three_when_urgent(boolean urgent, String verifiedOn, String status) {
        CaseFile file = SampleFiles.example(node -> {
            ObjectNode clue = at(node, "clues", 0).put("urgent", urgent);
            if (verifiedOn == null) {
                clue.remove("verifiedOn");
                clue.put("result", "PENDING");
            } else {
                clue.put("verifiedOn", verifiedOn);
            }
        });
        TimelineEvent clue = event(TimelineBuilder.of(file, TODAY, EN), "CLUE_VERIFICATION");
        assertThat(clue.status().code()).isEqualTo(status);
        assertThat(clue.label()).isEqualTo(urgent ? "Property clue verified (Vehicles, urgent)"
                : "Property clue verified (Vehicles)");
    }

    @ParameterizedTest(name = "objection filed 2023-09-01, decided {0} -> {1}")
    @CsvSource({ "2023-09-16, ON_TIME", "2023-09-17, LATE" })
    void an_objection_is_decided_within_fifteen_days(String decidedOn, String status) {
        CaseFile file = SampleFiles.example(node -> at(node, "remedies", 0).put("decidedOn", decidedOn));
        TimelineEvent objection = event(TimelineBuilder.of(file, TODAY, ZH), "OBJECTION_DECISION");
        assertThat(objection.expected()).hasToString("2023-09-16");
        assertThat(objection.status().code()).isEqualTo(status);
        assertThat(objection.sourceId()).isEqualTo("(2023)京0105执异321号");
    }

    @Test
    void the_case_closing_target_is_six_months_plus_the_days_of_suspension() {
        // docketed 2023-02-01, suspended 2023-05-01..2023-05-20 (20 days), closed 2023-08-15
        TimelineEvent closed = event(TimelineBuilder.of(SampleFiles.example(), TODAY, ZH), "CASE_CLOSED");
        assertThat(closed.expected()).hasToString("2023-08-21");
        assertThat(closed.status().code()).isEqualTo("ON_TIME");
        assertThat(closed.label()).isEqualTo("结案：终结本次执行程序");

        CaseFile unsuspended = SampleFiles.example(node -> node.putArray("suspensions"));
        TimelineEvent late = event(TimelineBuilder.of(unsuspended, TODAY, ZH), "CASE_CLOSED");
        assertThat(late.expected()).hasToString("2023-08-01");
        assertThat(late.status().code()).isEqualTo("LATE");
        assertThat(late.daysFromExpected()).isEqualTo(14);
    }

    @Test
    void labels_and_rules_exist_in_both_languages() {
        Timeline zh = TimelineBuilder.of(SampleFiles.example(), TODAY, ZH);
        Timeline en = TimelineBuilder.of(SampleFiles.example(), TODAY, EN);
        assertThat(zh.events()).hasSameSizeAs(en.events());
        assertThat(event(zh, "DOCKETED").label()).isEqualTo("立案");
        assertThat(event(en, "DOCKETED").label()).isEqualTo("Case docketed");
        assertThat(event(zh, "NETWORK_QUERY").label()).isEqualTo("总对总网络查询");
        assertThat(event(en, "NETWORK_QUERY").label()).isEqualTo("National network query");
        assertThat(event(en, "RESTRICTION").label()).isEqualTo("Consumption restriction (张伟)");
        assertThat(event(en, "FOLLOW_UP").rule().label()).isEqualTo("Termination Provisions (终本规定) Art. 9 [C]");
        assertThat(event(en, "FOLLOW_UP").status().label()).isEqualTo("On time");
        for (int i = 0; i < zh.events().size(); i++) {
            assertThat(zh.events().get(i).kind()).isEqualTo(en.events().get(i).kind());
            assertThat(zh.events().get(i).status().code()).isEqualTo(en.events().get(i).status().code());
        }
        assertThat(en.counts()).extracting(c -> c.status().label()).contains("Done", "On time", "Late", "Missing",
                "Due");
        assertThat(en.counts().stream().mapToInt(Timeline.StatusCount::count).sum()).isEqualTo(en.events().size());
    }

    @Test
    void unknown_party_ids_render_as_the_id() {
        CaseFile file = SampleFiles.example(node -> {
            at(node, "reportOrders", 0).put("debtorPartyId", "P404");
            at(node, "listings", 0).put("partyId", "P405");
        });
        Timeline timeline = TimelineBuilder.of(file, TODAY, ZH);
        assertThat(event(timeline, "REPORT_ORDER").label()).isEqualTo("发出报告财产令（P404）");
        assertThat(event(timeline, "LISTING").label()).isEqualTo("纳入失信名单（P405）");
    }

    @Test
    void every_event_with_an_expected_date_names_its_rule_and_dated_events_have_no_status_of_the_future() {
        Timeline timeline = TimelineBuilder.of(SampleFiles.example(), TODAY, ZH);
        for (TimelineEvent event : timeline.events()) {
            assertThat(event.rule() == null).as(event.kind()).isEqualTo(event.expected() == null);
            if (event.actual() != null) {
                assertThat(event.status().code()).as(event.kind()).isNotIn("DUE", "MISSING");
            }
        }
    }

    static TimelineEvent event(Timeline timeline, String kind) {
        return timeline.events().stream().filter(e -> e.kind().equals(kind)).findFirst().orElseThrow();
    }

    static List<TimelineEvent> followUps(Timeline timeline) {
        return timeline.events().stream().filter(e -> e.kind().equals("FOLLOW_UP")).toList();
    }
}
