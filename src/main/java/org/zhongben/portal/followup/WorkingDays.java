package org.zhongben.portal.followup;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Counts working days as Monday to Friday. Public holidays and the make-up working weekends of the Chinese calendar
 * are not modelled (they change every year by State Council notice), so a deadline in working days may fall a few
 * days early around a holiday; pages say so next to such deadlines.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The date {@code days} working days after {@code from} (from itself not counted). */
    public static LocalDate plus(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
