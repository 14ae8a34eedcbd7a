package org.zhongben.portal.demo;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.CreditCode;
import org.zhongben.portal.casefile.ResidentIdNumber;
import org.zhongben.portal.casefile.vocabulary.CaseType;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.IdType;
import org.zhongben.portal.casefile.vocabulary.PartyKind;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.casefile.vocabulary.QueryReplyStatus;

/**
 * The invariants the intake API enforces on a case file, checked independently of the intake code: every problem of
 * a file as a readable message.
 */
final class CaseFileInvariants {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    /** fields that by nature lie in the future: the end of a control term or of a listing term */
    private static final Set<String> FUTURE_ALLOWED = Set.of("expiresOn", "termEndsOn");

    private final LocalDate today;
    private final List<String> problems = new ArrayList<>();

    private CaseFileInvariants(LocalDate today) {
        this.today = today;
    }

    static List<String> violations(CaseFile file, LocalDate today) {
        CaseFileInvariants check = new CaseFileInvariants(today);
        check.check(file);
        return check.problems;
    }

    private void check(CaseFile file) {
        String at = file.caseNumber() + ": ";
        expect(file.version() != null && file.version() >= 1, at + "version");
        Optional<CaseNumber> number = CaseNumber.parse(file.caseNumber());
        expect(number.isPresent(), at + "case number does not parse");
        number.ifPresent(n -> {
            expect(!n.legacy(), at + "legacy case number");
            expect(n.court().equals(file.courtCode()), at + "court code " + file.courtCode() + " differs");
            expect(n.year() == file.docketedOn().getYear(), at + "case-number year differs from docketing year");
            expect((n.type() == CaseType.ZHI_HUI) == (file.parentCaseNumber() != null), at + "parentCaseNumber vs type");
        });
        if (file.parentCaseNumber() != null) {
            expect(CaseNumber.parse(file.parentCaseNumber()).isPresent(), at + "parent case number does not parse");
        }
        name(at + "courtName", file.courtName());
        expect(file.docketedOn() != null, at + "docketedOn missing");
        dates(at, file, "");
        notBefore(at + "executionNoticeSentOn", file.executionNoticeSentOn(), file.docketedOn());

        amount(at + "claimedAmount", file.claimedAmount(), false);
        amount(at + "realisedAmount", file.realisedAmount(), false);
        amount(at + "unperformedAmount", file.unperformedAmount(), false);
        expect(file.unperformedAmount().compareTo(file.claimedAmount()) <= 0, at + "unperformed exceeds claim");
        expect(file.realisedAmount().add(file.unperformedAmount()).compareTo(file.claimedAmount()) == 0,
                at + "realised + unperformed != claimed");
        BigDecimal paid = file.payments().stream().map(CaseFile.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        expect(paid.compareTo(file.realisedAmount()) == 0, at + "payments do not add up to realisedAmount");

        expect((file.closingMode() == null) == (file.closedOn() == null), at + "closingMode/closedOn pair");
        notBefore(at + "closedOn", file.closedOn(), file.docketedOn());
        boolean zhongben = file.closingMode() == ClosingMode.ZHONGBEN;
        expect(zhongben == (file.ruling() != null), at + "ruling iff ZHONGBEN");
        if (file.ruling() != null) {
            expect(file.ruling().ruledOn().equals(file.closedOn()), at + "ruledOn != closedOn");
            notBefore(at + "ruling.servedOn", file.ruling().servedOn(), file.ruling().ruledOn());
        }
        if (!zhongben) {
            expect(file.followUps().isEmpty(), at + "follow-ups on a case not closed by 终本");
        }

        Set<String> parties = ids(at + "parties", file.parties(), CaseFile.Party::id);
        Set<String> documents = ids(at + "documents", file.documents(), CaseFile.Document::id);
        Set<String> assets = ids(at + "assets", file.assets(), CaseFile.Asset::id);
        Set<String> measures = ids(at + "measures", file.measures(), CaseFile.Measure::id);
        Set<String> queries = ids(at + "networkQueries", file.networkQueries(), CaseFile.NetworkQuery::id);
        ids(at + "payments", file.payments(), CaseFile.Payment::id);
        ids(at + "reportOrders", file.reportOrders(), CaseFile.ReportOrder::id);
        ids(at + "clues", file.clues(), CaseFile.Clue::id);
        ids(at + "controls", file.controls(), CaseFile.Control::id);
        ids(at + "coerciveMeasures", file.coerciveMeasures(), CaseFile.Coercive::id);
        ids(at + "restrictions", file.restrictions(), CaseFile.Restriction::id);
        ids(at + "listings", file.listings(), CaseFile.Listing::id);
        ids(at + "remedies", file.remedies(), CaseFile.Remedy::id);

        parties(at, file.parties());
        for (CaseFile.Payment payment : file.payments()) {
            expect(payment.amount() != null && payment.amount().signum() > 0, at + "payment not positive");
            amount(at + "payment", payment.amount(), true);
            expect(payment.paidOn() != null, at + "payment date missing");
        }
        for (CaseFile.Suspension suspension : file.suspensions()) {
            notBefore(at + "suspension.to", suspension.to(), suspension.from());
        }
        for (CaseFile.ReportOrder order : file.reportOrders()) {
            ref(at + "reportOrder.debtorPartyId", order.debtorPartyId(), parties);
            ref(at + "reportOrder.documentId", order.documentId(), documents);
            expect(order.issuedOn() != null, at + "reportOrder.issuedOn");
        }
        for (CaseFile.Clue clue : file.clues()) {
            expect(clue.source() != null && clue.submittedOn() != null && clue.result() != null, at + "clue fields");
            notBefore(at + "clue.verifiedOn", clue.verifiedOn(), clue.submittedOn());
        }
        for (CaseFile.Measure measure : file.measures()) {
            expect(measure.type() != null && measure.requestedBy() != null, at + "measure fields");
            ref(at + "measure.targetPartyId", measure.targetPartyId(), parties);
            measure.documentIds().forEach(d -> ref(at + "measure.documentIds", d, documents));
        }
        for (CaseFile.NetworkQuery query : file.networkQueries()) {
            expect(query.channel() != null && query.purpose() != null && query.submittedOn() != null, at + "query fields");
            ref(at + "query.debtorPartyId", query.debtorPartyId(), parties);
            ref(at + "query.documentId", query.documentId(), documents);
            Set<Object> categories = new HashSet<>();
            for (CaseFile.QueryResult result : query.results()) {
                expect(result.category() != null && result.status() != null, at + "query result fields");
                expect(categories.add(result.category()), at + "duplicate category " + result.category());
                expect(result.status() != QueryReplyStatus.ANSWERED || result.answeredOn() != null,
                        at + "answered without date");
                notBefore(at + "answeredOn", result.answeredOn(), query.submittedOn());
                expect(result.hits() == null || result.hits() >= 0, at + "negative hits");
            }
        }
        Set<String> finders = new HashSet<>(measures);
        finders.addAll(queries);
        for (CaseFile.Asset asset : file.assets()) {
            expect(asset.category() != null && asset.status() != null, at + "asset fields");
            ref(at + "asset.holderPartyId", asset.holderPartyId(), parties);
            ref(at + "asset.foundBy", asset.foundBy(), finders);
            if (asset.estimatedValue() != null) {
                amount(at + "asset.estimatedValue", asset.estimatedValue(), false);
            }
        }
        for (CaseFile.Control control : file.controls()) {
            expect(control.assetId() != null && assets.contains(control.assetId()), at + "control.assetId");
            expect(control.type() != null && control.effectiveOn() != null && control.expiresOn() != null,
                    at + "control fields");
            expect(!control.expiresOn().isBefore(control.effectiveOn()), at + "control expires before effective");
            LocalDate previous = control.expiresOn();
            for (CaseFile.Renewal renewal : control.renewals()) {
                expect(renewal.expiresOn().isAfter(previous), at + "renewal expiry not increasing");
                expect(!renewal.renewedOn().isAfter(previous), at + "renewed after the previous expiry");
                previous = renewal.expiresOn();
            }
        }
        for (CaseFile.Coercive coercive : file.coerciveMeasures()) {
            expect(coercive.type() != null && coercive.decidedOn() != null, at + "coercive fields");
            ref(at + "coercive.targetPartyId", coercive.targetPartyId(), parties);
            if (coercive.amount() != null) {
                amount(at + "coercive.amount", coercive.amount(), false);
            }
        }
        for (CaseFile.Restriction restriction : file.restrictions()) {
            ref(at + "restriction.partyId", restriction.partyId(), parties);
            name(at + "restriction.personName", restriction.personName());
            expect(restriction.personRole() != null && restriction.issuedOn() != null, at + "restriction fields");
            notBefore(at + "restriction.liftedOn", restriction.liftedOn(), restriction.issuedOn());
        }
        for (CaseFile.DishonestGroundFinding finding : file.dishonestGrounds()) {
            expect(finding.partyId() != null && parties.contains(finding.partyId()), at + "ground.partyId");
            expect(finding.ground() != null, at + "ground");
        }
        for (CaseFile.Listing listing : file.listings()) {
            expect(listing.partyId() != null && parties.contains(listing.partyId()), at + "listing.partyId");
            expect(listing.decidedOn() != null, at + "listing.decidedOn");
        }
        if (file.interview() != null) {
            ref(at + "interview.documentId", file.interview().documentId(), documents);
        }
        if (file.ruling() != null) {
            ref(at + "ruling.documentId", file.ruling().documentId(), documents);
        }
        if (file.databaseEntry() != null) {
            CaseFile.DatabaseEntry entry = file.databaseEntry();
            expect((entry.shieldedOn() == null) == (entry.shieldReason() == null), at + "shieldedOn/shieldReason pair");
            notBefore(at + "databaseEntry.shieldedOn", entry.shieldedOn(), entry.enteredOn());
            for (CaseFile.Correction correction : entry.corrections()) {
                expect(correction != null && correction.requestedOn() != null, at + "correction.requestedOn");
                if (correction == null) {
                    continue;
                }
                notBefore(at + "correction.requestedOn", correction.requestedOn(), entry.enteredOn());
                notBefore(at + "correction.decidedOn", correction.decidedOn(), correction.requestedOn());
                notBefore(at + "correction.correctedOn", correction.correctedOn(), correction.requestedOn());
                notBefore(at + "correction.correctedOn", correction.correctedOn(), correction.decidedOn());
                expect(correction.correctedOn() == null || Boolean.TRUE.equals(correction.errorConfirmed()),
                        at + "correction corrected without a confirmed error");
                expect((correction.decidedOn() == null) == (correction.errorConfirmed() == null),
                        at + "correction decision without a result");
            }
        }
        Set<Integer> sequences = new HashSet<>();
        for (CaseFile.FollowUp followUp : file.followUps()) {
            expect(followUp.sequence() != null && followUp.sequence() >= 1 && followUp.sequence() <= 10,
                    at + "follow-up sequence");
            expect(sequences.add(followUp.sequence()), at + "follow-up sequence repeated");
            expect(followUp.performedOn() == null || followUp.result() != null, at + "performed follow-up without result");
            ref(at + "followUp.networkQueryId", followUp.networkQueryId(), queries);
        }
        for (CaseFile.Remedy remedy : file.remedies()) {
            expect(remedy.kind() != null && remedy.filedOn() != null, at + "remedy fields");
            expect(remedy.caseNumber() == null || CaseNumber.parse(remedy.caseNumber()).isPresent(),
                    at + "remedy case number");
        }
        for (CaseFile.Document document : file.documents()) {
            expect(document.kind() != null && document.visibility() != null, at + "document fields");
            name(at + "document.title", document.title());
            expect(document.sha256() != null && SHA256.matcher(document.sha256()).matches(), at + "document sha256");
            expect(document.size() == null || document.size() >= 0, at + "document size");
        }
        texts(at, file);
    }

    private void parties(String at, List<CaseFile.Party> parties) {
        boolean creditor = false;
        boolean debtor = false;
        for (CaseFile.Party party : parties) {
            expect(party.role() != null && party.kind() != null, at + "party role/kind");
            name(at + "party.name", party.name());
            creditor |= party.role() == PartyRole.CREDITOR;
            debtor |= party.role() == PartyRole.DEBTOR;
            expect((party.idType() == null) == (party.idNumber() == null), at + "idType/idNumber pair");
            if (party.idType() == IdType.RESIDENT_ID) {
                expect(ResidentIdNumber.isValid(party.idNumber()), at + "invalid resident ID " + party.idNumber());
            }
            if (party.idType() == IdType.USCC) {
                expect(CreditCode.isValid(party.idNumber()), at + "invalid credit code " + party.idNumber());
            }
            if (party.kind() == PartyKind.NATURAL_PERSON) {
                expect(party.idType() != IdType.USCC, at + "natural person with a credit code");
            } else {
                expect(party.idType() == IdType.USCC, at + "organisation without a credit code");
            }
        }
        expect(creditor, at + "no creditor");
        expect(debtor, at + "no debtor");
    }

    /** Every LocalDate anywhere in the file lies between 1990 and today (expiry and term ends may be later). */
    private void dates(String at, Object value, String field) {
        if (value == null) {
            return;
        }
        if (value instanceof LocalDate date) {
            expect(!date.isBefore(EARLIEST), at + field + " before 1990: " + date);
            expect(FUTURE_ALLOWED.contains(field) || !date.isAfter(today), at + field + " after today: " + date);
            return;
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                dates(at, item, field);
            }
            return;
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent component : COMPONENTS.get(value.getClass())) {
                dates(at, read(component, value), component.getName());
            }
        }
    }

    /** Free texts at most 2000 characters without control characters; names checked separately. */
    private void texts(String at, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            expect(text.codePointCount(0, text.length()) <= 2000, at + "text too long");
            expect(text.chars().noneMatch(c -> Character.isISOControl(c)), at + "control character in " + text);
            return;
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                texts(at, item);
            }
            return;
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent component : COMPONENTS.get(value.getClass())) {
                texts(at, read(component, value));
            }
        }
    }

    /** Record components per class: looking them up is slow, and every file has thousands of records. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void name(String field, String value) {
        expect(value != null && !value.isBlank() && value.codePointCount(0, value.length()) <= 200, field + " name");
    }

    private void amount(String field, BigDecimal value, boolean positive) {
        expect(value != null, field + " missing");
        if (value != null) {
            expect(positive ? value.signum() > 0 : value.signum() >= 0, field + " sign");
            expect(value.stripTrailingZeros().scale() <= 2, field + " more than two decimals");
        }
    }

    private void notBefore(String field, LocalDate value, LocalDate earliest) {
        if (value != null && earliest != null) {
            expect(!value.isBefore(earliest), field + " before " + earliest + ": " + value);
        }
    }

    private <T> Set<String> ids(String list, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String value = id.apply(item);
            expect(value != null && ID.matcher(value).matches(), list + " id format: " + value);
            expect(seen.add(value), list + " id repeated: " + value);
        }
        return seen;
    }

    private void ref(String field, String value, Set<String> targets) {
        expect(value == null || targets.contains(value), field + " points nowhere: " + value);
    }

    private void expect(boolean condition, String problem) {
        if (!condition) {
            problems.add(problem);
        }
    }
}
