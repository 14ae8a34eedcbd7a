package org.zhongben.portal.followup;

import java.time.LocalDate;
import java.util.Map;

import org.zhongben.portal.casefile.vocabulary.FollowUpResult;

/**
 * One deadline of a case on the reference day.
 *
 * @param subject stable key of the item within its case and kind: the inquiry number, or the id of the control
 *        measure, clue, measure, remedy or listing in the case file
 * @param sequence the inquiry number (1..10) for follow-up inquiries, else {@code null}
 * @param startsOn when the clock started (ruling, submission, filing, service, effective date)
 * @param dueOn the day the act is due; for an expiry, the last day the measure is in force
 * @param doneOn when the act happened (inquiry performed, clue verified, measure renewed or lifted...)
 * @param alerts the day each alert stage begins, for open items; empty for items that are done or no longer owed
 * @param result for inquiries: what the query found
 * @param creditorNotifiedOn for inquiries: when the creditor was told the result (Art. 9 requires it)
 * @param sourceId the case-file id of the underlying record (network query, control, clue...), for evidence links
 */
public record TrackedItem(ItemKind kind, String subject, Integer sequence, LocalDate startsOn, LocalDate dueOn,
        LocalDate doneOn, ItemState state, Map<AlertStage, LocalDate> alerts, FollowUpResult result,
        LocalDate creditorNotifiedOn, String sourceId) {

    public TrackedItem {
        alerts = alerts == null ? Map.of() : Map.copyOf(alerts);
    }

    /** The alert stage reached on {@code today}, or {@code null} when none has begun. */
    public AlertStage stageOn(LocalDate today) {
        AlertStage reached = null;
        for (AlertStage stage : AlertStage.values()) {
            LocalDate from = alerts.get(stage);
            if (from != null && !from.isAfter(today)) {
                reached = stage;
            }
        }
        return reached;
    }
}
