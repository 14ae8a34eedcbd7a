package org.zhongben.portal.investigations;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.AssetCategory;
import org.zhongben.portal.casefile.vocabulary.CannotDisposeReason;
import org.zhongben.portal.casefile.vocabulary.ClueResult;
import org.zhongben.portal.casefile.vocabulary.DocumentVisibility;
import org.zhongben.portal.casefile.vocabulary.InterviewTopic;
import org.zhongben.portal.casefile.vocabulary.QueryReplyStatus;
import org.zhongben.portal.investigations.InvestigationRecord.AssetView;
import org.zhongben.portal.investigations.InvestigationRecord.ClueView;
import org.zhongben.portal.investigations.InvestigationRecord.CoerciveView;
import org.zhongben.portal.investigations.InvestigationRecord.ControlState;
import org.zhongben.portal.investigations.InvestigationRecord.ControlView;
import org.zhongben.portal.investigations.InvestigationRecord.Deadline;
import org.zhongben.portal.investigations.InvestigationRecord.DeadlineState;
import org.zhongben.portal.investigations.InvestigationRecord.DocumentView;
import org.zhongben.portal.investigations.InvestigationRecord.GroundView;
import org.zhongben.portal.investigations.InvestigationRecord.InterviewView;
import org.zhongben.portal.investigations.InvestigationRecord.ListingState;
import org.zhongben.portal.investigations.InvestigationRecord.ListingView;
import org.zhongben.portal.investigations.InvestigationRecord.MeasureView;
import org.zhongben.portal.investigations.InvestigationRecord.QueryResultView;
import org.zhongben.portal.investigations.InvestigationRecord.QueryView;
import org.zhongben.portal.investigations.InvestigationRecord.ReportOrderView;
import org.zhongben.portal.investigations.InvestigationRecord.RestrictionState;
import org.zhongben.portal.investigations.InvestigationRecord.RestrictionView;
import org.zhongben.portal.investigations.InvestigationRecord.Rules;

/** Builds the {@link InvestigationRecord}; pure and stateless. */
final class InvestigationRecordBuilder {

    private final CaseFile file;
    private final LocalDate today;
    private final Locale locale;
    private final Parties parties;
    private final Map<String, CaseFile.Asset> assetsById = new HashMap<>();

    private InvestigationRecordBuilder(CaseFile file, LocalDate today, Locale locale) {
        this.file = file;
        this.today = today;
        this.locale = locale;
        this.parties = Parties.of(file);
        for (CaseFile.Asset asset : Parties.present(file.assets())) {
            if (asset.id() != null) {
                assetsById.putIfAbsent(asset.id(), asset);
            }
        }
    }

    static InvestigationRecord build(CaseFile file, LocalDate today, Locale locale) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(today, "today");
        return new InvestigationRecordBuilder(file, today, locale).record();
    }

    private InvestigationRecord record() {
        List<CaseFile.Document> all = Parties.present(file.documents());
        List<CaseFile.Document> open = all.stream().filter(InvestigationRecordBuilder::partyMayOpen).toList();
        return new InvestigationRecord(today,
                sorted(Parties.present(file.measures()), this::measure, MeasureView::date),
                sorted(Parties.present(file.networkQueries()), this::query, QueryView::submittedOn),
                sorted(Parties.present(file.reportOrders()), this::reportOrder, ReportOrderView::issuedOn),
                sorted(Parties.present(file.clues()), this::clue, ClueView::submittedOn),
                sorted(Parties.present(file.assets()), this::asset, AssetView::foundOn),
                sorted(Parties.present(file.controls()), this::control, ControlView::effectiveOn),
                sorted(Parties.present(file.coerciveMeasures()), this::coercive, CoerciveView::decidedOn),
                sorted(Parties.present(file.restrictions()), this::restriction, RestrictionView::issuedOn),
                sorted(Parties.present(file.listings()), this::listing, ListingView::decidedOn),
                sorted(Parties.present(file.dishonestGrounds()), this::ground, GroundView::foundOn),
                interview(), sorted(open, this::document, DocumentView::issuedOn), all.size() - open.size(),
                new Rules(Label.of(Citation.CLUE_VERIFICATION, locale), Label.of(Citation.MEASURE_DECISION, locale),
                        Label.of(Citation.REPORT_DEADLINE, locale), Label.of(Citation.CONTROL_TERM, locale),
                        Label.of(Citation.CANNOT_DISPOSE, locale)));
    }

    /** Maps and sorts by a date, oldest first and undated last; the sort is stable so file order breaks ties. */
    private static <T, V> List<V> sorted(List<T> items, Function<T, V> view, Function<V, LocalDate> date) {
        List<V> views = new ArrayList<>(items.size());
        for (T item : items) {
            views.add(view.apply(item));
        }
        views.sort(Comparator.comparing(date, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(views);
    }

    /** What a party (creditor or debtor) may open in the portal; lawyer-only and court-only stay hidden. */
    private static boolean partyMayOpen(CaseFile.Document document) {
        return document.visibility() == DocumentVisibility.PUBLIC || document.visibility() == DocumentVisibility.PARTY;
    }

    private MeasureView measure(CaseFile.Measure measure) {
        LocalDate date = measure.performedOn() != null ? measure.performedOn()
                : measure.decidedOn() != null ? measure.decidedOn() : measure.requestedOn();
        LocalDate decisionDue = Deadlines.measureDecisionDue(measure);
        Deadline decision = decisionDue == null ? null
                : deadline(decisionDue, measure.decidedOn(), measure.decision() != null, Citation.MEASURE_DECISION);
        return new MeasureView(measure.id(), Label.of(measure.type(), locale), Label.of(measure.requestedBy(), locale),
                measure.requestedOn(), Label.of(measure.decision(), locale), measure.decidedOn(),
                measure.performedOn(), date, parties.name(measure.targetPartyId()),
                Label.all(measure.categories(), locale), measure.institution(), measure.location(),
                measure.propertyFound(), measure.resultSummary(), Parties.present(measure.documentIds()), decision);
    }

    private QueryView query(CaseFile.NetworkQuery query) {
        List<QueryResultView> results = new ArrayList<>();
        int pending = 0;
        int hits = 0;
        for (CaseFile.QueryResult result : Parties.present(query.results())) {
            results.add(new QueryResultView(Label.of(result.category(), locale), Label.of(result.status(), locale),
                    result.answeredOn(), result.hits(), result.institution(), result.summary()));
            if (result.status() == null || result.status() == QueryReplyStatus.PENDING) {
                pending++;
            } else if (result.status() == QueryReplyStatus.ANSWERED && result.hits() != null) {
                hits += Math.max(0, result.hits());
            }
        }
        return new QueryView(query.id(), Label.of(query.channel(), locale), Label.of(query.purpose(), locale),
                parties.name(query.debtorPartyId()), query.submittedOn(), List.copyOf(results), pending, hits,
                query.documentId());
    }

    private ReportOrderView reportOrder(CaseFile.ReportOrder order) {
        LocalDate deadline = order.deadlineOn();
        boolean late = order.reportedOn() != null && deadline != null && order.reportedOn().isAfter(deadline);
        boolean overdue = order.reportedOn() == null && deadline != null && today.isAfter(deadline);
        return new ReportOrderView(order.id(), parties.name(order.debtorPartyId()), order.issuedOn(), deadline,
                order.reportedOn(), order.verifiedOn(), Label.of(order.outcome(), locale), late, overdue,
                order.verifiedOn() != null, order.documentId());
    }

    private ClueView clue(CaseFile.Clue clue) {
        boolean verifiedWithoutDate = clue.result() != null && clue.result() != ClueResult.PENDING;
        LocalDate due = Deadlines.clueVerificationDue(clue);
        Deadline verification = due == null ? null
                : deadline(due, clue.verifiedOn(), verifiedWithoutDate, Citation.CLUE_VERIFICATION);
        return new ClueView(clue.id(), Label.of(clue.source(), locale), clue.submittedOn(),
                Label.of(clue.category(), locale), clue.description(), Boolean.TRUE.equals(clue.urgent()),
                Label.of(clue.result(), locale), clue.verifiedOn(), verification);
    }

    /**
     * Met when done on or before the due day; missed when done later, or not done and the due day has passed; open
     * while not done up to and including the due day.
     */
    private Deadline deadline(LocalDate due, LocalDate doneOn, boolean doneWithoutDate, Citation rule) {
        DeadlineState state;
        Integer late = null;
        Integer left = null;
        if (doneOn != null) {
            state = doneOn.isAfter(due) ? DeadlineState.MISSED : DeadlineState.MET;
            late = doneOn.isAfter(due) ? days(due, doneOn) : null;
        } else if (doneWithoutDate) {
            state = DeadlineState.UNKNOWN;
        } else if (today.isAfter(due)) {
            state = DeadlineState.MISSED;
            late = days(due, today);
        } else {
            state = DeadlineState.OPEN;
            left = days(today, due);
        }
        return new Deadline(due, Label.of(state, locale), late, left, Label.of(rule, locale));
    }

    private AssetView asset(CaseFile.Asset asset) {
        return new AssetView(asset.id(), Label.of(asset.category(), locale), asset.description(), asset.identifier(),
                parties.name(asset.holderPartyId()), asset.estimatedValue(), Label.of(asset.status(), locale),
                Label.of(asset.cannotDisposeReason(), locale), asset.cannotDisposeNote(),
                asset.cannotDisposeReason() == CannotDisposeReason.OTHER, asset.foundOn(), asset.foundBy());
    }

    private ControlView control(CaseFile.Control control) {
        CaseFile.Asset asset = assetsById.get(control.assetId());
        AssetCategory category = asset == null ? null : asset.category();
        Integer max = Deadlines.maxControlMonths(category);
        LocalDate current = Deadlines.currentExpiry(control);
        List<CaseFile.Renewal> renewals = Parties.present(control.renewals());
        LocalDate lastRenewed = null;
        for (CaseFile.Renewal renewal : renewals) {
            if (renewal.renewedOn() != null) {
                lastRenewed = renewal.renewedOn();
            }
        }
        ControlState state;
        Integer left = null;
        if (control.liftedOn() != null && !control.liftedOn().isAfter(today)) {
            state = ControlState.LIFTED;
        } else if (current != null && current.isBefore(today)) {
            state = ControlState.EXPIRED;
        } else if (current != null) {
            left = days(today, current);
            state = left <= Deadlines.EXPIRY_WARNING_DAYS ? ControlState.EXPIRING : ControlState.ACTIVE;
        } else {
            state = ControlState.ACTIVE;
        }
        boolean urgent = state == ControlState.EXPIRING && left <= Deadlines.EXPIRY_URGENT_DAYS;
        return new ControlView(control.id(), control.assetId(), asset == null ? null : asset.description(),
                Label.of(category, locale), Label.of(control.type(), locale), Label.of(control.priority(), locale),
                control.rulingNumber(), control.effectiveOn(), control.expiresOn(), current, renewals.size(),
                lastRenewed, control.liftedOn(), control.liftReason(), max, exceeds(control, renewals, max),
                Label.of(state, locale), left, urgent);
    }

    /**
     * Whether the first term or any renewal is longer than the maximum. A renewal's term runs from the expiry it
     * continues, or from the renewal day when that is later (a renewal after expiry starts afresh).
     */
    private static boolean exceeds(CaseFile.Control control, List<CaseFile.Renewal> renewals, Integer max) {
        if (max == null) {
            return false;
        }
        if (longer(control.effectiveOn(), control.expiresOn(), max)) {
            return true;
        }
        LocalDate previous = control.expiresOn();
        for (CaseFile.Renewal renewal : renewals) {
            LocalDate start = previous == null ? renewal.renewedOn()
                    : renewal.renewedOn() == null || previous.isAfter(renewal.renewedOn()) ? previous
                            : renewal.renewedOn();
            if (longer(start, renewal.expiresOn(), max)) {
                return true;
            }
            if (renewal.expiresOn() != null) {
                previous = renewal.expiresOn();
            }
        }
        return false;
    }

    private static boolean longer(LocalDate start, LocalDate end, int months) {
        return start != null && end != null && end.isAfter(start.plusMonths(months));
    }

    private CoerciveView coercive(CaseFile.Coercive coercive) {
        // the named person may differ from the party, e.g. a company's legal representative fined in its case
        String target = coercive.targetName() != null ? coercive.targetName() : parties.name(coercive.targetPartyId());
        return new CoerciveView(coercive.id(), Label.of(coercive.type(), locale), target,
                Label.of(coercive.reason(), locale), coercive.decidedOn(), coercive.amount(), coercive.days());
    }

    private RestrictionView restriction(CaseFile.Restriction restriction) {
        boolean lifted = restriction.liftedOn() != null && !restriction.liftedOn().isAfter(today);
        String person = restriction.personName() != null ? restriction.personName()
                : parties.name(restriction.partyId());
        return new RestrictionView(restriction.id(), person, Label.of(restriction.personRole(), locale),
                parties.name(restriction.partyId()), restriction.issuedOn(), restriction.signedByPresident(),
                Label.all(restriction.items(), locale), restriction.liftedOn(),
                Label.of(restriction.liftReason(), locale),
                Label.of(lifted ? RestrictionState.LIFTED : RestrictionState.ACTIVE, locale));
    }

    private ListingView listing(CaseFile.Listing listing) {
        ListingState state = listing.deletedOn() != null && !listing.deletedOn().isAfter(today) ? ListingState.DELETED
                : listing.termEndsOn() != null && listing.termEndsOn().isBefore(today) ? ListingState.TERM_ENDED
                        : ListingState.LISTED;
        return new ListingView(listing.id(), parties.name(listing.partyId()), Label.all(listing.grounds(), locale),
                listing.decidedOn(), listing.decisionNumber(), listing.termEndsOn(), listing.publishedOn(),
                listing.deletedOn(), Label.of(listing.deletionReason(), locale), Label.of(state, locale));
    }

    private GroundView ground(CaseFile.DishonestGroundFinding finding) {
        boolean listed = finding.ground() != null && Parties.present(file.listings()).stream()
                .anyMatch(l -> Objects.equals(l.partyId(), finding.partyId()) && l.grounds().contains(finding.ground()));
        return new GroundView(parties.name(finding.partyId()), Label.of(finding.ground(), locale), finding.foundOn(),
                listed);
    }

    private InterviewView interview() {
        CaseFile.Interview interview = file.interview();
        if (interview == null) {
            return null;
        }
        EnumSet<InterviewTopic> told = EnumSet.noneOf(InterviewTopic.class);
        told.addAll(Parties.present(interview.topics()));
        EnumSet<InterviewTopic> notTold = EnumSet.complementOf(told);
        LocalDate ruledOn = file.ruling() == null ? null : file.ruling().ruledOn();
        Boolean before = ruledOn == null || interview.heldOn() == null ? null : !interview.heldOn().isAfter(ruledOn);
        return new InterviewView(interview.heldOn(), Label.of(interview.mode(), locale), Label.all(told, locale),
                Label.all(notTold, locale), Label.of(interview.creditorOpinion(), locale), interview.creditorSigned(),
                interview.opinionSummary(), interview.documentId(), before);
    }

    private DocumentView document(CaseFile.Document document) {
        return new DocumentView(document.id(), Label.of(document.kind(), locale), document.title(),
                document.issuedOn(), Label.of(document.visibility(), locale));
    }

    private static int days(LocalDate from, LocalDate to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, to));
    }
}
