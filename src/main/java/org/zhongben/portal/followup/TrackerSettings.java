package org.zhongben.portal.followup;

/**
 * Warning windows and tolerances of the tracker. None of these is law; they are portal choices with documented
 * defaults ({@code portal.followup.*}).
 *
 * @param followUpGraceDays an inquiry performed this many days after its due date still counts as on time, and a
 *        missing one is reported overdue only after them (Art. 9 sets no tolerance; this absorbs scheduling slack)
 * @param followUpNoticeDays how many days before its due date an inquiry is shown as due soon
 * @param expiryWarningDays first warning before a freeze or seizure expires
 * @param expiryUrgentDays second, urgent warning before expiry
 * @param creditorDeadlineUrgentDays how many days before the end of a deadline the creditor must meet (filing a
 *        reconsideration) the reminder becomes urgent
 */
public record TrackerSettings(int followUpGraceDays, int followUpNoticeDays, int expiryWarningDays,
        int expiryUrgentDays, int creditorDeadlineUrgentDays) {

    public TrackerSettings {
        if (followUpGraceDays < 0 || followUpNoticeDays < 0 || expiryUrgentDays < 0
                || expiryWarningDays < expiryUrgentDays || creditorDeadlineUrgentDays < 0) {
            throw new IllegalArgumentException("tracker windows must be non-negative and the first expiry warning "
                    + "must not come after the urgent one");
        }
    }

    /** The documented defaults: 30 days grace, notice 30 days ahead, expiry warnings 30 and 7 days ahead. */
    public static TrackerSettings defaults() {
        return new TrackerSettings(30, 30, 30, 7, 3);
    }
}
