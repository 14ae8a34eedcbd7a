package org.zhongben.portal.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.testsupport.CaseFiles;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The tracker on the compliant 终本 case of {@link CaseFiles#compliant()}: ruled 2023-08-15 (inquiries due on the
 * 15th of February and August 2024–2028), served 2023-08-18, inquiries 1 and 2 performed 2024-02-10 and 2024-08-20
 * (both found nothing), listing L1 deleted 2024-08-20, vehicle seizure C1 renewed on 2025-01-20 until 2027-02-09,
 * objection RM1 filed 2023-09-01, decided 2023-09-15, served 2023-09-18.
 */
class FollowUpTrackerTest {

    private static final TrackerSettings SETTINGS = TrackerSettings.defaults();

    private static CaseFile file(Consumer<ObjectNode> edit) {
        ObjectNode file = CaseFiles.compliant();
        edit.accept(file);
        return CaseFiles.read(file);
    }

    private static FollowUpPlan plan(Consumer<ObjectNode> edit, String today) {
        return FollowUpTracker.track(file(edit), LocalDate.parse(today), SETTINGS);
    }

    private static FollowUpPlan plan(String today) {
        return plan(file -> {
        }, today);
    }

    private static TrackedItem inquiry(FollowUpPlan plan, int n) {
        return plan.inquiries().stream().filter(item -> Integer.valueOf(n).equals(item.sequence())).findFirst()
                .orElseThrow();
    }

    private static TrackedItem item(FollowUpPlan plan, ItemKind kind) {
        List<TrackedItem> items = plan.deadlines().stream().filter(item -> item.kind() == kind).toList();
        assertThat(items).as(kind.name()).hasSize(1);
        return items.get(0);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    // ---------------------------------------------------------------- the ten inquiries

    @Nested
    class Inquiries {

        @Test
        void ten_inquiries_numbered_and_dated_from_the_ruling() {
            FollowUpPlan plan = plan("2024-09-01");
            assertThat(plan.ruledOn()).isEqualTo(date("2023-08-15"));
            assertThat(plan.windowEndsOn()).isEqualTo(date("2028-08-15"));
            assertThat(plan.inquiries()).hasSize(10).allSatisfy(item -> {
                assertThat(item.kind()).isEqualTo(ItemKind.FOLLOW_UP_INQUIRY);
                assertThat(item.startsOn()).isEqualTo(date("2023-08-15"));
                assertThat(item.dueOn()).isEqualTo(FollowUpSchedule.due(plan.ruledOn(), item.sequence()));
                assertThat(item.subject()).isEqualTo(String.valueOf(item.sequence()));
            });
            assertThat(plan.inquiries()).extracting(TrackedItem::sequence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
            TrackedItem first = inquiry(plan, 1);
            assertThat(first.state()).isEqualTo(ItemState.DONE);
            assertThat(first.doneOn()).isEqualTo(date("2024-02-10"));
            assertThat(first.sourceId()).isEqualTo("Q2");
            assertThat(first.creditorNotifiedOn()).isEqualTo(date("2024-02-15"));
            assertThat(first.alerts()).isEmpty();
            assertThat(plan.nextInquiry().sequence()).isEqualTo(3);
            assertThat(plan.windowOpen()).isTrue();
        }

        /** Inquiry 3, due 2025-02-15: notice from 30 days before, 30 days' grace after. */
        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2024-09-01, UPCOMING",
                "2025-01-15, UPCOMING",
                "2025-01-16, DUE_SOON",
                "2025-02-15, DUE_SOON",
                "2025-02-16, DUE",
                "2025-03-17, DUE",
                "2025-03-18, OVERDUE",
                "2031-01-01, OVERDUE" })
        void an_open_inquiry_moves_from_upcoming_to_overdue(String today, ItemState expected) {
            TrackedItem third = inquiry(plan(today), 3);
            assertThat(third.state()).isEqualTo(expected);
            assertThat(third.alerts()).containsExactlyInAnyOrderEntriesOf(Map.of(AlertStage.WARNING,
                    date("2025-01-16"), AlertStage.OVERDUE, date("2025-03-18")));
            assertThat(third.stageOn(LocalDate.parse(today))).isEqualTo(switch (expected) {
                case UPCOMING -> null;
                case DUE_SOON, DUE -> AlertStage.WARNING;
                default -> AlertStage.OVERDUE;
            });
        }

        /** Inquiry 2 is due on 2024-08-15: done by 2024-09-14 (due + 30 days) is on time. */
        @ParameterizedTest(name = "performed {0}: {1}")
        @CsvSource({
                "2024-06-01, DONE",
                "2024-08-15, DONE",
                "2024-09-14, DONE",
                "2024-09-15, DONE_LATE",
                "2025-01-01, DONE_LATE" })
        void done_on_time_or_late(String performed, ItemState expected) {
            TrackedItem second = inquiry(plan(file -> CaseFiles.with(file, "followUps[1].performedOn", performed),
                    "2025-01-02"), 2);
            assertThat(second.state()).isEqualTo(expected);
            assertThat(second.doneOn()).isEqualTo(date(performed));
            assertThat(second.alerts()).isEmpty();
        }

        @Test
        void not_owed_after_the_entry_is_shielded() {
            FollowUpPlan plan = plan(file -> {
                CaseFiles.with(file, "databaseEntry.shieldedOn", "2025-02-15");
                CaseFiles.with(file, "databaseEntry.shieldReason", "PERFORMED");
            }, "2026-01-01");
            assertThat(inquiry(plan, 1).state()).isEqualTo(ItemState.DONE);
            assertThat(inquiry(plan, 2).state()).isEqualTo(ItemState.DONE);
            // due on the day the duty stopped: no longer owed
            for (int n = 3; n <= 10; n++) {
                assertThat(inquiry(plan, n).state()).as("inquiry %d", n).isEqualTo(ItemState.NOT_OWED);
                assertThat(inquiry(plan, n).alerts()).isEmpty();
            }
            assertThat(plan.nextInquiry()).isNull();
        }

        @Test
        void still_owed_when_the_duty_stops_the_day_after_it_was_due() {
            FollowUpPlan plan = plan(file -> CaseFiles.with(file, "databaseEntry.shieldedOn", "2025-02-16"),
                    "2026-01-01");
            assertThat(inquiry(plan, 3).state()).isEqualTo(ItemState.OVERDUE);
            assertThat(inquiry(plan, 4).state()).isEqualTo(ItemState.NOT_OWED);
        }

        @Test
        void not_owed_after_an_inquiry_led_to_resumption() {
            CaseFile resumed = file(file -> {
                CaseFiles.with(file, "followUps[1].result", "PROPERTY_FOUND");
                CaseFiles.with(file, "followUps[1].ledToResumption", true);
            });
            assertThat(FollowUpTracker.dutyStops(resumed)).isEqualTo(date("2024-08-20"));
            FollowUpPlan plan = FollowUpTracker.track(resumed, date("2026-01-01"), SETTINGS);
            assertThat(inquiry(plan, 2).state()).isEqualTo(ItemState.DONE);
            assertThat(plan.inquiries().subList(2, 10)).extracting(TrackedItem::state)
                    .containsOnly(ItemState.NOT_OWED);
        }

        @Test
        void not_owed_after_the_case_is_closed_another_way() {
            CaseFile closed = file(file -> {
                CaseFiles.with(file, "closingMode", "FULLY_ENFORCED");
                CaseFiles.with(file, "closedOn", "2025-06-01");
            });
            assertThat(FollowUpTracker.dutyStops(closed)).isEqualTo(date("2025-06-01"));
            FollowUpPlan plan = FollowUpTracker.track(closed, date("2026-01-01"), SETTINGS);
            assertThat(inquiry(plan, 3).state()).isEqualTo(ItemState.OVERDUE); // due 2025-02-15, before the closing
            assertThat(inquiry(plan, 4).state()).isEqualTo(ItemState.NOT_OWED);
        }

        @Test
        void no_ruling_no_inquiries() {
            FollowUpPlan plan = plan(file -> {
                CaseFiles.without(file, "ruling");
                CaseFiles.without(file, "closingMode");
                CaseFiles.without(file, "closedOn");
            }, "2024-09-01");
            assertThat(plan.ruledOn()).isNull();
            assertThat(plan.windowEndsOn()).isNull();
            assertThat(plan.inquiries()).isEmpty();
            assertThat(plan.windowOpen()).isFalse();
            assertThat(plan.nextInquiry()).isNull();
        }

        @Test
        void the_window_closes_after_five_years() {
            assertThat(plan("2028-08-15").windowOpen()).isTrue();
            assertThat(plan("2028-08-16").windowOpen()).isFalse();
        }
    }

    // ---------------------------------------------------------------- unnumbered inquiries

    @Nested
    class Unnumbered {

        private FollowUpPlan withInquiries(String... performed) {
            return plan(file -> {
                CaseFiles.clear(file, "followUps");
                for (String date : performed) {
                    ObjectNode followUp = CaseFiles.add(file, "followUps").put("result", "NOTHING_FOUND");
                    if (date.startsWith("#")) { // "#n:date": numbered
                        followUp.put("sequence", Integer.parseInt(date.substring(1, date.indexOf(':'))));
                        date = date.substring(date.indexOf(':') + 1);
                    }
                    followUp.put("performedOn", date);
                }
            }, "2026-01-01");
        }

        private Integer slotOf(FollowUpPlan plan, String performed) {
            return plan.inquiries().stream().filter(item -> date(performed).equals(item.doneOn())).findFirst()
                    .orElseThrow().sequence();
        }

        @Test
        void takes_the_nearest_slot() {
            FollowUpPlan plan = withInquiries("2024-03-01", "2024-07-20", "2025-03-10");
            assertThat(slotOf(plan, "2024-03-01")).isEqualTo(1);
            assertThat(slotOf(plan, "2024-07-20")).isEqualTo(2);
            assertThat(slotOf(plan, "2025-03-10")).isEqualTo(3);
            assertThat(inquiry(plan, 1).state()).isEqualTo(ItemState.DONE);
            assertThat(inquiry(plan, 3).state()).isEqualTo(ItemState.DONE); // 23 days after its due date
            assertThat(inquiry(plan, 4).state()).isEqualTo(ItemState.OVERDUE);
        }

        @Test
        void takes_the_nearest_free_slot_when_the_nearest_is_taken() {
            FollowUpPlan plan = withInquiries("#1:2024-02-10", "2024-03-01");
            assertThat(slotOf(plan, "2024-02-10")).isEqualTo(1);
            assertThat(slotOf(plan, "2024-03-01")).isEqualTo(2);
            // performed long before its due date: on time (the rule sets no earliest day)
            assertThat(inquiry(plan, 2).state()).isEqualTo(ItemState.DONE);
        }

        @Test
        void two_near_the_same_slot_take_it_in_the_order_performed() {
            FollowUpPlan plan = withInquiries("2024-02-20", "2024-02-10");
            assertThat(slotOf(plan, "2024-02-10")).isEqualTo(1);
            assertThat(slotOf(plan, "2024-02-20")).isEqualTo(2);
        }

        @Test
        void a_tie_goes_to_the_earlier_slot() {
            LocalDate due1 = date("2024-02-15");
            LocalDate due2 = date("2024-08-15");
            long between = ChronoUnit.DAYS.between(due1, due2);
            assertThat(between % 2).isZero();
            LocalDate middle = due1.plusDays(between / 2);
            FollowUpPlan plan = withInquiries(middle.toString());
            assertThat(slotOf(plan, middle.toString())).isEqualTo(1);
            FollowUpPlan later = withInquiries(middle.plusDays(1).toString());
            assertThat(slotOf(later, middle.plusDays(1).toString())).isEqualTo(2);
        }

        @Test
        void inquiries_beyond_the_ten_are_shown_as_extra() {
            FollowUpPlan plan = plan(file -> CaseFiles.add(file, "followUps").put("sequence", 11)
                    .put("performedOn", "2029-03-01").put("result", "NOTHING_FOUND"), "2029-06-01");
            assertThat(plan.inquiries()).hasSize(11);
            TrackedItem extra = plan.inquiries().get(10);
            assertThat(extra.kind()).isEqualTo(ItemKind.FOLLOW_UP_INQUIRY);
            assertThat(extra.sequence()).isNull();
            assertThat(extra.subject()).isEqualTo("extra-2029-03-01");
            assertThat(extra.state()).isEqualTo(ItemState.DONE);
        }

        @Test
        void an_unnumbered_inquiry_without_a_date_is_ignored() {
            FollowUpPlan plan = plan(file -> CaseFiles.add(file, "followUps").put("result", "NOTHING_FOUND"),
                    "2024-09-01");
            assertThat(plan.inquiries()).hasSize(10);
            assertThat(inquiry(plan, 3).state()).isEqualTo(ItemState.UPCOMING);
        }
    }

    // ---------------------------------------------------------------- deadlines and their alerts

    @Nested
    class Alerts {

        /** Seizure C1 expires 2027-02-09: warning 30 days before, urgent 7 days before, overdue the day after. */
        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2027-01-09, UPCOMING",
                "2027-01-10, DUE_SOON",
                "2027-02-01, DUE_SOON",
                "2027-02-02, URGENT",
                "2027-02-09, URGENT",
                "2027-02-10, OVERDUE" })
        void expiry_of_a_freeze_or_seizure(String today, ItemState expected) {
            TrackedItem expiry = item(plan(today), ItemKind.CONTROL_EXPIRY);
            assertThat(expiry.state()).isEqualTo(expected);
            assertThat(expiry.dueOn()).isEqualTo(date("2027-02-09"));
            assertThat(expiry.startsOn()).isEqualTo(date("2025-01-20"));
            assertThat(expiry.sourceId()).isEqualTo("C1");
            assertThat(expiry.alerts()).containsExactlyInAnyOrderEntriesOf(Map.of(AlertStage.WARNING,
                    date("2027-01-10"), AlertStage.URGENT, date("2027-02-02"), AlertStage.OVERDUE, date("2027-02-10")));
            assertThat(ItemKind.CONTROL_EXPIRY.duty()).isEqualTo(ItemKind.Duty.CREDITOR);
        }

        @Test
        void expiry_windows_follow_the_settings() {
            FollowUpPlan plan = FollowUpTracker.track(file(file -> {
            }), date("2026-12-01"), new TrackerSettings(30, 30, 90, 14, 3));
            TrackedItem expiry = item(plan, ItemKind.CONTROL_EXPIRY);
            assertThat(expiry.alerts()).containsEntry(AlertStage.WARNING, date("2026-11-11"))
                    .containsEntry(AlertStage.URGENT, date("2027-01-26"));
            assertThat(expiry.state()).isEqualTo(ItemState.DUE_SOON);
        }

        @Test
        void no_expiry_for_a_lifted_measure_or_a_finally_closed_case() {
            assertThat(plan(file -> CaseFiles.with(file, "controls[0].liftedOn", "2025-06-01"), "2026-01-01")
                    .deadlines()).noneMatch(item -> item.kind() == ItemKind.CONTROL_EXPIRY);
            assertThat(plan(file -> {
                CaseFiles.with(file, "closingMode", "FULLY_ENFORCED");
                CaseFiles.with(file, "closedOn", "2025-06-01");
            }, "2026-01-01").deadlines()).noneMatch(item -> item.kind() == ItemKind.CONTROL_EXPIRY);
        }

        @Test
        void without_renewal_the_original_expiry_counts() {
            TrackedItem expiry = item(plan(file -> CaseFiles.clear(file, "controls[0].renewals"), "2025-01-20"),
                    ItemKind.CONTROL_EXPIRY);
            assertThat(expiry.dueOn()).isEqualTo(date("2025-02-09"));
            assertThat(expiry.startsOn()).isEqualTo(date("2023-02-10"));
            assertThat(expiry.state()).isEqualTo(ItemState.DUE_SOON);
        }

        @Test
        void database_entry_due_seven_days_after_service() {
            TrackedItem done = item(plan("2024-09-01"), ItemKind.DATABASE_ENTRY);
            assertThat(done.state()).isEqualTo(ItemState.DONE);
            assertThat(done.startsOn()).isEqualTo(date("2023-08-18"));
            assertThat(done.dueOn()).isEqualTo(date("2023-08-25"));
            assertThat(done.alerts()).isEmpty();
            TrackedItem open = item(plan(file -> CaseFiles.without(file, "databaseEntry"), "2023-08-25"),
                    ItemKind.DATABASE_ENTRY);
            assertThat(open.state()).isEqualTo(ItemState.DUE_SOON);
            assertThat(open.alerts()).containsExactlyEntriesOf(Map.of(AlertStage.OVERDUE, date("2023-08-26")));
            assertThat(item(plan(file -> CaseFiles.without(file, "databaseEntry"), "2023-08-26"),
                    ItemKind.DATABASE_ENTRY).state()).isEqualTo(ItemState.OVERDUE);
        }

        @ParameterizedTest(name = "urgent {0}, verified {1}, on {2}: {3}")
        @CsvSource({
                "false, 2024-03-08,           , 2024-09-01, DONE",
                "false, 2024-03-09,           , 2024-09-01, DONE_LATE",
                "true,  2024-03-04,           , 2024-09-01, DONE",
                "true,  2024-03-05,           , 2024-09-01, DONE_LATE",
                "false,           , PENDING,   2024-03-08, DUE_SOON",
                "false,           , PENDING,   2024-03-09, OVERDUE",
                "true,            , PENDING,   2024-03-04, DUE_SOON",
                "true,            , PENDING,   2024-03-05, OVERDUE",
                "false,           , CONFIRMED, 2024-09-01, DONE" })
        void clue_verification(boolean urgent, String verified, String result, String today, ItemState expected) {
            FollowUpPlan plan = plan(file -> {
                CaseFiles.clear(file, "clues");
                ObjectNode clue = CaseFiles.add(file, "clues").put("id", "CL2").put("source", "CREDITOR")
                        .put("submittedOn", "2024-03-01").put("urgent", urgent)
                        .put("result", result == null ? "CONFIRMED" : result);
                if (verified != null) {
                    clue.put("verifiedOn", verified);
                }
            }, today);
            TrackedItem clue = item(plan, ItemKind.CLUE_VERIFICATION);
            assertThat(clue.state()).isEqualTo(expected);
            assertThat(clue.dueOn()).isEqualTo(date(urgent ? "2024-03-04" : "2024-03-08"));
            assertThat(clue.alerts()).isEqualTo(expected.open()
                    ? Map.of(AlertStage.OVERDUE, clue.dueOn().plusDays(1))
                    : Map.of());
        }

        @Test
        void audit_decision_within_ten_days() {
            TrackedItem decided = item(plan("2024-09-01"), ItemKind.MEASURE_DECISION);
            assertThat(decided.sourceId()).isEqualTo("M2");
            assertThat(decided.dueOn()).isEqualTo(date("2023-04-11"));
            assertThat(decided.state()).isEqualTo(ItemState.DONE);
            TrackedItem open = item(plan(file -> CaseFiles.without(file, "measures[1].decidedOn"), "2023-04-11"),
                    ItemKind.MEASURE_DECISION);
            assertThat(open.state()).isEqualTo(ItemState.DUE_SOON);
            assertThat(open.alerts()).containsExactlyEntriesOf(Map.of(AlertStage.OVERDUE, date("2023-04-12")));
        }

        @ParameterizedTest(name = "decided {0}, on {1}: {2}")
        @CsvSource({
                "2023-09-15, 2024-09-01, DONE",
                "2023-09-16, 2024-09-01, DONE",
                "2023-09-17, 2024-09-01, DONE_LATE",
                "          , 2023-09-16, DUE_SOON",
                "          , 2023-09-17, OVERDUE" })
        void objection_decided_within_fifteen_days(String decided, String today, ItemState expected) {
            TrackedItem objection = item(plan(file -> {
                if (decided == null) {
                    CaseFiles.without(file, "remedies[0].decidedOn");
                } else {
                    CaseFiles.with(file, "remedies[0].decidedOn", decided);
                }
            }, today), ItemKind.OBJECTION_DECISION);
            assertThat(objection.dueOn()).isEqualTo(date("2023-09-16"));
            assertThat(objection.state()).isEqualTo(expected);
            assertThat(objection.alerts()).isEqualTo(expected.open()
                    ? Map.of(AlertStage.OVERDUE, date("2023-09-17"))
                    : Map.of());
        }

        @ParameterizedTest(name = "decided {0}, on {1}: {2}")
        @CsvSource({
                "2023-10-25, 2024-09-01, DONE",
                "2023-11-24, 2024-09-01, DONE",
                "2023-11-25, 2024-09-01, DONE_LATE",
                "          , 2023-10-25, DUE_SOON",
                "          , 2023-10-26, DUE",
                "          , 2023-11-24, DUE",
                "          , 2023-11-25, OVERDUE" })
        void reconsideration_decided_within_thirty_days_extendable_by_thirty(String decided, String today,
                ItemState expected) {
            TrackedItem reconsideration = item(plan(file -> {
                ObjectNode remedy = CaseFiles.add(file, "remedies").put("id", "RM2").put("kind", "RECONSIDERATION")
                        .put("filedOn", "2023-09-25");
                if (decided != null) {
                    remedy.put("decidedOn", decided);
                }
            }, today), ItemKind.RECONSIDERATION_DECISION);
            assertThat(reconsideration.dueOn()).isEqualTo(date("2023-10-25"));
            assertThat(reconsideration.state()).isEqualTo(expected);
            if (expected.open()) {
                assertThat(reconsideration.alerts())
                        .containsExactlyEntriesOf(Map.of(AlertStage.OVERDUE, date("2023-11-25")));
            }
        }

        @ParameterizedTest(name = "decided {0}, on {1}: {2}")
        @CsvSource({
                "2023-10-01, 2024-09-01, DONE",
                "2023-10-02, 2024-09-01, DONE_LATE",
                "          , 2023-10-01, DUE_SOON",
                "          , 2023-10-02, OVERDUE" })
        void bankruptcy_acceptance_within_thirty_days(String decided, String today, ItemState expected) {
            TrackedItem transfer = item(plan(file -> {
                ObjectNode node = file.putObject("bankruptcyTransfer").put("consentBy", "CREDITOR")
                        .put("transferredOn", "2023-09-01");
                if (decided != null) {
                    node.put("decidedOn", decided);
                }
            }, today), ItemKind.BANKRUPTCY_DECISION);
            assertThat(transfer.dueOn()).isEqualTo(date("2023-10-01"));
            assertThat(transfer.state()).isEqualTo(expected);
            if (expected.open()) {
                assertThat(transfer.alerts()).containsExactlyEntriesOf(Map.of(AlertStage.OVERDUE, date("2023-10-02")));
            }
        }

        @Test
        void deadlines_come_in_due_date_order() {
            FollowUpPlan plan = plan("2024-09-01");
            assertThat(plan.deadlines()).extracting(TrackedItem::dueOn).isSorted();
            assertThat(plan.all()).hasSize(plan.inquiries().size() + plan.deadlines().size());
            assertThat(plan.all().subList(0, 10)).containsExactlyElementsOf(plan.inquiries());
        }
    }

    // ---------------------------------------------------------------- reconsideration filing: the creditor's clock

    @Nested
    class ReconsiderationFiling {

        /** The objection ruling was served on 2023-09-18: reconsideration may be applied for until 2023-09-28. */
        @ParameterizedTest(name = "on {0}: {1}")
        @CsvSource({
                "2023-09-18, DUE_SOON",
                "2023-09-24, DUE_SOON",
                "2023-09-25, URGENT",
                "2023-09-28, URGENT",
                "2023-09-29, OVERDUE" })
        void ten_days_from_service(String today, ItemState expected) {
            TrackedItem window = item(plan(today), ItemKind.RECONSIDERATION_FILING);
            assertThat(window.startsOn()).isEqualTo(date("2023-09-18"));
            assertThat(window.dueOn()).isEqualTo(date("2023-09-28"));
            assertThat(window.state()).isEqualTo(expected);
            assertThat(window.sourceId()).isEqualTo("RM1");
            assertThat(window.alerts()).containsExactlyInAnyOrderEntriesOf(
                    Map.of(AlertStage.WARNING, date("2023-09-18"), AlertStage.URGENT, date("2023-09-25")));
            assertThat(ItemKind.RECONSIDERATION_FILING.duty()).isEqualTo(ItemKind.Duty.CREDITOR);
        }

        @ParameterizedTest(name = "filed {0}: {1}")
        @CsvSource({
                "2023-09-18, DONE",
                "2023-09-28, DONE",
                "2023-09-29, DONE_LATE" })
        void filing_a_reconsideration_closes_the_window(String filed, ItemState expected) {
            TrackedItem window = item(plan(file -> CaseFiles.add(file, "remedies").put("id", "RM2")
                    .put("kind", "RECONSIDERATION").put("filedOn", filed), "2023-10-15"), ItemKind.RECONSIDERATION_FILING);
            assertThat(window.state()).isEqualTo(expected);
            assertThat(window.doneOn()).isEqualTo(date(filed));
            assertThat(window.alerts()).isEmpty();
        }

        @Test
        void a_reconsideration_filed_before_service_does_not_count() {
            TrackedItem window = item(plan(file -> CaseFiles.add(file, "remedies").put("id", "RM2")
                    .put("kind", "RECONSIDERATION").put("filedOn", "2023-09-10"), "2023-09-20"),
                    ItemKind.RECONSIDERATION_FILING);
            assertThat(window.doneOn()).isNull();
            assertThat(window.state()).isEqualTo(ItemState.DUE_SOON);
        }

        @Test
        void no_window_before_the_objection_ruling_is_served() {
            assertThat(plan(file -> CaseFiles.without(file, "remedies[0].servedOn"), "2023-09-20").deadlines())
                    .noneMatch(item -> item.kind() == ItemKind.RECONSIDERATION_FILING);
        }
    }

    // ---------------------------------------------------------------- 失信 deletion after two empty inquiries

    @Nested
    class DishonestDeletion {

        private void clue(ObjectNode file, String submitted, String result) {
            CaseFiles.add(file, "clues").put("id", "CL2").put("source", "CREDITOR").put("submittedOn", submitted)
                    .put("category", "REAL_ESTATE").put("result", result);
        }

        @Test
        void the_ground_is_the_second_empty_inquiry() {
            assertThat(FollowUpTracker.dishonestDeletionGround(file(file -> {
            }))).isEqualTo(date("2024-08-20"));
            TrackedItem deletion = item(plan("2024-09-01"), ItemKind.DISHONEST_DELETION);
            assertThat(deletion.startsOn()).isEqualTo(date("2024-08-20"));
            assertThat(deletion.dueOn()).isEqualTo(date("2024-08-23")); // Tuesday + 3 working days
            assertThat(deletion.doneOn()).isEqualTo(date("2024-08-20"));
            assertThat(deletion.state()).isEqualTo(ItemState.DONE);
            assertThat(deletion.sourceId()).isEqualTo("L1");
        }

        @Test
        void one_empty_inquiry_is_not_enough() {
            assertThat(FollowUpTracker.dishonestDeletionGround(file(file -> CaseFiles.without(file,
                    "followUps[1].performedOn")))).isNull();
            assertThat(FollowUpTracker.dishonestDeletionGround(file(file -> CaseFiles.with(file,
                    "followUps[1].result", "PROPERTY_FOUND")))).isNull();
        }

        @ParameterizedTest(name = "clue {0} submitted {1}: ground {2}")
        @CsvSource({
                "CONFIRMED,           2024-05-01, ",
                "PARTIALLY_CONFIRMED, 2024-05-01, ",
                "PENDING,             2024-05-01, ",
                "CONFIRMED,           2024-08-20, ",
                "NOT_CONFIRMED,       2024-05-01, 2024-08-20",
                "CONFIRMED,           2024-08-21, 2024-08-20",
                "CONFIRMED,           2023-08-15, 2024-08-20",
                "CONFIRMED,           2023-08-16, " })
        void a_valid_clue_before_the_second_empty_inquiry_keeps_the_listing(String result, String submitted,
                String ground) {
            CaseFile file = file(node -> clue(node, submitted, result));
            assertThat(FollowUpTracker.dishonestDeletionGround(file))
                    .isEqualTo(ground == null ? null : date(ground));
            List<TrackedItem> deletions = FollowUpTracker.track(file, date("2024-09-01"), SETTINGS).deadlines().stream()
                    .filter(item -> item.kind() == ItemKind.DISHONEST_DELETION).toList();
            assertThat(deletions).hasSize(ground == null ? 0 : 1);
        }

        @ParameterizedTest(name = "second empty inquiry {0} ({1}): delete by {2}")
        @CsvSource({
                "2024-08-19, MONDAY,    2024-08-22",
                "2024-08-21, WEDNESDAY, 2024-08-26",
                "2024-08-22, THURSDAY,  2024-08-27",
                "2024-08-23, FRIDAY,    2024-08-28",
                "2024-08-24, SATURDAY,  2024-08-28",
                "2024-08-25, SUNDAY,    2024-08-28" })
        void three_working_days(String second, DayOfWeek weekday, String due) {
            assertThat(date(second).getDayOfWeek()).isEqualTo(weekday);
            FollowUpPlan plan = plan(file -> {
                CaseFiles.with(file, "followUps[1].performedOn", second);
                CaseFiles.without(file, "listings[0].deletedOn");
            }, due);
            TrackedItem deletion = item(plan, ItemKind.DISHONEST_DELETION);
            assertThat(deletion.dueOn()).isEqualTo(date(due));
            assertThat(deletion.state()).isEqualTo(ItemState.DUE_SOON);
            assertThat(deletion.alerts()).containsExactlyEntriesOf(Map.of(AlertStage.OVERDUE, date(due).plusDays(1)));
            assertThat(item(plan(file -> {
                CaseFiles.with(file, "followUps[1].performedOn", second);
                CaseFiles.without(file, "listings[0].deletedOn");
            }, date(due).plusDays(1).toString()), ItemKind.DISHONEST_DELETION).state()).isEqualTo(ItemState.OVERDUE);
        }

        @Test
        void listings_decided_after_the_ground_or_deleted_before_it_are_not_tracked() {
            assertThat(plan(file -> CaseFiles.with(file, "listings[0].decidedOn", "2024-08-21"), "2024-09-01")
                    .deadlines()).noneMatch(item -> item.kind() == ItemKind.DISHONEST_DELETION);
            assertThat(plan(file -> CaseFiles.with(file, "listings[0].deletedOn", "2024-08-19"), "2024-09-01")
                    .deadlines()).noneMatch(item -> item.kind() == ItemKind.DISHONEST_DELETION);
        }
    }

    // ---------------------------------------------------------------- working days

    @Nested
    class WorkingDaysCount {

        @ParameterizedTest(name = "{0} + {1} working days = {2}")
        @CsvSource({
                "2024-08-22, 3, 2024-08-27",
                "2024-08-23, 1, 2024-08-26",
                "2024-08-24, 1, 2024-08-26",
                "2024-08-25, 1, 2024-08-26",
                "2024-08-26, 5, 2024-09-02",
                "2024-08-24, 0, 2024-08-24",
                "2024-12-31, 3, 2025-01-03",
                "2025-02-28, 3, 2025-03-05" })
        void weekends_are_skipped(String from, int days, String expected) {
            assertThat(WorkingDays.plus(date(from), days)).isEqualTo(date(expected));
        }

        private boolean working(LocalDate date) {
            return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        /** For every start day of twenty years: exactly n working days after it, and the n-th one itself. */
        @Test
        void every_start_day_of_twenty_years() {
            for (LocalDate from = LocalDate.of(2016, 1, 1); from.getYear() < 2036; from = from.plusDays(1)) {
                assertThat(WorkingDays.plus(from, 0)).isEqualTo(from);
                for (int n = 1; n <= 10; n++) {
                    LocalDate end = WorkingDays.plus(from, n);
                    assertThat(working(end)).as("%s + %d = %s", from, n, end).isTrue();
                    long counted = from.plusDays(1).datesUntil(end.plusDays(1)).filter(this::working).count();
                    assertThat(counted).as("%s + %d = %s", from, n, end).isEqualTo(n);
                    assertThat(ChronoUnit.DAYS.between(from, end)).isBetween((long) n, n + 2L * (n / 5 + 1));
                }
            }
        }
    }

    @Test
    void tracker_settings_are_validated() {
        assertThat(TrackerSettings.defaults()).isEqualTo(new TrackerSettings(30, 30, 30, 7, 3));
        assertThatThrownBy(() -> new TrackerSettings(-1, 30, 30, 7, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackerSettings(30, 30, 7, 30, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FollowUpTracker.track(null, date("2024-01-01"), SETTINGS))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void the_tracker_is_a_pure_function_of_its_arguments() {
        CaseFile file = file(node -> {
        });
        assertThat(FollowUpTracker.track(file, date("2025-03-18"), SETTINGS))
                .isEqualTo(FollowUpTracker.track(file, date("2025-03-18"), SETTINGS));
    }
}
