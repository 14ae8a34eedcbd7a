package org.zhongben.portal.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The six-monthly network inquiries a court owes for five years after a 终本 ruling (终本规定 Art. 9 para. 2 [C]):
 * ten of them, the n-th due {@code n × 6} months after the ruling.
 * <p>
 * Each date is counted from the ruling, not from the previous due date, so month ends do not drift: a ruling on
 * 31 August 2023 gives 29 February 2024, 31 August 2024, 28 February 2025 and so on, and the tenth falls on the fifth
 * anniversary of the ruling.
 */
public final class FollowUpSchedule {

    public static final int INQUIRY_COUNT = 10;
    public static final int INTERVAL_MONTHS = 6;
    public static final int YEARS = 5;

    private FollowUpSchedule() {
    }

    /** Due date of inquiry {@code n} (1..10). */
    public static LocalDate due(LocalDate ruledOn, int n) {
        Objects.requireNonNull(ruledOn, "ruledOn");
        if (n < 1 || n > INQUIRY_COUNT) {
            throw new IllegalArgumentException("inquiries are numbered 1.." + INQUIRY_COUNT + ": " + n);
        }
        return ruledOn.plusMonths((long) INTERVAL_MONTHS * n);
    }

    /** The ten due dates, in order. */
    public static List<LocalDate> dueDates(LocalDate ruledOn) {
        List<LocalDate> dates = new ArrayList<>(INQUIRY_COUNT);
        for (int n = 1; n <= INQUIRY_COUNT; n++) {
            dates.add(due(ruledOn, n));
        }
        return List.copyOf(dates);
    }

    /** The last day of the follow-up window: the fifth anniversary of the ruling. */
    public static LocalDate windowEnds(LocalDate ruledOn) {
        return ruledOn.plusYears(YEARS);
    }
}
