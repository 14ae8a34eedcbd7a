package org.zhongben.portal.followup;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the tracker knows about a case on the reference day.
 *
 * @param ruledOn date of the 终本 ruling, {@code null} when the case was not terminated for now
 * @param windowEndsOn last day of the five-year follow-up window
 * @param inquiries the ten follow-up inquiries in order (empty when there is no 终本 ruling), then any inquiries
 *        the court recorded beyond the ten
 * @param deadlines every other deadline: expiries, clues, decisions, deletions, in due-date order
 */
public record FollowUpPlan(LocalDate today, LocalDate ruledOn, LocalDate windowEndsOn, List<TrackedItem> inquiries,
        List<TrackedItem> deadlines) {

    public FollowUpPlan {
        inquiries = List.copyOf(inquiries);
        deadlines = List.copyOf(deadlines);
    }

    /** Whether the court still owes follow-up inquiries on {@code today}: some inquiry is still open. */
    public boolean windowOpen() {
        return windowEndsOn != null && !today.isAfter(windowEndsOn)
                && inquiries.stream().anyMatch(item -> item.sequence() != null && item.state().open());
    }

    /** The next inquiry still to be performed, if any. */
    public TrackedItem nextInquiry() {
        return inquiries.stream().filter(item -> item.state().open()).findFirst().orElse(null);
    }

    /** All items, inquiries first. */
    public List<TrackedItem> all() {
        return java.util.stream.Stream.concat(inquiries.stream(), deadlines.stream()).toList();
    }
}
