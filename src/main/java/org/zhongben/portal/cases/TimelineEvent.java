package org.zhongben.portal.cases;

import java.time.LocalDate;

import org.zhongben.portal.investigations.Label;

/**
 * One event on a case timeline.
 *
 * @param kind stable code, a {@link TimelineKind} name
 * @param sequence the number of a follow-up inquiry (1..10); {@code null} for other kinds
 * @param label what happened, in the requested language (e.g. "第3次定期查询")
 * @param actual when it happened; {@code null} when it has not
 * @param expected the date a rule sets (a deadline, or for the termination ruling the earliest allowed day);
 *        {@code null} when no rule sets one
 * @param status a {@link TimelineStatus}
 * @param rule the rule {@code expected} comes from, with its confidence tag, e.g. "终本规定 第九条 [C]"; {@code null}
 *        without an expected date
 * @param detail a short note, e.g. the result of a follow-up inquiry; may be {@code null}
 * @param sourceId the id of the item in the case file the event comes from, when there is one
 * @param daysFromExpected days from {@code expected} to {@code actual} (negative when earlier); {@code null} unless
 *        both are known
 */
public record TimelineEvent(String kind, Integer sequence, String label, LocalDate actual, LocalDate expected,
        Label status, Label rule, String detail, String sourceId, Integer daysFromExpected) {

    /** The day the event is drawn at: when it happened, else when it was expected. */
    public LocalDate date() {
        return actual != null ? actual : expected;
    }
}
