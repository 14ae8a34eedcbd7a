package org.zhongben.portal.cases;

import java.time.LocalDate;
import java.util.List;

import org.zhongben.portal.investigations.Label;

/**
 * The history of one case as dated events, each measured against the rule that sets its date, in the order they
 * happened (or are expected). Built by {@link TimelineBuilder}, drawn by {@link TimelineSvg}.
 *
 * @param caseNumber the case's 案号
 * @param asOf the reference date statuses were computed for
 * @param from the first day to draw
 * @param to the last day to draw (includes {@code asOf} while something is still open or missing)
 * @param events oldest first; events of one day in the order of the procedure
 * @param counts how many events have each status, in {@link TimelineStatus} order, zero counts left out
 */
public record Timeline(String caseNumber, LocalDate asOf, LocalDate from, LocalDate to, List<TimelineEvent> events,
        List<StatusCount> counts) {

    /** Number of events with one status. */
    public record StatusCount(Label status, int count) {
    }

    /** How many events have {@code status}. */
    public int count(TimelineStatus status) {
        return (int) events.stream().filter(e -> e.status().code().equals(status.name())).count();
    }
}
