package org.zhongben.portal.investigations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.AssetCategory;
import org.zhongben.portal.casefile.vocabulary.ClueResult;
import org.zhongben.portal.casefile.vocabulary.MeasureDecision;
import org.zhongben.portal.casefile.vocabulary.MeasureType;
import org.zhongben.portal.casefile.vocabulary.QueryChannel;
import org.zhongben.portal.casefile.vocabulary.QueryPurpose;
import org.zhongben.portal.casefile.vocabulary.QueryReplyStatus;
import org.zhongben.portal.investigations.CoverageGrid.Cell;
import org.zhongben.portal.investigations.CoverageGrid.Channel;
import org.zhongben.portal.investigations.CoverageGrid.Finding;
import org.zhongben.portal.investigations.CoverageGrid.FollowUpFinding;
import org.zhongben.portal.investigations.CoverageGrid.Outcome;
import org.zhongben.portal.investigations.CoverageGrid.Row;
import org.zhongben.portal.investigations.CoverageGrid.SourceKind;
import org.zhongben.portal.investigations.CoverageGrid.Summary;

/** Builds the {@link CoverageGrid}; pure and stateless. */
final class CoverageGridBuilder {

    private static final Comparator<Entry> OLDEST_FIRST = Comparator
            .comparing((Entry e) -> e.finding().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.finding().requestedOn(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.finding().sourceId(), Comparator.nullsLast(Comparator.naturalOrder()));

    /** A finding with the outcome it was built from, so flags need not parse the label back. */
    private record Entry(Outcome outcome, Finding finding) {
    }

    private final CaseFile file;
    private final Locale locale;
    private final Parties parties;
    private final Map<AssetCategory, Map<Channel, List<Entry>>> cells = new EnumMap<>(AssetCategory.class);

    private CoverageGridBuilder(CaseFile file, Locale locale) {
        this.file = file;
        this.locale = locale;
        this.parties = Parties.of(file);
    }

    static CoverageGrid build(CaseFile file, Locale locale) {
        Objects.requireNonNull(file, "file");
        return new CoverageGridBuilder(file, locale).grid();
    }

    private CoverageGrid grid() {
        LocalDate cutOff = file.ruling() == null ? null : file.ruling().ruledOn();
        List<FollowUpFinding> followUps = new ArrayList<>();
        Map<String, Integer> sequences = new HashMap<>();
        for (CaseFile.FollowUp followUp : Parties.present(file.followUps())) {
            if (followUp.networkQueryId() != null && followUp.sequence() != null) {
                sequences.putIfAbsent(followUp.networkQueryId(), followUp.sequence());
            }
        }
        for (CaseFile.NetworkQuery query : Parties.present(file.networkQueries())) {
            if (query.purpose() == QueryPurpose.FOLLOW_UP) {
                followUps.add(followUp(query, sequences));
            } else if (countsBeforeTermination(query)) {
                addQuery(query);
            }
        }
        for (CaseFile.Measure measure : Parties.present(file.measures())) {
            addMeasure(measure);
        }
        for (CaseFile.Clue clue : Parties.present(file.clues())) {
            addClue(clue);
        }

        boolean dropNatural = parties.onlyOrganisationDebtors();
        List<Row> rows = new ArrayList<>();
        int checked = 0;
        int gaps = 0;
        int pending = 0;
        for (AssetCategory category : AssetCategory.values()) {
            if (dropNatural && category.naturalPersonsOnly()) {
                continue;
            }
            Row row = row(category, cutOff);
            rows.add(row);
            checked += row.checked() ? 1 : 0;
            gaps += row.gap() ? 1 : 0;
            pending += row.pending() ? 1 : 0;
        }
        followUps.sort(Comparator.comparing(FollowUpFinding::submittedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(FollowUpFinding::queryId, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Label> channels = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            channels.add(Label.of(channel, locale));
        }
        return new CoverageGrid(List.copyOf(channels), List.copyOf(rows),
                new Summary(rows.size(), checked, rows.size() - checked, gaps, pending), List.copyOf(followUps),
                cutOff, dropNatural, Label.of(Citation.REQUIRED_NETWORK, locale));
    }

    /** Pre-termination investigation and queries of no stated purpose count; follow-ups and resumption checks not. */
    private static boolean countsBeforeTermination(CaseFile.NetworkQuery query) {
        return query.purpose() == null || query.purpose() == QueryPurpose.PRE_TERMINATION
                || query.purpose() == QueryPurpose.OTHER;
    }

    private Row row(AssetCategory category, LocalDate cutOff) {
        Map<Channel, List<Entry>> byChannel = cells.getOrDefault(category, Map.of());
        List<Cell> rowCells = new ArrayList<>();
        boolean checked = false;
        boolean pending = false;
        for (Channel channel : Channel.values()) {
            List<Entry> entries = new ArrayList<>(byChannel.getOrDefault(channel, List.of()));
            entries.sort(OLDEST_FIRST);
            boolean cellChecked = entries.stream().anyMatch(e -> e.outcome().checked());
            boolean cellPending = entries.stream().anyMatch(e -> e.outcome() == Outcome.PENDING);
            rowCells.add(new Cell(Label.of(channel, locale), cellChecked, cellPending,
                    entries.stream().map(Entry::finding).toList()));
            checked |= cellChecked;
            pending |= cellPending;
        }
        boolean required = AssetCategory.REQUIRED_NETWORK.contains(category);
        boolean gap = required && !answeredNationallyForEveryDebtor(category, cutOff);
        return new Row(Label.of(category, locale), required, category.networkQueryable(), checked, !checked, gap,
                pending, List.copyOf(rowCells));
    }

    /**
     * C7 (domain.md §10.1): every debtor needs a national query that answered the category on or before the ruling.
     * A query that names no debtor counts for all of them.
     */
    private boolean answeredNationallyForEveryDebtor(AssetCategory category, LocalDate cutOff) {
        List<String> debtorIds = parties.debtors().stream().map(CaseFile.Party::id).filter(Objects::nonNull)
                .distinct().toList();
        List<CaseFile.NetworkQuery> answering = Parties.present(file.networkQueries()).stream()
                .filter(q -> q.channel() == QueryChannel.NATIONAL && countsBeforeTermination(q))
                .filter(q -> Parties.present(q.results()).stream()
                        .anyMatch(r -> r.category() == category && r.status() == QueryReplyStatus.ANSWERED
                                && r.answeredOn() != null && (cutOff == null || !r.answeredOn().isAfter(cutOff))))
                .toList();
        if (debtorIds.isEmpty()) {
            return !answering.isEmpty();
        }
        return debtorIds.stream().allMatch(id -> answering.stream()
                .anyMatch(q -> q.debtorPartyId() == null || q.debtorPartyId().equals(id)));
    }

    private void addQuery(CaseFile.NetworkQuery query) {
        if (query.channel() == null) {
            return; // no column to put it in; the investigation record still lists it
        }
        Channel channel = query.channel() == QueryChannel.NATIONAL ? Channel.NATIONAL : Channel.PROVINCIAL;
        for (CaseFile.QueryResult result : Parties.present(query.results())) {
            if (result.category() == null) {
                continue;
            }
            Outcome outcome = outcome(result.status());
            boolean answered = outcome == Outcome.ANSWERED;
            Finding finding = new Finding(result.answeredOn(), query.submittedOn(), result.institution(),
                    Label.of(outcome, locale), answered ? result.hits() : null, result.summary(), null,
                    Label.of(SourceKind.NETWORK_QUERY, locale), Label.of(query.purpose(), locale), query.id(),
                    parties.name(query.debtorPartyId()));
            add(result.category(), channel, new Entry(outcome, finding));
        }
    }

    private static Outcome outcome(QueryReplyStatus status) {
        if (status == null) {
            return Outcome.PENDING;
        }
        return switch (status) {
            case ANSWERED -> Outcome.ANSWERED;
            case PENDING -> Outcome.PENDING;
            case NOT_SUPPORTED -> Outcome.NOT_AVAILABLE;
            case FAILED -> Outcome.FAILED;
        };
    }

    private void addMeasure(CaseFile.Measure measure) {
        if (measure.type() == null) {
            return;
        }
        Channel channel = measure.type().kind() == MeasureType.Kind.OFFLINE ? Channel.ONSITE : Channel.OTHER;
        Outcome outcome;
        LocalDate date = measure.performedOn();
        if (measure.decision() == MeasureDecision.REFUSED) {
            outcome = Outcome.REFUSED;
            date = measure.decidedOn();
        } else if (measure.performedOn() == null) {
            outcome = Outcome.NOT_PERFORMED;
        } else if (measure.propertyFound() == null) {
            outcome = Outcome.PERFORMED;
        } else {
            outcome = measure.propertyFound() ? Outcome.PROPERTY_FOUND : Outcome.NOTHING_FOUND;
        }
        for (AssetCategory category : new LinkedHashSet<>(Parties.present(measure.categories()))) {
            Finding finding = new Finding(date, measure.requestedOn(), measure.institution(),
                    Label.of(outcome, locale), null, measure.resultSummary(), measure.propertyFound(),
                    Label.of(SourceKind.MEASURE, locale), Label.of(measure.type(), locale), measure.id(),
                    parties.name(measure.targetPartyId()));
            add(category, channel, new Entry(outcome, finding));
        }
    }

    /** Only clues the court has verified say anything about coverage. */
    private void addClue(CaseFile.Clue clue) {
        boolean verified = clue.verifiedOn() != null
                || (clue.result() != null && clue.result() != ClueResult.PENDING);
        if (clue.category() == null || !verified) {
            return;
        }
        Outcome outcome = clue.result() == null ? Outcome.PERFORMED : switch (clue.result()) {
            case CONFIRMED -> Outcome.CONFIRMED;
            case PARTIALLY_CONFIRMED -> Outcome.PARTLY_CONFIRMED;
            case NOT_CONFIRMED -> Outcome.NOT_CONFIRMED;
            case PENDING -> Outcome.PERFORMED;
        };
        Finding finding = new Finding(clue.verifiedOn(), clue.submittedOn(), null, Label.of(outcome, locale), null,
                clue.description(), null, Label.of(SourceKind.CLUE, locale), Label.of(clue.source(), locale),
                clue.id(), null);
        add(clue.category(), Channel.OTHER, new Entry(outcome, finding));
    }

    private void add(AssetCategory category, Channel channel, Entry entry) {
        cells.computeIfAbsent(category, c -> new EnumMap<>(Channel.class))
                .computeIfAbsent(channel, c -> new ArrayList<>()).add(entry);
    }

    private FollowUpFinding followUp(CaseFile.NetworkQuery query, Map<String, Integer> sequences) {
        List<AssetCategory> answered = new ArrayList<>();
        int hits = 0;
        int pending = 0;
        LocalDate answeredOn = null;
        for (CaseFile.QueryResult result : Parties.present(query.results())) {
            if (result.status() == QueryReplyStatus.ANSWERED) {
                if (result.category() != null) {
                    answered.add(result.category());
                }
                hits += result.hits() == null ? 0 : Math.max(0, result.hits());
                if (result.answeredOn() != null && (answeredOn == null || result.answeredOn().isAfter(answeredOn))) {
                    answeredOn = result.answeredOn();
                }
            } else if (result.status() == null || result.status() == QueryReplyStatus.PENDING) {
                pending++;
            }
        }
        return new FollowUpFinding(query.id(), query.id() == null ? null : sequences.get(query.id()),
                Label.of(query.channel(), locale), query.submittedOn(), answeredOn, Label.all(answered, locale), hits,
                pending, parties.name(query.debtorPartyId()));
    }
}
