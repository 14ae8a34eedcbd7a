package org.zhongben.portal.cases;

import java.time.LocalDate;
import java.util.List;

import org.zhongben.portal.investigations.Label;

/**
 * What the court still owes and what is due: the follow-up schedule and deadline clocks of a case in the viewer's
 * language, for the case page and {@code GET /api/v1/cases/{caseNumber}/follow-ups}.
 *
 * @param ruledOn the 终本 ruling the schedule counts from; null when the case was not terminated
 * @param windowEndsOn last day of the five-year follow-up period
 * @param windowOpen whether inquiries are still owed today
 * @param next the next inquiry still to be made
 */
public record FollowUpView(LocalDate asOf, LocalDate ruledOn, LocalDate windowEndsOn, boolean windowOpen,
        Inquiry next, List<Inquiry> inquiries, List<Deadline> deadlines, Label inquiryRule, int graceDays) {

    /**
     * One of the ten six-monthly inquiries.
     *
     * @param sequence 1..10, or null for an inquiry the court made beyond them
     * @param creditorTold for an inquiry made: whether the creditor was told the result (Art. 9 requires it)
     */
    public record Inquiry(Integer sequence, LocalDate dueOn, LocalDate doneOn, Label state, String badge, Label result,
            LocalDate creditorNotifiedOn, Boolean creditorTold, String queryId) {
    }

    /**
     * A deadline clock: an expiry, a court decision, a creditor's own time limit.
     *
     * @param duty who has to act: the court, or the creditor
     * @param daysLeft days until the due date (negative when past), for open items
     */
    public record Deadline(String kind, Label label, Label duty, String about, LocalDate startsOn, LocalDate dueOn,
            LocalDate doneOn, Label state, String badge, Long daysLeft, Label rule) {
    }
}
