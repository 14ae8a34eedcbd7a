package org.zhongben.portal.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.ClueResult;
import org.zhongben.portal.casefile.vocabulary.FollowUpResult;
import org.zhongben.portal.casefile.vocabulary.ObjectionKind;
import org.zhongben.portal.investigations.Deadlines;

/**
 * Computes a case's deadlines on a reference day: the ten follow-up inquiries after 终本, the expiry calendar of
 * freezes and seizures, and the clocks that matter to the creditor (clue verification, decisions on applications,
 * objections and reconsiderations, database entry, 失信 deletion after two empty inquiries, bankruptcy acceptance).
 * A pure function of its arguments: no I/O, no clock.
 */
public final class FollowUpTracker {

    /** Clues are verified within 7 days, 3 if urgent (财产调查规定 Art. 2 [C]); see {@link Deadlines}. */
    static final int DATABASE_ENTRY_DAYS = 7;
    /** Objections are decided within 15 days of filing (民事诉讼法 2023 Art. 236 [C]). */
    static final int OBJECTION_DECISION_DAYS = 15;
    /** A reconsideration must be filed within 10 days of service of the objection ruling (Art. 236 [C]). */
    static final int RECONSIDERATION_FILING_DAYS = 10;
    /** ... and is decided within 30 days, extendable by 30 with the president's approval (执行程序解释 Art. 8 [C]). */
    static final int RECONSIDERATION_DECISION_DAYS = 30;
    static final int RECONSIDERATION_EXTENSION_DAYS = 30;
    /** Deletion within 3 working days once the ground arises (失信规定 Art. 10 [C]). */
    static final int DISHONEST_DELETION_WORKING_DAYS = 3;
    /** The receiving court decides within 30 days whether it accepts the bankruptcy case (民诉法解释 Art. 512 [C]). */
    static final int BANKRUPTCY_DECISION_DAYS = 30;
    /** Two empty inquiries after 终本 end a 失信 listing (失信规定 Art. 10(4) [C]). */
    static final int EMPTY_INQUIRIES_FOR_DELETION = 2;

    private final CaseFile file;
    private final LocalDate today;
    private final TrackerSettings settings;

    private FollowUpTracker(CaseFile file, LocalDate today, TrackerSettings settings) {
        this.file = file;
        this.today = today;
        this.settings = settings;
    }

    public static FollowUpPlan track(CaseFile file, LocalDate today, TrackerSettings settings) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(settings, "settings");
        return new FollowUpTracker(file, today, settings).plan();
    }

    /** The 终本 ruling date, or {@code null} when the file has no 终本 ruling. */
    public static LocalDate ruledOn(CaseFile file) {
        return file.ruling() == null ? null : file.ruling().ruledOn();
    }

    /**
     * The day the follow-up duty ends early, or {@code null}: the entry is shielded (performed, terminated, resumed),
     * an inquiry led to resumption, or the case was later closed another way.
     */
    public static LocalDate dutyStops(CaseFile file) {
        LocalDate stop = null;
        if (file.databaseEntry() != null) {
            stop = earliest(stop, file.databaseEntry().shieldedOn());
        }
        for (CaseFile.FollowUp followUp : present(file.followUps())) {
            if (Boolean.TRUE.equals(followUp.ledToResumption())) {
                stop = earliest(stop, followUp.performedOn());
            }
        }
        if (file.closingMode() != null && file.closingMode() != ClosingMode.ZHONGBEN) {
            stop = earliest(stop, file.closedOn());
        }
        return stop;
    }

    private FollowUpPlan plan() {
        LocalDate ruledOn = ruledOn(file);
        List<TrackedItem> inquiries = ruledOn == null ? List.of() : inquiries(ruledOn);
        List<TrackedItem> deadlines = new ArrayList<>();
        controls(deadlines);
        clues(deadlines);
        measureDecisions(deadlines);
        databaseEntry(deadlines);
        remedies(deadlines);
        dishonestDeletion(deadlines, ruledOn);
        bankruptcy(deadlines);
        deadlines.sort(Comparator.comparing(TrackedItem::dueOn).thenComparing(TrackedItem::kind)
                .thenComparing(TrackedItem::subject));
        return new FollowUpPlan(today, ruledOn, ruledOn == null ? null : FollowUpSchedule.windowEnds(ruledOn),
                inquiries, deadlines);
    }

    // ---------------------------------------------------------------- follow-up inquiries (终本规定 Art. 9)

    private List<TrackedItem> inquiries(LocalDate ruledOn) {
        Map<Integer, CaseFile.FollowUp> slots = matchToSlots(ruledOn);
        LocalDate stop = dutyStops(file);
        List<TrackedItem> items = new ArrayList<>();
        for (int n = 1; n <= FollowUpSchedule.INQUIRY_COUNT; n++) {
            LocalDate due = FollowUpSchedule.due(ruledOn, n);
            CaseFile.FollowUp followUp = slots.get(n);
            LocalDate performed = followUp == null ? null : followUp.performedOn();
            if (performed == null && stop != null && !due.isBefore(stop)) {
                items.add(inquiry(n, ruledOn, due, null, ItemState.NOT_OWED, Map.of(), followUp));
                continue;
            }
            Deadline deadline = courtDeadline(due, performed, settings.followUpGraceDays(),
                    settings.followUpNoticeDays());
            items.add(inquiry(n, ruledOn, due, performed, deadline.state(), deadline.alerts(), followUp));
        }
        // inquiries recorded beyond the ten (some courts keep querying) are shown as done, without a due date rule
        for (CaseFile.FollowUp extra : present(file.followUps())) {
            if (extra.performedOn() != null && !slots.containsValue(extra)) {
                items.add(new TrackedItem(ItemKind.FOLLOW_UP_INQUIRY, "extra-" + extra.performedOn(), null, ruledOn,
                        extra.performedOn(), extra.performedOn(), ItemState.DONE, Map.of(), extra.result(),
                        extra.creditorNotifiedOn(), extra.networkQueryId()));
            }
        }
        return items;
    }

    private static TrackedItem inquiry(int n, LocalDate ruledOn, LocalDate due, LocalDate performed, ItemState state,
            Map<AlertStage, LocalDate> alerts, CaseFile.FollowUp followUp) {
        return new TrackedItem(ItemKind.FOLLOW_UP_INQUIRY, String.valueOf(n), n, ruledOn, due, performed, state,
                alerts, followUp == null ? null : followUp.result(),
                followUp == null ? null : followUp.creditorNotifiedOn(),
                followUp == null ? null : followUp.networkQueryId());
    }

    /**
     * Numbered inquiries take their slot; an inquiry without a number takes the free slot whose due date is nearest
     * to when it was performed (the earlier slot on a tie).
     */
    private Map<Integer, CaseFile.FollowUp> matchToSlots(LocalDate ruledOn) {
        Map<Integer, CaseFile.FollowUp> slots = new HashMap<>();
        List<CaseFile.FollowUp> unnumbered = new ArrayList<>();
        for (CaseFile.FollowUp followUp : present(file.followUps())) {
            Integer n = followUp.sequence();
            if (n != null && n >= 1 && n <= FollowUpSchedule.INQUIRY_COUNT) {
                slots.putIfAbsent(n, followUp);
            } else if (n == null && followUp.performedOn() != null) {
                unnumbered.add(followUp);
            }
        }
        unnumbered.sort(Comparator.comparing(CaseFile.FollowUp::performedOn));
        for (CaseFile.FollowUp followUp : unnumbered) {
            Integer best = null;
            long bestDistance = Long.MAX_VALUE;
            for (int n = 1; n <= FollowUpSchedule.INQUIRY_COUNT; n++) {
                if (slots.containsKey(n)) {
                    continue;
                }
                long distance = Math.abs(FollowUpSchedule.due(ruledOn, n).toEpochDay()
                        - followUp.performedOn().toEpochDay());
                if (distance < bestDistance) {
                    best = n;
                    bestDistance = distance;
                }
            }
            if (best != null) {
                slots.put(best, followUp);
            }
        }
        return slots;
    }

    // ---------------------------------------------------------------- freezes and seizures (民诉法解释 Art. 485)

    private void controls(List<TrackedItem> items) {
        if (file.closingMode() != null && file.closingMode() != ClosingMode.ZHONGBEN) {
            return; // a finally closed case has nothing left to keep in force
        }
        for (CaseFile.Control control : present(file.controls())) {
            LocalDate expiry = Deadlines.currentExpiry(control);
            if (control.liftedOn() != null || expiry == null) {
                continue;
            }
            Map<AlertStage, LocalDate> alerts = new EnumMap<>(AlertStage.class);
            alerts.put(AlertStage.WARNING, expiry.minusDays(settings.expiryWarningDays()));
            alerts.put(AlertStage.URGENT, expiry.minusDays(settings.expiryUrgentDays()));
            alerts.put(AlertStage.OVERDUE, expiry.plusDays(1));
            ItemState state = today.isAfter(expiry) ? ItemState.OVERDUE
                    : !today.isBefore(expiry.minusDays(settings.expiryUrgentDays())) ? ItemState.URGENT
                            : !today.isBefore(expiry.minusDays(settings.expiryWarningDays())) ? ItemState.DUE_SOON
                                    : ItemState.UPCOMING;
            LocalDate renewed = control.renewals().isEmpty() ? null
                    : control.renewals().get(control.renewals().size() - 1).renewedOn();
            items.add(new TrackedItem(ItemKind.CONTROL_EXPIRY, key(control.id()), null,
                    renewed != null ? renewed : control.effectiveOn(), expiry, null, state, alerts, null, null,
                    control.id()));
        }
    }

    // ---------------------------------------------------------------- court clocks

    private void clues(List<TrackedItem> items) {
        for (CaseFile.Clue clue : present(file.clues())) {
            LocalDate due = Deadlines.clueVerificationDue(clue);
            if (due == null) {
                continue;
            }
            boolean resultWithoutDate = clue.verifiedOn() == null && clue.result() != null
                    && clue.result() != ClueResult.PENDING;
            Deadline deadline = resultWithoutDate ? new Deadline(ItemState.DONE, Map.of())
                    : courtDeadline(due, clue.verifiedOn(), 0, 0);
            items.add(new TrackedItem(ItemKind.CLUE_VERIFICATION, key(clue.id()), null, clue.submittedOn(), due,
                    clue.verifiedOn(), deadline.state(), deadline.alerts(), null, null, clue.id()));
        }
    }

    private void measureDecisions(List<TrackedItem> items) {
        for (CaseFile.Measure measure : present(file.measures())) {
            LocalDate due = Deadlines.measureDecisionDue(measure);
            if (due == null) {
                continue;
            }
            Deadline deadline = courtDeadline(due, measure.decidedOn(), 0, 0);
            items.add(new TrackedItem(ItemKind.MEASURE_DECISION, key(measure.id()), null, measure.requestedOn(), due,
                    measure.decidedOn(), deadline.state(), deadline.alerts(), null, null, measure.id()));
        }
    }

    private void databaseEntry(List<TrackedItem> items) {
        CaseFile.Ruling ruling = file.ruling();
        if (ruling == null || ruling.servedOn() == null) {
            return;
        }
        LocalDate due = ruling.servedOn().plusDays(DATABASE_ENTRY_DAYS);
        LocalDate entered = file.databaseEntry() == null ? null : file.databaseEntry().enteredOn();
        Deadline deadline = courtDeadline(due, entered, 0, 0);
        items.add(new TrackedItem(ItemKind.DATABASE_ENTRY, "entry", null, ruling.servedOn(), due, entered,
                deadline.state(), deadline.alerts(), null, null, ruling.documentId()));
    }

    private void remedies(List<TrackedItem> items) {
        for (CaseFile.Remedy remedy : present(file.remedies())) {
            if (remedy.kind() == ObjectionKind.OBJECTION && remedy.filedOn() != null) {
                LocalDate due = remedy.filedOn().plusDays(OBJECTION_DECISION_DAYS);
                Deadline deadline = courtDeadline(due, remedy.decidedOn(), 0, 0);
                items.add(new TrackedItem(ItemKind.OBJECTION_DECISION, key(remedy.id()), null, remedy.filedOn(), due,
                        remedy.decidedOn(), deadline.state(), deadline.alerts(), null, null, remedy.id()));
            }
            if (remedy.kind() == ObjectionKind.OBJECTION && remedy.servedOn() != null) {
                items.add(reconsiderationFiling(remedy));
            }
            if (remedy.kind() == ObjectionKind.RECONSIDERATION && remedy.filedOn() != null) {
                LocalDate due = remedy.filedOn().plusDays(RECONSIDERATION_DECISION_DAYS);
                Deadline deadline = courtDeadline(due, remedy.decidedOn(), RECONSIDERATION_EXTENSION_DAYS, 0);
                items.add(new TrackedItem(ItemKind.RECONSIDERATION_DECISION, key(remedy.id()), null, remedy.filedOn(),
                        due, remedy.decidedOn(), deadline.state(), deadline.alerts(), null, null, remedy.id()));
            }
        }
    }

    /**
     * The party that lost an objection has 10 days from service to apply for reconsideration. Done when a
     * reconsideration was filed on or after the service date; after the tenth day the window is closed.
     */
    private TrackedItem reconsiderationFiling(CaseFile.Remedy objection) {
        LocalDate due = objection.servedOn().plusDays(RECONSIDERATION_FILING_DAYS);
        LocalDate filed = null;
        for (CaseFile.Remedy remedy : present(file.remedies())) {
            if (remedy.kind() == ObjectionKind.RECONSIDERATION && remedy.filedOn() != null
                    && !remedy.filedOn().isBefore(objection.servedOn())
                    && (filed == null || remedy.filedOn().isBefore(filed))) {
                filed = remedy.filedOn();
            }
        }
        ItemState state;
        Map<AlertStage, LocalDate> alerts = new EnumMap<>(AlertStage.class);
        if (filed != null) {
            state = filed.isAfter(due) ? ItemState.DONE_LATE : ItemState.DONE;
        } else {
            LocalDate urgentFrom = due.minusDays(settings.creditorDeadlineUrgentDays());
            alerts.put(AlertStage.WARNING, objection.servedOn());
            alerts.put(AlertStage.URGENT, urgentFrom);
            state = today.isAfter(due) ? ItemState.OVERDUE
                    : !today.isBefore(urgentFrom) ? ItemState.URGENT : ItemState.DUE_SOON;
        }
        return new TrackedItem(ItemKind.RECONSIDERATION_FILING, key(objection.id()), null, objection.servedOn(), due,
                filed, state, alerts, null, null, objection.id());
    }

    /**
     * After 终本, once two network inquiries found nothing and nobody supplied a valid clue in the meantime, each
     * 失信 listing is deleted within 3 working days (失信规定 Art. 10(4) [C]). A clue submitted after the ruling, up to
     * the day of the second empty inquiry, keeps the listing unless its check found it not true ({@code NOT_CONFIRMED}),
     * whenever that check took place.
     */
    private void dishonestDeletion(List<TrackedItem> items, LocalDate ruledOn) {
        LocalDate ground = dishonestDeletionGround(file);
        if (ruledOn == null || ground == null) {
            return;
        }
        LocalDate due = WorkingDays.plus(ground, DISHONEST_DELETION_WORKING_DAYS);
        for (CaseFile.Listing listing : present(file.listings())) {
            if (listing.decidedOn() == null || listing.decidedOn().isAfter(ground)
                    || listing.deletedOn() != null && listing.deletedOn().isBefore(ground)) {
                continue; // listed later, or already deleted for another reason
            }
            Deadline deadline = courtDeadline(due, listing.deletedOn(), 0, 0);
            items.add(new TrackedItem(ItemKind.DISHONEST_DELETION, key(listing.id()), null, ground, due,
                    listing.deletedOn(), deadline.state(), deadline.alerts(), null, null, listing.id()));
        }
    }

    /**
     * The day the second empty follow-up inquiry after the ruling was performed, when no valid clue arrived before
     * it; {@code null} when the ground has not arisen.
     */
    public static LocalDate dishonestDeletionGround(CaseFile file) {
        LocalDate ruledOn = ruledOn(file);
        if (ruledOn == null) {
            return null;
        }
        List<LocalDate> empty = present(file.followUps()).stream()
                .filter(followUp -> followUp.result() == FollowUpResult.NOTHING_FOUND && followUp.performedOn() != null
                        && followUp.performedOn().isAfter(ruledOn))
                .map(CaseFile.FollowUp::performedOn).sorted().toList();
        if (empty.size() < EMPTY_INQUIRIES_FOR_DELETION) {
            return null;
        }
        LocalDate second = empty.get(EMPTY_INQUIRIES_FOR_DELETION - 1);
        boolean clueKeepsListing = present(file.clues()).stream()
                .anyMatch(clue -> clue.submittedOn() != null && clue.submittedOn().isAfter(ruledOn)
                        && !clue.submittedOn().isAfter(second) && clue.result() != ClueResult.NOT_CONFIRMED);
        return clueKeepsListing ? null : second;
    }

    private void bankruptcy(List<TrackedItem> items) {
        CaseFile.BankruptcyTransfer transfer = file.bankruptcyTransfer();
        if (transfer == null || transfer.transferredOn() == null) {
            return;
        }
        LocalDate due = transfer.transferredOn().plusDays(BANKRUPTCY_DECISION_DAYS);
        Deadline deadline = courtDeadline(due, transfer.decidedOn(), 0, 0);
        items.add(new TrackedItem(ItemKind.BANKRUPTCY_DECISION, "transfer", null, transfer.transferredOn(), due,
                transfer.decidedOn(), deadline.state(), deadline.alerts(), null, null, null));
    }

    // ---------------------------------------------------------------- helpers

    private record Deadline(ItemState state, Map<AlertStage, LocalDate> alerts) {
    }

    /**
     * A duty of the court due on {@code due}: done on time up to {@code graceDays} after it, else late; open items are
     * upcoming, due soon within {@code noticeDays} before the date, due during the grace days, then overdue.
     */
    private Deadline courtDeadline(LocalDate due, LocalDate done, int graceDays, int noticeDays) {
        LocalDate lastOnTime = due.plusDays(graceDays);
        if (done != null) {
            return new Deadline(done.isAfter(lastOnTime) ? ItemState.DONE_LATE : ItemState.DONE, Map.of());
        }
        Map<AlertStage, LocalDate> alerts = new EnumMap<>(AlertStage.class);
        if (noticeDays > 0) {
            alerts.put(AlertStage.WARNING, due.minusDays(noticeDays));
        }
        alerts.put(AlertStage.OVERDUE, lastOnTime.plusDays(1));
        ItemState state = today.isAfter(lastOnTime) ? ItemState.OVERDUE
                : today.isAfter(due) ? ItemState.DUE
                        : noticeDays == 0 || !today.isBefore(due.minusDays(noticeDays)) ? ItemState.DUE_SOON
                                : ItemState.UPCOMING;
        return new Deadline(state, alerts);
    }

    private static String key(String id) {
        return id == null ? "-" : id;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
