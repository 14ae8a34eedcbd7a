package org.zhongben.portal.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.MeasureType;
import org.zhongben.portal.casefile.vocabulary.ObjectionKind;
import org.zhongben.portal.casefile.vocabulary.QueryChannel;
import org.zhongben.portal.casefile.vocabulary.QueryPurpose;
import org.zhongben.portal.casefile.vocabulary.QueryReplyStatus;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.followup.FollowUpTracker;
import org.zhongben.portal.followup.ItemState;
import org.zhongben.portal.followup.TrackedItem;
import org.zhongben.portal.followup.TrackerSettings;
import org.zhongben.portal.investigations.Citation;
import org.zhongben.portal.investigations.CoverageGrid;
import org.zhongben.portal.investigations.Deadlines;
import org.zhongben.portal.investigations.Label;

/**
 * Builds a case's {@link Timeline}: docketing, notice and report order, investigation, restrictions and listings,
 * creditor interview, termination ruling and service, 终本 database entry, the ten follow-up inquiries, resumption or
 * final closing. Dates the rules set (domain.md §9.3) become {@code expected} dates; a pure function of its
 * arguments.
 */
public final class TimelineBuilder {

    /** 终本 only after more than three months since docketing (终本规定 Art. 1(4) [C]). */
    public static final int EARLIEST_TERMINATION_MONTHS = 3;
    /** Enforcement cases should close within six months of docketing, suspension excluded (执行工作规定 item 63 [C]). */
    public static final int CLOSING_TARGET_MONTHS = 6;
    /** 终本 database entry within 7 days of serving the ruling (终本规定 Art. 12 [R]). */
    public static final int DATABASE_ENTRY_DAYS = 7;
    /** Objections are decided within 15 days of filing (民事诉讼法 2023 Art. 236 [C]). */
    public static final int OBJECTION_DECISION_DAYS = 15;

    /** An event before it is labelled and ordered. */
    private record Draft(TimelineKind kind, Integer sequence, String label, LocalDate actual, LocalDate expected,
            TimelineStatus status, Citation rule, String detail, String sourceId) {

        LocalDate date() {
            return actual != null ? actual : expected;
        }
    }

    private final CaseFile file;
    private final LocalDate today;
    private final Locale locale;
    private final TrackerSettings trackerSettings;
    private final Map<String, String> partyNames = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();

    private TimelineBuilder(CaseFile file, LocalDate today, Locale locale, TrackerSettings trackerSettings) {
        this.file = file;
        this.today = today;
        this.locale = locale;
        this.trackerSettings = trackerSettings;
        for (CaseFile.Party party : present(file.parties())) {
            if (party.id() != null && party.name() != null) {
                partyNames.putIfAbsent(party.id(), party.name());
            }
        }
    }

    /** The timeline of {@code file} as of {@code today}, labelled in {@code locale}, with the default tracker windows. */
    public static Timeline of(CaseFile file, LocalDate today, Locale locale) {
        return of(file, today, locale, TrackerSettings.defaults());
    }

    /** The timeline of {@code file} as of {@code today}, labelled in {@code locale}. */
    public static Timeline of(CaseFile file, LocalDate today, Locale locale, TrackerSettings trackerSettings) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(today, "today");
        return new TimelineBuilder(file, today, locale, trackerSettings).build();
    }

    /**
     * The first day a 终本 ruling is allowed: "more than three months" after docketing (已超过三个月) means the day after
     * the three-month period ends; a ruling on {@code docketedOn + 3 months} itself is too early (domain.md §10.1 C1).
     * {@code null} without a docketing date.
     */
    public static LocalDate earliestTermination(LocalDate docketedOn) {
        return docketedOn == null ? null : docketedOn.plusMonths(EARLIEST_TERMINATION_MONTHS).plusDays(1);
    }

    /**
     * Six months after docketing, extended by the days the case was suspended (中止执行); an open suspension counts up
     * to {@code today}. {@code null} without a docketing date.
     */
    public static LocalDate closingTarget(CaseFile file, LocalDate today) {
        if (file.docketedOn() == null) {
            return null;
        }
        LocalDate target = file.docketedOn().plusMonths(CLOSING_TARGET_MONTHS);
        long suspended = 0;
        for (CaseFile.Suspension suspension : present(file.suspensions())) {
            if (suspension.from() == null) {
                continue;
            }
            LocalDate start = suspension.from().isBefore(file.docketedOn()) ? file.docketedOn() : suspension.from();
            LocalDate end = suspension.to() != null ? suspension.to() : today;
            if (!end.isBefore(start)) {
                suspended += ChronoUnit.DAYS.between(start, end) + 1;
            }
        }
        return target.plusDays(suspended);
    }

    private Timeline build() {
        beginning();
        investigation();
        sanctions();
        termination();
        followUps();
        remedies();

        List<Draft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing(Draft::date).thenComparing(Draft::kind)
                .thenComparing(Draft::sequence, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<TimelineEvent> events = new ArrayList<>();
        Map<TimelineStatus, Integer> counts = new EnumMap<>(TimelineStatus.class);
        LocalDate from = null;
        LocalDate to = null;
        boolean open = file.closedOn() == null;
        for (Draft draft : ordered) {
            events.add(event(draft));
            counts.merge(draft.status(), 1, Integer::sum);
            open |= draft.status() == TimelineStatus.DUE || draft.status() == TimelineStatus.MISSING;
            for (LocalDate date : new LocalDate[] { draft.actual(), draft.expected() }) {
                if (date != null) {
                    from = from == null || date.isBefore(from) ? date : from;
                    to = to == null || date.isAfter(to) ? date : to;
                }
            }
        }
        if (from == null) {
            from = today;
            to = today;
        }
        if (open && today.isAfter(to)) {
            to = today;
        }
        if (open && today.isBefore(from)) {
            from = today;
        }
        List<Timeline.StatusCount> statusCounts = new ArrayList<>();
        counts.forEach((status, count) -> statusCounts.add(new Timeline.StatusCount(Label.of(status, locale), count)));
        return new Timeline(file.caseNumber(), today, from, to, List.copyOf(events), List.copyOf(statusCounts));
    }

    private TimelineEvent event(Draft draft) {
        Integer offset = draft.actual() != null && draft.expected() != null
                ? Math.toIntExact(ChronoUnit.DAYS.between(draft.expected(), draft.actual()))
                : null;
        return new TimelineEvent(draft.kind().name(), draft.sequence(), draft.label(), draft.actual(),
                draft.expected(), Label.of(draft.status(), locale),
                draft.expected() == null ? null : Label.of(draft.rule(), locale), draft.detail(), draft.sourceId(),
                offset);
    }

    // ---------------------------------------------------------------- the phases of a case

    private void beginning() {
        done(TimelineKind.DOCKETED, label(TimelineKind.DOCKETED), file.docketedOn(), null, null);
        done(TimelineKind.APPLICATION_RECEIVED, label(TimelineKind.APPLICATION_RECEIVED),
                file.applicationReceivedOn(), null, null);
        done(TimelineKind.EXECUTION_NOTICE, label(TimelineKind.EXECUTION_NOTICE), file.executionNoticeSentOn(), null,
                null);

        // the report order goes out with the execution notice in money cases (财产调查规定 Art. 3 [C])
        LocalDate notice = file.executionNoticeSentOn();
        List<CaseFile.ReportOrder> orders = present(file.reportOrders());
        if (orders.isEmpty() && notice != null) {
            add(TimelineKind.REPORT_ORDER, null, label(TimelineKind.REPORT_ORDER), null, notice,
                    Citation.REPORT_ORDER_WITH_NOTICE, null, null);
        }
        for (CaseFile.ReportOrder order : orders) {
            String debtor = name(order.debtorPartyId());
            add(TimelineKind.REPORT_ORDER, null, withParty(label(TimelineKind.REPORT_ORDER), debtor),
                    order.issuedOn(), notice, Citation.REPORT_ORDER_WITH_NOTICE, null, order.id());
            add(TimelineKind.DEBTOR_REPORT, null, withParty(label(TimelineKind.DEBTOR_REPORT), debtor),
                    order.reportedOn(), order.deadlineOn(), Citation.REPORT_DEADLINE,
                    order.outcome() == null ? null : order.outcome().label(locale), order.id());
        }
    }

    private void investigation() {
        for (CaseFile.NetworkQuery query : present(file.networkQueries())) {
            if (query.purpose() == QueryPurpose.FOLLOW_UP) {
                continue; // drawn as follow-up inquiries
            }
            String label = query.channel() == null ? label(TimelineKind.NETWORK_QUERY)
                    : (query.channel() == QueryChannel.NATIONAL ? CoverageGrid.Channel.NATIONAL
                            : CoverageGrid.Channel.PROVINCIAL).label(locale);
            if (query.purpose() == QueryPurpose.RESUMPTION_CHECK) {
                label = label + text("（", " (") + query.purpose().label(locale) + text("）", ")");
            }
            done(TimelineKind.NETWORK_QUERY, label, query.submittedOn(), replies(query), query.id());
        }
        for (CaseFile.Clue clue : present(file.clues())) {
            String what = clue.category() == null ? label(TimelineKind.CLUE_VERIFICATION)
                    : label(TimelineKind.CLUE_VERIFICATION) + text("（", " (") + clue.category().label(locale)
                            + (Boolean.TRUE.equals(clue.urgent()) ? text("，紧急", ", urgent") : "") + text("）", ")");
            add(TimelineKind.CLUE_VERIFICATION, null, what, clue.verifiedOn(), Deadlines.clueVerificationDue(clue),
                    Citation.CLUE_VERIFICATION, clue.result() == null ? null : clue.result().label(locale), clue.id());
        }
        Set<LocalDate> clueVerifications = new HashSet<>();
        for (CaseFile.Clue clue : present(file.clues())) {
            clueVerifications.add(clue.verifiedOn());
        }
        for (CaseFile.Measure measure : present(file.measures())) {
            if (measure.type() == MeasureType.CLUE_VERIFICATION && clueVerifications.contains(measure.performedOn())) {
                continue; // the clue's own event already shows this verification, with its deadline
            }
            String type = measure.type() == null ? label(TimelineKind.MEASURE) : measure.type().label(locale);
            LocalDate decisionDue = Deadlines.measureDecisionDue(measure);
            if (decisionDue != null) {
                add(TimelineKind.MEASURE_DECISION, null, text("审查申请：", "Decision on application: ") + type,
                        measure.decidedOn(), decisionDue, Citation.MEASURE_DECISION,
                        measure.decision() == null ? null : measure.decision().label(locale), measure.id());
            }
            String found = measure.propertyFound() == null ? null
                    : measure.propertyFound() ? text("发现财产", "Property found")
                            : text("未发现财产", "Nothing found");
            done(TimelineKind.MEASURE, type, measure.performedOn(), found, measure.id());
        }
    }

    private void sanctions() {
        for (CaseFile.Restriction restriction : present(file.restrictions())) {
            String person = restriction.personName() != null ? restriction.personName() : name(restriction.partyId());
            done(TimelineKind.RESTRICTION, withParty(label(TimelineKind.RESTRICTION), person), restriction.issuedOn(),
                    null, restriction.id());
        }
        for (CaseFile.Listing listing : present(file.listings())) {
            done(TimelineKind.LISTING, withParty(label(TimelineKind.LISTING), name(listing.partyId())),
                    listing.decidedOn(), null, listing.id());
        }
    }

    private void termination() {
        CaseFile.Ruling ruling = file.ruling();
        LocalDate ruledOn = ruling == null ? null : ruling.ruledOn();

        // the creditor is heard before the ruling (终本规定 Art. 5 [R]; 民诉法解释 Art. 517 [C])
        CaseFile.Interview interview = file.interview();
        LocalDate heldOn = interview == null ? null : interview.heldOn();
        if (heldOn != null || ruledOn != null) {
            add(TimelineKind.CREDITOR_INTERVIEW, null, label(TimelineKind.CREDITOR_INTERVIEW), heldOn, ruledOn,
                    Citation.CREDITOR_INTERVIEW,
                    interview == null || interview.creditorOpinion() == null ? null
                            : interview.creditorOpinion().label(locale),
                    interview == null ? null : interview.documentId());
        }

        if (ruledOn != null) {
            LocalDate earliest = file.docketedOn() == null ? null : earliestTermination(file.docketedOn());
            TimelineStatus status = earliest == null ? TimelineStatus.DONE
                    : ruledOn.isBefore(earliest) ? TimelineStatus.TOO_EARLY : TimelineStatus.ON_TIME;
            drafts.add(new Draft(TimelineKind.TERMINATION_RULING, null, label(TimelineKind.TERMINATION_RULING),
                    ruledOn, earliest, status, Citation.EARLIEST_TERMINATION,
                    ruling.approvalRoute() == null ? null : ruling.approvalRoute().label(locale), ruling.documentId()));
            done(TimelineKind.RULING_SERVED, label(TimelineKind.RULING_SERVED), ruling.servedOn(), null,
                    ruling.documentId());
        }

        if (file.docketedOn() != null) {
            String closed = file.closingMode() == null ? label(TimelineKind.CASE_CLOSED)
                    : label(TimelineKind.CASE_CLOSED) + text("：", ": ") + file.closingMode().label(locale);
            add(TimelineKind.CASE_CLOSED, null, closed, file.closedOn(), closingTarget(file, today),
                    Citation.CASE_CLOSING_TARGET, null, null);
        }

        if (ruling != null) {
            CaseFile.DatabaseEntry entry = file.databaseEntry();
            LocalDate due = ruling.servedOn() == null ? null : ruling.servedOn().plusDays(DATABASE_ENTRY_DAYS);
            add(TimelineKind.DATABASE_ENTRY, null, label(TimelineKind.DATABASE_ENTRY),
                    entry == null ? null : entry.enteredOn(), due, Citation.DATABASE_ENTRY, null, null);
        }
    }

    /**
     * Ten inquiries, the n-th due {@code n × 6} months after the ruling (终本规定 Art. 9 [C]), as the follow-up tracker
     * computes them: the duty covers five years and stops early when the entry is shielded or a follow-up leads to
     * resumption; inquiries due from then on are shown only if they were performed.
     */
    private void followUps() {
        CaseFile.Ruling ruling = file.ruling();
        if (ruling == null || ruling.ruledOn() == null || file.closingMode() != ClosingMode.ZHONGBEN) {
            return;
        }
        for (TrackedItem inquiry : FollowUpTracker.track(file, today, trackerSettings).inquiries()) {
            if (inquiry.state() == ItemState.NOT_OWED) {
                continue;
            }
            CaseFile.FollowUp followUp = followUpOf(inquiry);
            if (inquiry.sequence() == null) {
                done(TimelineKind.FOLLOW_UP, label(TimelineKind.FOLLOW_UP), inquiry.doneOn(),
                        followUp == null ? null : followUpDetail(followUp), inquiry.sourceId());
                continue;
            }
            int n = inquiry.sequence();
            drafts.add(new Draft(TimelineKind.FOLLOW_UP, n, text("第" + n + "次定期查询", "Follow-up inquiry " + n),
                    inquiry.doneOn(), inquiry.dueOn(), inquiryStatus(inquiry.state()), Citation.FOLLOW_UP,
                    followUp == null ? null : followUpDetail(followUp), inquiry.sourceId()));
        }
        CaseFile.FollowUp resumedBy = present(file.followUps()).stream()
                .filter(followUp -> Boolean.TRUE.equals(followUp.ledToResumption()) && followUp.performedOn() != null)
                .min(Comparator.comparing(CaseFile.FollowUp::performedOn)).orElse(null);
        if (resumedBy != null) {
            String number = resumedBy.sequence() == null ? "" : String.valueOf(resumedBy.sequence());
            done(TimelineKind.RESUMPTION, label(TimelineKind.RESUMPTION), resumedBy.performedOn(),
                    text("第" + number + "次定期查询发现财产", ("Follow-up inquiry " + number).strip() + " found property"),
                    resumedBy.networkQueryId());
        }
    }

    /** The tracker's state of an inquiry as a timeline status: missing only once the tolerance has passed. */
    private static TimelineStatus inquiryStatus(ItemState state) {
        return switch (state) {
            case DONE -> TimelineStatus.ON_TIME;
            case DONE_LATE -> TimelineStatus.LATE;
            case OVERDUE -> TimelineStatus.MISSING;
            default -> TimelineStatus.DUE;
        };
    }

    /** The recorded follow-up behind a tracked inquiry (same date and network query), if any. */
    private CaseFile.FollowUp followUpOf(TrackedItem inquiry) {
        if (inquiry.doneOn() == null) {
            return null;
        }
        return present(file.followUps()).stream()
                .filter(followUp -> inquiry.doneOn().equals(followUp.performedOn())
                        && Objects.equals(inquiry.sourceId(), followUp.networkQueryId())
                        && (inquiry.sequence() == null || followUp.sequence() == null
                                || inquiry.sequence().equals(followUp.sequence())))
                .findFirst().orElse(null);
    }

    /** The inquiry's result and whether the creditor was told, as Art. 9 requires. */
    private String followUpDetail(CaseFile.FollowUp followUp) {
        String result = followUp.result() == null ? null : followUp.result().label(locale);
        String notified = followUp.creditorNotifiedOn() != null
                ? text(Languages.formatDate(followUp.creditorNotifiedOn(), locale) + "已告知申请执行人",
                        "creditor told on " + Languages.formatDate(followUp.creditorNotifiedOn(), locale))
                : followUp.performedOn() == null ? null : text("未告知申请执行人", "creditor not told");
        if (result == null) {
            return notified;
        }
        return notified == null ? result : result + text("；", "; ") + notified;
    }

    private void remedies() {
        CaseFile.DatabaseEntry entry = file.databaseEntry();
        if (entry != null && entry.shieldedOn() != null) {
            String label = entry.shieldReason() == null ? label(TimelineKind.DATABASE_SHIELDED)
                    : label(TimelineKind.DATABASE_SHIELDED) + text("：", ": ") + entry.shieldReason().label(locale);
            done(TimelineKind.DATABASE_SHIELDED, label, entry.shieldedOn(), null, null);
        }
        for (CaseFile.Remedy remedy : present(file.remedies())) {
            String source = remedy.caseNumber() != null ? remedy.caseNumber() : remedy.id();
            if (remedy.kind() == ObjectionKind.OBJECTION) {
                LocalDate due = remedy.filedOn() == null ? null : remedy.filedOn().plusDays(OBJECTION_DECISION_DAYS);
                add(TimelineKind.OBJECTION_DECISION, null, label(TimelineKind.OBJECTION_DECISION),
                        remedy.decidedOn(), due, Citation.OBJECTION_DECISION,
                        remedy.result() == null ? null : remedy.result().label(locale), source);
            } else {
                String label = remedy.kind() == null ? label(TimelineKind.REMEDY) : remedy.kind().label(locale);
                done(TimelineKind.REMEDY, label, remedy.filedOn(), null, source);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** An event with a deadline; left out when it neither happened nor has an expected date. */
    private void add(TimelineKind kind, Integer sequence, String label, LocalDate actual, LocalDate expected,
            Citation rule, String detail, String sourceId) {
        if (actual == null && expected == null) {
            return;
        }
        drafts.add(new Draft(kind, sequence, label, actual, expected, deadline(actual, expected, 0), rule, detail,
                sourceId));
    }

    /** An event no rule sets a date for; left out when it has not happened. */
    private void done(TimelineKind kind, String label, LocalDate actual, String detail, String sourceId) {
        if (actual != null) {
            drafts.add(new Draft(kind, null, label, actual, null, TimelineStatus.DONE, null, detail, sourceId));
        }
    }

    /**
     * On time when done by the due date plus {@code graceDays}; late when done after; missing when not done and the
     * due date is before today; due when not done and the due date is today or later.
     */
    private TimelineStatus deadline(LocalDate actual, LocalDate due, int graceDays) {
        if (due == null) {
            return TimelineStatus.DONE;
        }
        if (actual != null) {
            return actual.isAfter(due.plusDays(graceDays)) ? TimelineStatus.LATE : TimelineStatus.ON_TIME;
        }
        return due.isBefore(today) ? TimelineStatus.MISSING : TimelineStatus.DUE;
    }

    private String replies(CaseFile.NetworkQuery query) {
        int answered = 0;
        int pending = 0;
        for (CaseFile.QueryResult result : present(query.results())) {
            if (result.status() == QueryReplyStatus.ANSWERED) {
                answered++;
            } else if (result.status() == null || result.status() == QueryReplyStatus.PENDING) {
                pending++;
            }
        }
        return pending == 0 ? text(answered + "类已反馈", answered + " categories answered")
                : text(answered + "类已反馈，" + pending + "类未反馈",
                        answered + " categories answered, " + pending + " without reply");
    }

    private String label(TimelineKind kind) {
        return kind.label(locale);
    }

    private String withParty(String label, String party) {
        return party == null ? label : label + text("（", " (") + party + text("）", ")");
    }

    private String name(String partyId) {
        return partyId == null ? null : partyNames.getOrDefault(partyId, partyId);
    }

    private String text(String zh, String en) {
        return Label.text(locale, zh, en);
    }

    private static <T> List<T> present(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
