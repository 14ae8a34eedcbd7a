package org.zhongben.portal.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ten six-monthly inquiries after a 终本 ruling (终本规定 Art. 9 para. 2), checked for every ruling day of twenty
 * years rather than a sample: month ends, leap days and year ends all occur.
 */
class FollowUpScheduleTest {

    private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2035, 12, 31);

    /** n × 6 months after the ruling, counted the way periods in months are: same day, or the month's last day. */
    private static LocalDate sixMonthly(LocalDate ruledOn, int n) {
        YearMonth month = YearMonth.from(ruledOn).plusMonths(6L * n);
        return month.atDay(Math.min(ruledOn.getDayOfMonth(), month.lengthOfMonth()));
    }

    @Test
    void every_ruling_day_from_2016_to_2035() {
        long minGap = Long.MAX_VALUE;
        long maxGap = Long.MIN_VALUE;
        int days = 0;
        for (LocalDate ruled = FIRST; !ruled.isAfter(LAST); ruled = ruled.plusDays(1), days++) {
            List<LocalDate> dates = FollowUpSchedule.dueDates(ruled);
            assertThat(dates).as("ruled %s", ruled).hasSize(10);
            LocalDate previous = ruled;
            for (int n = 1; n <= 10; n++) {
                LocalDate due = dates.get(n - 1);
                assertThat(due).as("ruled %s, inquiry %d", ruled, n).isEqualTo(FollowUpSchedule.due(ruled, n))
                        .isEqualTo(ruled.plusMonths(6L * n)).isEqualTo(sixMonthly(ruled, n)).isAfter(previous);
                long gap = ChronoUnit.DAYS.between(previous, due);
                assertThat(gap).as("ruled %s, gap before inquiry %d", ruled, n).isBetween(181L, 184L);
                minGap = Math.min(minGap, gap);
                maxGap = Math.max(maxGap, gap);
                previous = due;
            }
            assertThat(dates.get(9)).as("ruled %s", ruled).isEqualTo(ruled.plusYears(5))
                    .isEqualTo(FollowUpSchedule.windowEnds(ruled));
        }
        assertThat(days).isEqualTo(7305);
        // the bounds are reached, so they are the tight ones
        assertThat(minGap).isEqualTo(181);
        assertThat(maxGap).isEqualTo(184);
    }

    @Test
    void dates_do_not_drift_at_month_ends() {
        for (LocalDate ruled = FIRST; !ruled.isAfter(LAST); ruled = ruled.plusDays(1)) {
            for (LocalDate due : FollowUpSchedule.dueDates(ruled)) {
                int lastDay = YearMonth.from(due).lengthOfMonth();
                assertThat(due.getDayOfMonth()).as("ruled %s, due %s", ruled, due)
                        .isEqualTo(Math.min(ruled.getDayOfMonth(), lastDay));
            }
        }
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("2023-08-31", List.of("2024-02-29", "2024-08-31", "2025-02-28", "2025-08-31", "2026-02-28",
                        "2026-08-31", "2027-02-28", "2027-08-31", "2028-02-29", "2028-08-31")),
                Arguments.of("2024-02-29", List.of("2024-08-29", "2025-02-28", "2025-08-29", "2026-02-28", "2026-08-29",
                        "2027-02-28", "2027-08-29", "2028-02-29", "2028-08-29", "2029-02-28")),
                Arguments.of("2023-08-15", List.of("2024-02-15", "2024-08-15", "2025-02-15", "2025-08-15", "2026-02-15",
                        "2026-08-15", "2027-02-15", "2027-08-15", "2028-02-15", "2028-08-15")),
                Arguments.of("2023-03-31", List.of("2023-09-30", "2024-03-31", "2024-09-30", "2025-03-31", "2025-09-30",
                        "2026-03-31", "2026-09-30", "2027-03-31", "2027-09-30", "2028-03-31")),
                Arguments.of("2023-12-31", List.of("2024-06-30", "2024-12-31", "2025-06-30", "2025-12-31", "2026-06-30",
                        "2026-12-31", "2027-06-30", "2027-12-31", "2028-06-30", "2028-12-31")),
                Arguments.of("2022-08-30", List.of("2023-02-28", "2023-08-30", "2024-02-29", "2024-08-30", "2025-02-28",
                        "2025-08-30", "2026-02-28", "2026-08-30", "2027-02-28", "2027-08-30")));
    }

    @ParameterizedTest(name = "ruled {0}")
    @MethodSource("examples")
    void named_examples(String ruled, List<String> expected) {
        assertThat(FollowUpSchedule.dueDates(LocalDate.parse(ruled))).map(LocalDate::toString)
                .containsExactlyElementsOf(expected);
        assertThat(FollowUpSchedule.windowEnds(LocalDate.parse(ruled))).hasToString(expected.get(9));
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 0, 11, 20 })
    void inquiries_are_numbered_one_to_ten(int n) {
        assertThatThrownBy(() -> FollowUpSchedule.due(LocalDate.of(2023, 8, 15), n))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(n));
    }

    @Test
    void the_ruling_date_is_required_and_the_list_is_read_only() {
        assertThatThrownBy(() -> FollowUpSchedule.due(null, 1)).isInstanceOf(NullPointerException.class);
        List<LocalDate> dates = FollowUpSchedule.dueDates(LocalDate.of(2023, 8, 15));
        assertThatThrownBy(() -> dates.add(LocalDate.of(2030, 1, 1))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(FollowUpSchedule.INQUIRY_COUNT * FollowUpSchedule.INTERVAL_MONTHS)
                .isEqualTo(FollowUpSchedule.YEARS * 12);
    }
}
