package org.zhongben.portal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFile.Asset;
import org.zhongben.portal.casefile.CaseFile.BankruptcyTransfer;
import org.zhongben.portal.casefile.CaseFile.Basis;
import org.zhongben.portal.casefile.CaseFile.Clue;
import org.zhongben.portal.casefile.CaseFile.Coercive;
import org.zhongben.portal.casefile.CaseFile.Control;
import org.zhongben.portal.casefile.CaseFile.Correction;
import org.zhongben.portal.casefile.CaseFile.DatabaseEntry;
import org.zhongben.portal.casefile.CaseFile.DishonestGroundFinding;
import org.zhongben.portal.casefile.CaseFile.Document;
import org.zhongben.portal.casefile.CaseFile.FollowUp;
import org.zhongben.portal.casefile.CaseFile.Interview;
import org.zhongben.portal.casefile.CaseFile.Listing;
import org.zhongben.portal.casefile.CaseFile.Measure;
import org.zhongben.portal.casefile.CaseFile.NetworkQuery;
import org.zhongben.portal.casefile.CaseFile.Officer;
import org.zhongben.portal.casefile.CaseFile.Party;
import org.zhongben.portal.casefile.CaseFile.Payment;
import org.zhongben.portal.casefile.CaseFile.QueryResult;
import org.zhongben.portal.casefile.CaseFile.Remedy;
import org.zhongben.portal.casefile.CaseFile.Renewal;
import org.zhongben.portal.casefile.CaseFile.ReportOrder;
import org.zhongben.portal.casefile.CaseFile.Restriction;
import org.zhongben.portal.casefile.CaseFile.Ruling;
import org.zhongben.portal.casefile.CaseFile.Suspension;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.vocabulary.ApprovalRoute;
import org.zhongben.portal.casefile.vocabulary.AssetCategory;
import org.zhongben.portal.casefile.vocabulary.AssetStatus;
import org.zhongben.portal.casefile.vocabulary.BankruptcyConsentBy;
import org.zhongben.portal.casefile.vocabulary.BankruptcyOutcome;
import org.zhongben.portal.casefile.vocabulary.BasisType;
import org.zhongben.portal.casefile.vocabulary.CannotDisposeReason;
import org.zhongben.portal.casefile.vocabulary.CaseType;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.ClueResult;
import org.zhongben.portal.casefile.vocabulary.ClueSource;
import org.zhongben.portal.casefile.vocabulary.CoerciveReason;
import org.zhongben.portal.casefile.vocabulary.CoerciveType;
import org.zhongben.portal.casefile.vocabulary.ControlPriority;
import org.zhongben.portal.casefile.vocabulary.ControlType;
import org.zhongben.portal.casefile.vocabulary.CreditorOpinion;
import org.zhongben.portal.casefile.vocabulary.DishonestDeletionReason;
import org.zhongben.portal.casefile.vocabulary.DishonestGround;
import org.zhongben.portal.casefile.vocabulary.DocumentKind;
import org.zhongben.portal.casefile.vocabulary.DocumentVisibility;
import org.zhongben.portal.casefile.vocabulary.FollowUpResult;
import org.zhongben.portal.casefile.vocabulary.IdType;
import org.zhongben.portal.casefile.vocabulary.InterviewMode;
import org.zhongben.portal.casefile.vocabulary.InterviewTopic;
import org.zhongben.portal.casefile.vocabulary.MeasureDecision;
import org.zhongben.portal.casefile.vocabulary.MeasureType;
import org.zhongben.portal.casefile.vocabulary.ObjectionKind;
import org.zhongben.portal.casefile.vocabulary.ObjectionResult;
import org.zhongben.portal.casefile.vocabulary.PartyKind;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.casefile.vocabulary.QueryChannel;
import org.zhongben.portal.casefile.vocabulary.QueryPurpose;
import org.zhongben.portal.casefile.vocabulary.QueryReplyStatus;
import org.zhongben.portal.casefile.vocabulary.ReportOutcome;
import org.zhongben.portal.casefile.vocabulary.RequestedBy;
import org.zhongben.portal.casefile.vocabulary.RestrictedPersonRole;
import org.zhongben.portal.casefile.vocabulary.RestrictionItem;
import org.zhongben.portal.casefile.vocabulary.RestrictionLiftReason;
import org.zhongben.portal.casefile.vocabulary.RulingSection;
import org.zhongben.portal.casefile.vocabulary.ShieldReason;
import org.zhongben.portal.casefile.vocabulary.TerminationReason;
import org.zhongben.portal.demo.DemoCourt.Region;
import org.zhongben.portal.followup.WorkingDays;

/**
 * Builds the details of one case file from its {@link Fate}: parties, the investigation, controls, restrictions,
 * the 终本 ruling and what follows it. One instance per case; not thread-safe. Every date it writes lies between
 * docketing (or shortly before, for the enforcement basis) and {@code today}; pre-termination activity of a 终本 case
 * lies on or before the ruling unless a rule breach is being simulated.
 */
final class CaseAssembler {

    /** What the generator decided about a case before its details: how and when it ends, and whether it resumes. */
    record Fate(ClosingMode mode, LocalDate docketedOn, LocalDate closedOn, boolean tooEarly, Resumption resumption) {
    }

    /**
     * A 终本 case that is resumed: the 执恢 case is docketed on {@code childDocketedOn}, triggered either by follow-up
     * inquiry number {@code triggerSequence} (performed on {@code triggerPerformedOn}) or, when the sequence is 0, by
     * the creditor's application with a new clue.
     */
    record Resumption(LocalDate childDocketedOn, int triggerSequence, LocalDate triggerPerformedOn) {

        boolean byFollowUp() {
            return triggerSequence > 0;
        }
    }

    private static final List<AssetCategory> PRE_TERMINATION_CATEGORIES = List.of(AssetCategory.BANK_DEPOSIT,
            AssetCategory.INTERNET_BANK, AssetCategory.ONLINE_PAYMENT, AssetCategory.WEALTH_PRODUCT,
            AssetCategory.SECURITIES, AssetCategory.FUND_UNITS, AssetCategory.INSURANCE_CASH_VALUE,
            AssetCategory.DIVIDENDS, AssetCategory.HOUSING_FUND, AssetCategory.REAL_ESTATE, AssetCategory.VEHICLE,
            AssetCategory.VESSEL, AssetCategory.EQUITY);

    private static final List<AssetCategory> FOLLOW_UP_CATEGORIES = List.of(AssetCategory.BANK_DEPOSIT,
            AssetCategory.INTERNET_BANK, AssetCategory.ONLINE_PAYMENT, AssetCategory.SECURITIES,
            AssetCategory.HOUSING_FUND, AssetCategory.REAL_ESTATE, AssetCategory.VEHICLE, AssetCategory.EQUITY);

    /** 总对总 minimum coverage: deposits, vehicles, real estate, securities. */
    private static final List<AssetCategory> REQUIRED = List.copyOf(AssetCategory.REQUIRED_NETWORK);

    private static final Map<AssetCategory, String> INSTITUTIONS = institutions();

    private static final RestrictionItem[] ITEMS = RestrictionItem.values();

    private static final String NUMERALS = "一二三四五六七八九十";

    private static final String[] VEHICLES = { "小型轿车（大众牌）", "小型轿车（丰田牌）", "小型普通客车（别克牌）", "小型越野客车（本田牌）",
            "轻型厢式货车（江铃牌）", "重型半挂牵引车（解放牌）", "小型轿车（比亚迪牌）", "小型轿车（宝马牌）" };

    private static final String[] OTHER_REASON_NOTES = {
            "该公司已被吊销营业执照，股权无法评估，暂不处置", "股权所在公司已停业多年，无人竞买意向，暂不处置",
            "被执行人持股公司名下无财产，股权无处置价值，暂不处置" };

    /** what counts as a negligible balance (ComplianceSettings defaults): RMB 1,000 and 5% of the unperformed amount */
    private static final long NEGLIGIBLE_CENTS = 100_000;
    private static final long NEGLIGIBLE_PERCENT = 5;
    private static final int DELETION_WORKING_DAYS = 3;

    private static final String PAID_RELEASE = "被执行人已履行完毕，解除查封、冻结";

    private static final String[] SUSPENSION_REASONS = { "案外人对执行标的提出异议，中止执行", "被执行人已进入破产程序，中止执行",
            "执行依据进入再审程序，中止执行" };

    /** Rough price of housing per square metre in the demo courts' cities, yuan. */
    private static final Map<Character, Integer> UNIT_PRICES = Map.ofEntries(Map.entry('京', 60_000),
            Map.entry('沪', 62_000), Map.entry('粤', 38_000), Map.entry('浙', 32_000), Map.entry('苏', 26_000),
            Map.entry('川', 13_000), Map.entry('鲁', 15_000), Map.entry('豫', 11_000), Map.entry('鄂', 14_000),
            Map.entry('湘', 10_000), Map.entry('闽', 30_000), Map.entry('渝', 12_000), Map.entry('陕', 14_000),
            Map.entry('津', 20_000), Map.entry('皖', 15_000), Map.entry('辽', 10_000));

    private final SplittableRandom rng;
    private final LocalDate today;
    private final DemoMix mix;
    private final DemoCourt court;
    private final String caseNumber;
    private final Fate fate;
    private final CaseFile parent;
    /** for a 执恢 case: how its parent was resumed */
    private final Resumption origin;
    private final long objectionSequence;
    private final boolean zhongben;
    private final LocalDate docketed;
    /** last day of pre-closing activity: the closing date, or today for an open case */
    private final LocalDate end;

    private final List<Party> parties = new ArrayList<>();
    private final List<Debtor> debtors = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<Suspension> suspensions = new ArrayList<>();
    private final List<ReportOrder> reportOrders = new ArrayList<>();
    private final List<Clue> clues = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final List<NetworkQuery> queries = new ArrayList<>();
    private final List<Asset> assets = new ArrayList<>();
    private final List<Control> controls = new ArrayList<>();
    private final List<Coercive> coercives = new ArrayList<>();
    private final List<Restriction> restrictions = new ArrayList<>();
    private final List<DishonestGroundFinding> grounds = new ArrayList<>();
    private final List<Listing> listings = new ArrayList<>();
    private final List<FollowUp> followUps = new ArrayList<>();
    private final List<Remedy> remedies = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();

    private long claimedCents;
    private long paidCents;
    private int rulingSuffix;
    private String caseAscii;
    private LocalDate secondEmptyFollowUp;

    // simulated rule breaches (终本 cases only)
    private boolean breakRestriction;
    private boolean breakClue;
    private boolean breakNetwork;
    private boolean breakOnsite;
    private boolean breakInterview;
    private boolean sloppyFollowUps;
    private boolean breakDatabase;
    private boolean breakDisposal;
    private boolean breakListing;
    private boolean breakTopics;
    private boolean breakDeletion;
    private boolean breakObjection;
    private boolean breakLateClue;
    private boolean breakCorrection;
    private boolean breakShielding;
    private int restrictionVictim;

    // events after the ruling (终本 cases only)
    private boolean clueAfterRuling;
    private boolean correctionRequested;
    /** the day the debtor paid the rest of the claim after the ruling, or null */
    private LocalDate paidAfterOn;
    /** the day restrictions and controls were lifted after that payment */
    private LocalDate releasedOn;
    /** deposits left undisposed as negligible; their balance is fitted to the unperformed amount at the end */
    private final List<NegligibleDeposit> negligibleDeposits = new ArrayList<>();

    CaseAssembler(SplittableRandom rng, LocalDate today, DemoMix mix, DemoCourt court, String caseNumber, Fate fate,
            CaseFile parent, Resumption origin, long objectionSequence) {
        this.rng = rng;
        this.today = today;
        this.mix = mix;
        this.court = court;
        this.caseNumber = caseNumber;
        this.fate = fate;
        this.parent = parent;
        this.origin = origin;
        this.objectionSequence = objectionSequence;
        this.zhongben = fate.mode() == ClosingMode.ZHONGBEN;
        this.docketed = fate.docketedOn();
        this.end = fate.closedOn() == null ? today : fate.closedOn();
    }

    CaseFile assemble() {
        if (zhongben) {
            breakRestriction = chance(mix.missingRestriction());
            breakClue = chance(mix.unverifiedClue());
            breakNetwork = chance(mix.networkGap());
            breakOnsite = chance(mix.noOnsite());
            breakInterview = chance(mix.interviewLapse());
            sloppyFollowUps = chance(mix.followUpLapseCases());
            breakDatabase = chance(mix.databaseLate());
            breakDisposal = chance(mix.otherCannotDispose());
            breakListing = chance(mix.unlistedGround());
            breakTopics = chance(mix.interviewTopicsMissing());
            breakDeletion = chance(mix.dishonestDeletionLate());
            breakObjection = chance(mix.objectionLate());
            clueAfterRuling = chance(mix.postTerminationClue());
            breakLateClue = chance(mix.postTerminationClueLate());
            correctionRequested = chance(mix.correction());
            breakCorrection = chance(mix.correctionLate());
            boolean paysLate = chance(mix.paidAfterTermination());
            breakShielding = chance(mix.shieldingLate());
            LocalDate earliestPayment = fate.closedOn().plusDays(60);
            if (paysLate && fate.resumption() == null && !earliestPayment.isAfter(today)) {
                // after the database entry (at most 55 days after the ruling), so that there is an entry to shield
                paidAfterOn = between(earliestPayment, today);
                releasedOn = min(paidAfterOn.plusDays(rng.nextInt(6)), today);
            }
        }
        Basis basis;
        LocalDate applicationReceived;
        if (parent == null) {
            CreditorKind creditorKind = drawParties();
            claimedCents = drawClaim(creditorKind);
            basis = drawBasis(creditorKind);
            applicationReceived = docketed.minusDays(rng.nextInt(8));
        } else {
            adoptParentParties();
            claimedCents = parent.unperformedAmount().movePointRight(2).longValueExact();
            basis = parent.basis();
            applicationReceived = origin.byFollowUp() ? null : docketed.minusDays(1 + rng.nextInt(10));
        }
        restrictionVictim = rng.nextInt(debtors.size());
        Officer judge = new Officer(ChineseNames.person(rng, rng.nextInt(3) > 0), phone());

        LocalDate notice = docketed.plusDays(1 + rng.nextInt(5));
        if (notice.isAfter(end)) {
            notice = fate.closedOn() == null ? null : end;
        }
        if (notice != null) {
            document(DocumentKind.EXECUTION_NOTICE, "执行通知书", notice, DocumentVisibility.PARTY);
        }
        if (origin != null && !origin.byFollowUp()) {
            resumptionClue(applicationReceived);
        }
        for (int i = 0; i < debtors.size(); i++) {
            Debtor debtor = debtors.get(i);
            if (notice != null) {
                reportOrder(debtor, notice);
                restrictions(debtor, i, notice);
            }
            networkQueries(debtor, i);
            debtorMeasures(debtor, notice);
            otherGrounds(debtor, notice);
        }
        if (notice != null) {
            clues(notice);
            requestedMeasures(notice);
        }
        partialPayments(notice);

        Interview interview = null;
        Ruling ruling = null;
        DatabaseEntry entry = null;
        if (zhongben) {
            ApprovalRoute[] route = new ApprovalRoute[1];
            interview = interview(route);
            ruling = ruling(route[0]);
            entry = databaseEntry(ruling.servedOn());
            if (clueAfterRuling) {
                clueAfterRuling();
            }
            followUps(entry);
        } else if (fate.closedOn() == null && notice != null && daysBetween(docketed, today) > 100 && chance(0.05)) {
            // an open case on its way to 终本: the creditor has been interviewed, the ruling is pending
            interview = openCaseInterview();
        }
        listings();
        suspensions();
        BankruptcyTransfer transfer = zhongben ? bankruptcyTransfer() : null;
        // a resumed parent has no objection of its own: its 执异 number is kept for the 执恢 case
        if (zhongben && fate.resumption() == null && chance(0.02)) {
            objection(ruling);
        }

        fitNegligibleDeposits();
        if (paidAfterOn != null) {
            pay(paidAfterOn, claimedCents - paidCents, pick("被执行人主动履行剩余全部款项", "被执行人亲属代为清偿剩余款项"));
        }
        // payments come from several sources (deductions, auctions, voluntary); list them in date order
        payments.sort(Comparator.comparing(Payment::paidOn));
        for (int i = 0; i < payments.size(); i++) {
            Payment payment = payments.get(i);
            payments.set(i, new Payment("pay-" + (i + 1), payment.paidOn(), payment.amount(), payment.description()));
        }
        BigDecimal claimed = BigDecimal.valueOf(claimedCents, 2);
        BigDecimal realised = BigDecimal.valueOf(paidCents, 2);
        return new CaseFile(1L, court.code(), court.name(), caseNumber,
                parent == null ? null : parent.caseNumber(), docketed, applicationReceived, notice, claimed, realised,
                BigDecimal.valueOf(claimedCents - paidCents, 2), fate.mode(), fate.closedOn(), judge, basis,
                List.copyOf(parties), List.copyOf(payments), List.copyOf(suspensions), List.copyOf(reportOrders),
                List.copyOf(clues), List.copyOf(measures), List.copyOf(queries), List.copyOf(assets),
                List.copyOf(controls), List.copyOf(coercives), List.copyOf(restrictions), List.copyOf(grounds),
                List.copyOf(listings), interview, ruling, entry, List.copyOf(followUps), List.copyOf(remedies),
                transfer, List.copyOf(documents));
    }

    // ---------------------------------------------------------------- parties, claim, basis

    private enum CreditorKind {
        NATURAL,
        BANK,
        COMPANY,
        SMALL_LOAN,
        ASSET_MANAGER
    }

    /** A debtor and what the investigation learnt about it. */
    private static final class Debtor {
        final Party party;
        final boolean natural;
        final List<DishonestGround> grounds = new ArrayList<>();
        LocalDate lastGroundOn;

        Debtor(Party party) {
            this.party = party;
            this.natural = party.kind() == PartyKind.NATURAL_PERSON;
        }

        boolean missing() {
            return Boolean.TRUE.equals(party.whereaboutsUnknown());
        }

        /** Who answers for an organisation: its legal representative; for a person, the person. */
        String responsible() {
            return natural || party.legalRepresentative() == null ? party.name() : party.legalRepresentative();
        }
    }

    private CreditorKind drawParties() {
        double u = rng.nextDouble();
        CreditorKind kind = u < 0.35 ? CreditorKind.NATURAL
                : u < 0.60 ? CreditorKind.BANK
                        : u < 0.87 ? CreditorKind.COMPANY : u < 0.95 ? CreditorKind.SMALL_LOAN : CreditorKind.ASSET_MANAGER;
        Region seat = court.regions().get(rng.nextInt(court.regions().size()));
        switch (kind) {
            case NATURAL -> {
                parties.add(person(PartyRole.CREDITOR, rng.nextInt(3) > 0, 28, 70, false));
                if (rng.nextInt(20) == 0) {
                    parties.add(person(PartyRole.CREDITOR, rng.nextBoolean(), 28, 70, false));
                }
            }
            case BANK -> parties.add(organisation(PartyRole.CREDITOR, PartyKind.UNINCORPORATED,
                    ChineseNames.bankBranch(rng, seat.branchPlace()), seat));
            case COMPANY -> parties.add(organisation(PartyRole.CREDITOR, PartyKind.LEGAL_PERSON,
                    ChineseNames.company(rng, companyPrefix()), seat));
            case SMALL_LOAN -> parties.add(organisation(PartyRole.CREDITOR, PartyKind.LEGAL_PERSON,
                    ChineseNames.smallLoanCompany(rng, companyPrefix()), seat));
            case ASSET_MANAGER -> parties.add(organisation(PartyRole.CREDITOR, PartyKind.UNINCORPORATED,
                    ChineseNames.assetManager(rng, court.provinceName()), seat));
        }
        boolean companyDebtor = rng.nextDouble() < (kind == CreditorKind.NATURAL ? 0.2 : 0.45);
        if (companyDebtor) {
            Party company = organisation(PartyRole.DEBTOR, PartyKind.LEGAL_PERSON,
                    ChineseNames.company(rng, companyPrefix()), partyRegion());
            parties.add(company);
            if (rng.nextBoolean()) {
                // the legal representative guaranteed the debt and is a debtor too
                parties.add(person(PartyRole.DEBTOR, true, 30, 65, true, company.legalRepresentative(), null));
            }
        } else {
            Party first = person(PartyRole.DEBTOR, rng.nextInt(10) < 7, 23, 68, true);
            parties.add(first);
            if (rng.nextInt(4) == 0) {
                // spouse or co-debtor, often living at the same address
                parties.add(person(PartyRole.DEBTOR, !isMale(first.idNumber()), 23, 68, true, null,
                        rng.nextBoolean() ? first.address() : null));
            }
        }
        for (Party party : parties) {
            if (party.role() == PartyRole.DEBTOR) {
                debtors.add(new Debtor(party));
            }
        }
        return kind;
    }

    private void adoptParentParties() {
        parties.addAll(parent.parties());
        for (Party party : parties) {
            if (party.role() == PartyRole.DEBTOR) {
                debtors.add(new Debtor(party));
            }
        }
    }

    private Party person(PartyRole role, boolean male, int minAge, int maxAge, boolean debtor) {
        return person(role, male, minAge, maxAge, debtor, null, null);
    }

    /** A natural person; {@code name} and {@code address} are drawn when null. */
    private Party person(PartyRole role, boolean male, int minAge, int maxAge, boolean debtor, String name,
            String address) {
        Region region = partyRegion();
        LocalDate birth = docketed.minusYears(minAge + rng.nextInt(maxAge - minAge + 1)).minusDays(rng.nextInt(365));
        String id = DemoIdentifiers.residentId(rng, region.code(), birth, male);
        boolean missing = debtor && rng.nextInt(100) < 8;
        return new Party("p-" + (parties.size() + 1), role, PartyKind.NATURAL_PERSON,
                name == null ? ChineseNames.person(rng, male) : name, IdType.RESIDENT_ID, id, null,
                address == null ? ChineseNames.address(rng, region.address(), false) : address, Boolean.FALSE,
                Boolean.FALSE, missing);
    }

    private Party organisation(PartyRole role, PartyKind kind, String name, Region region) {
        return new Party("p-" + (parties.size() + 1), role, kind, name, IdType.USCC,
                DemoIdentifiers.creditCode(rng, region.code()), ChineseNames.person(rng, rng.nextInt(4) > 0),
                ChineseNames.address(rng, region.address(), true), null, null, null);
    }

    private Region partyRegion() {
        if (rng.nextInt(4) == 0) {
            List<Region> province = DemoCourts.provinceRegions(court);
            return province.get(rng.nextInt(province.size()));
        }
        return court.regions().get(rng.nextInt(court.regions().size()));
    }

    private String companyPrefix() {
        return rng.nextBoolean() && !court.city().endsWith("市") ? court.city() + "市" : court.city();
    }

    private static boolean isMale(String residentId) {
        return (residentId.charAt(16) - '0') % 2 == 1;
    }

    /** Log-normal claim between 1,000 and 50,000,000 yuan; intermediate courts hear the large cases. */
    private long drawClaim(CreditorKind kind) {
        double medianYuan = switch (kind) {
            case NATURAL -> 120_000;
            case BANK -> 380_000;
            case COMPANY -> 250_000;
            case SMALL_LOAN -> 60_000;
            case ASSET_MANAGER -> 4_000_000;
        };
        double sigma = kind == CreditorKind.SMALL_LOAN ? 1.0 : 1.45;
        if (court.intermediate()) {
            medianYuan *= 12;
        }
        double yuan = Math.exp(Math.log(medianYuan) + sigma * gaussian());
        yuan = Math.max(1_000, Math.min(50_000_000, yuan));
        long cents = Math.round(yuan * 100);
        if (rng.nextInt(10) < 4) {
            cents = cents / 100 * 100;
        }
        return Math.max(100_000, Math.min(5_000_000_000L, cents));
    }

    private Basis drawBasis(CreditorKind kind) {
        double u = rng.nextDouble();
        BasisType type = switch (kind) {
            case NATURAL -> u < 0.55 ? BasisType.JUDGMENT : u < 0.95 ? BasisType.MEDIATION : BasisType.NOTARISED_DEBT;
            case BANK -> u < 0.6 ? BasisType.JUDGMENT
                    : u < 0.75 ? BasisType.MEDIATION : u < 0.95 ? BasisType.NOTARISED_DEBT : BasisType.PAYMENT_ORDER;
            case COMPANY -> u < 0.5 ? BasisType.JUDGMENT
                    : u < 0.75 ? BasisType.MEDIATION : u < 0.95 ? BasisType.ARBITRAL_AWARD : BasisType.PAYMENT_ORDER;
            case SMALL_LOAN -> u < 0.5 ? BasisType.JUDGMENT : u < 0.8 ? BasisType.NOTARISED_DEBT : BasisType.ARBITRAL_AWARD;
            case ASSET_MANAGER -> BasisType.JUDGMENT;
        };
        LocalDate effective = docketed.minusDays(45 + rng.nextInt(356));
        LocalDate due = effective.plusDays(switch (rng.nextInt(3)) {
            case 0 -> 10;
            case 1 -> 15;
            default -> 30;
        });
        int year = effective.getYear() - (type == BasisType.JUDGMENT && rng.nextBoolean() ? 1 : 0);
        int number = 1 + rng.nextInt(court.intermediate() ? 3000 : 40000);
        char province = court.provinceAbbreviation();
        String prefecture = court.prefecture();
        return switch (type) {
            case ARBITRAL_AWARD -> new Basis(type, prefecture + "仲裁委员会", "(" + year + ")" + prefecture.charAt(0)
                    + "仲裁字第" + number + "号", effective, due);
            case NOTARISED_DEBT -> {
                String office = pick("东方", "明德", "国信", "正信", "诚信", "中信");
                yield new Basis(type, prefecture + "市" + office + "公证处",
                        "(" + year + ")" + province + prefecture.charAt(0) + office + "证执字第" + (1 + rng.nextInt(900))
                                + "号",
                        effective, due);
            }
            case PAYMENT_ORDER ->
                new Basis(type, court.name(), "(" + year + ")" + court.code() + "民督" + (1 + number % 2000) + "号",
                        effective, due);
            default -> new Basis(type, court.name(), "(" + year + ")" + court.code() + "民初" + number + "号", effective,
                    due);
        };
    }

    private String phone() {
        return court.areaCode() + "-" + (5 + rng.nextInt(4)) + String.format("%07d", rng.nextInt(10_000_000));
    }

    // ---------------------------------------------------------------- report orders, coercion, grounds

    private void reportOrder(Debtor debtor, LocalDate notice) {
        LocalDate issued = notice;
        LocalDate deadline = issued.plusDays(pickInt(5, 7, 10, 15));
        int roll = rng.nextInt(100);
        ReportOutcome outcome;
        if (debtor.missing()) {
            outcome = ReportOutcome.REFUSED;
        } else if (roll < (debtor.natural ? 45 : 50)) {
            outcome = ReportOutcome.TRUTHFUL;
        } else if (roll < (debtor.natural ? 55 : 60)) {
            outcome = ReportOutcome.LATE;
        } else if (roll < (debtor.natural ? 93 : 95)) {
            outcome = ReportOutcome.REFUSED;
        } else {
            outcome = ReportOutcome.FALSE;
        }
        LocalDate reported = switch (outcome) {
            case TRUTHFUL, FALSE -> issued.plusDays(1 + rng.nextInt((int) daysBetween(issued, deadline)));
            case LATE -> deadline.plusDays(3 + rng.nextInt(28));
            default -> null;
        };
        if (reported != null && reported.isAfter(end.minusDays(3))) {
            // no report by closing (or yet): a closed case records a refusal, an open one a pending report
            reported = null;
            outcome = fate.closedOn() == null ? ReportOutcome.NOT_YET : ReportOutcome.REFUSED;
        }
        if (outcome == ReportOutcome.REFUSED && !deadline.isBefore(end)) {
            // the deadline had not passed when the case closed (or has not passed yet)
            outcome = ReportOutcome.NOT_YET;
        }
        LocalDate verified = reported == null ? null : min(reported.plusDays(3 + rng.nextInt(18)), end);
        String name = debtor.party.name();
        String orderDoc = document(DocumentKind.REPORT_ORDER, "报告财产令（" + name + "）", issued, DocumentVisibility.PARTY);
        // the intake refuses future dates, so a deadline still ahead is left out until it has passed
        reportOrders.add(new ReportOrder("ro-" + (reportOrders.size() + 1), debtor.party.id(), issued,
                deadline.isAfter(today) ? null : deadline, reported, verified, outcome, orderDoc));
        if (reported != null) {
            document(DocumentKind.PROPERTY_REPORT, "财产报告表（" + name + "）", reported, DocumentVisibility.PARTY);
            measures.add(measure(MeasureType.REPORT_VERIFICATION, verified, debtor.party.id(),
                    List.of(AssetCategory.BANK_DEPOSIT, AssetCategory.REAL_ESTATE, AssetCategory.VEHICLE), null, null,
                    outcome == ReportOutcome.FALSE, outcome == ReportOutcome.FALSE
                            ? "经核查，被执行人隐瞒了名下银行账户，报告不实"
                            : "经核查，被执行人报告的财产情况与查询结果基本一致，无可供执行财产",
                    List.of()));
        }
        boolean breach = outcome == ReportOutcome.LATE || outcome == ReportOutcome.REFUSED || outcome == ReportOutcome.FALSE;
        if (!breach) {
            return;
        }
        LocalDate found = clampWindow(deadline.plusDays(1 + rng.nextInt(10)));
        if (!found.isAfter(today)) {
            addGround(debtor, DishonestGround.REPORTING_BREACH, found);
        }
        // 终本规定 Art. 2(3): a reporting breach is fined; courts cannot fine a debtor they cannot find
        if (debtor.missing() || (!zhongben && rng.nextBoolean())) {
            return;
        }
        LocalDate decided = deadline.plusDays(5 + rng.nextInt(21));
        if (decided.isAfter(end)) {
            if (!zhongben) {
                return;
            }
            decided = max(deadline, end);
        }
        long fine = debtor.natural ? 1_000 + 500L * rng.nextInt(39) : 50_000 + 10_000L * rng.nextInt(16);
        coercives.add(new Coercive("co-" + (coercives.size() + 1), CoerciveType.FINE, debtor.party.id(),
                debtor.responsible(), CoerciveReason.REPORTING_BREACH, decided, BigDecimal.valueOf(fine * 100, 2), null));
        if (outcome == ReportOutcome.REFUSED && debtor.natural && rng.nextInt(100) < 15) {
            LocalDate detained = min(decided.plusDays(3 + rng.nextInt(18)), end);
            coercives.add(new Coercive("co-" + (coercives.size() + 1), CoerciveType.DETENTION, debtor.party.id(),
                    debtor.responsible(), CoerciveReason.REPORTING_BREACH, detained, null, 5 + rng.nextInt(11)));
        }
    }

    private void otherGrounds(Debtor debtor, LocalDate notice) {
        if (notice == null) {
            return;
        }
        if (rng.nextInt(100) < 8) {
            addGround(debtor, DishonestGround.ABLE_BUT_REFUSES, clampWindow(between(notice.plusDays(10), end)));
        }
        if (rng.nextInt(100) < 3) {
            addGround(debtor, DishonestGround.EVASION_SHAM_OR_HIDING, clampWindow(between(notice.plusDays(10), end)));
        }
    }

    private void addGround(Debtor debtor, DishonestGround ground, LocalDate found) {
        if (debtor.grounds.contains(ground)) {
            return;
        }
        debtor.grounds.add(ground);
        debtor.lastGroundOn = debtor.lastGroundOn == null ? found : max(debtor.lastGroundOn, found);
        grounds.add(new DishonestGroundFinding(debtor.party.id(), ground, found));
    }

    /** A date inside the case window at least two days before its end, so that decisions can follow it. */
    private LocalDate clampWindow(LocalDate date) {
        return max(docketed, min(date, end.minusDays(2)));
    }

    // ---------------------------------------------------------------- restrictions

    private void restrictions(Debtor debtor, int index, LocalDate notice) {
        ClosingMode mode = fate.mode();
        if ((breakRestriction && index == restrictionVictim) || mode == ClosingMode.REJECTED
                || mode == ClosingMode.CANCELLED) {
            return;
        }
        LocalDate issued = min(notice.plusDays(rng.nextInt(11)), end);
        if (issued.isAfter(today)) {
            return;
        }
        List<RestrictionItem> items = restrictionItems();
        LocalDate lifted = null;
        RestrictionLiftReason reason = null;
        if (mode != null && mode != ClosingMode.ZHONGBEN) {
            lifted = min(max(end, issued).plusDays(rng.nextInt(6)), today);
            reason = switch (mode) {
                case FULLY_ENFORCED -> RestrictionLiftReason.PERFORMED;
                case TERMINATED -> RestrictionLiftReason.CREDITOR_CONSENT;
                default -> RestrictionLiftReason.OTHER;
            };
        } else if (releasedOn != null) {
            // the debtor paid the rest after 终本: the restriction ends with the debt
            lifted = max(releasedOn, issued);
            reason = RestrictionLiftReason.PERFORMED;
        }
        String partyId = debtor.party.id();
        restrictions.add(new Restriction("r-" + (restrictions.size() + 1), partyId, debtor.party.name(),
                RestrictedPersonRole.DEBTOR, issued, Boolean.TRUE, items, lifted, reason));
        if (!debtor.natural && debtor.party.legalRepresentative() != null) {
            restrictions.add(new Restriction("r-" + (restrictions.size() + 1), partyId, debtor.party.legalRepresentative(),
                    RestrictedPersonRole.LEGAL_REPRESENTATIVE, issued, Boolean.TRUE, items, lifted, reason));
            if (rng.nextInt(100) < 6) {
                restrictions.add(new Restriction("r-" + (restrictions.size() + 1), partyId,
                        ChineseNames.person(rng, true), RestrictedPersonRole.ACTUAL_CONTROLLER, issued, Boolean.TRUE,
                        items, lifted, reason));
            }
        }
        document(DocumentKind.RESTRICTION_ORDER, "限制消费令（" + debtor.party.name() + "）", issued,
                DocumentVisibility.PARTY);
    }

    private List<RestrictionItem> restrictionItems() {
        if (rng.nextInt(10) < 7) {
            return List.of(ITEMS);
        }
        List<RestrictionItem> items = new ArrayList<>(ITEMS.length);
        int drop = 1 + rng.nextInt(3);
        int skipFrom = rng.nextInt(ITEMS.length - drop + 1);
        for (int i = 0; i < ITEMS.length; i++) {
            if (i < skipFrom || i >= skipFrom + drop) {
                items.add(ITEMS[i]);
            }
        }
        return List.copyOf(items);
    }

    // ---------------------------------------------------------------- network queries and the property they find

    private void networkQueries(Debtor debtor, int index) {
        LocalDate first = docketed.plusDays(rng.nextInt(4));
        if (first.isAfter(end)) {
            if (fate.closedOn() == null) {
                return;
            }
            first = end;
        }
        int deposits = debtor.natural ? pickWeighted(35, 35, 20, 10) : pickWeighted(40, 40, 20);
        boolean vehicle = rng.nextInt(100) < (debtor.natural ? 12 : 15);
        boolean realEstate = rng.nextInt(100) < 10;
        boolean resumptionAsset = parent != null && index == 0;
        boolean otherReason = breakDisposal && index == 0;

        AssetCategory gapCategory = null;
        int gapKind = -1;
        NetworkQuery finder;
        if (breakNetwork && index == 0) {
            gapCategory = REQUIRED.get(rng.nextInt(REQUIRED.size()));
            gapKind = rng.nextInt(3);
            LocalDate submitted = gapKind == 0 ? first : max(docketed, end.minusDays(3 + rng.nextInt(18)));
            finder = preTerminationQuery(debtor, submitted, gapCategory, gapKind, deposits, vehicle, realEstate,
                    otherReason, resumptionAsset);
        } else {
            finder = preTerminationQuery(debtor, first, null, -1, deposits, vehicle, realEstate, otherReason,
                    resumptionAsset);
            if (zhongben && daysBetween(first, end) > 91) {
                LocalDate again = max(first.plusDays(1), end.minusDays(10 + rng.nextInt(51)));
                preTerminationQuery(debtor, again, null, -1, deposits, vehicle, realEstate, otherReason,
                        resumptionAsset);
            }
        }
        propertyFound(debtor, finder, deposits, vehicle, realEstate, otherReason, resumptionAsset);
    }

    private NetworkQuery preTerminationQuery(Debtor debtor, LocalDate submitted, AssetCategory gapCategory, int gapKind,
            int deposits, boolean vehicle, boolean realEstate, boolean otherReason, boolean resumptionAsset) {
        String id = "nq-" + (queries.size() + 1);
        List<QueryResult> results = new ArrayList<>(PRE_TERMINATION_CATEGORIES.size());
        for (AssetCategory category : PRE_TERMINATION_CATEGORIES) {
            if (category.naturalPersonsOnly() && !debtor.natural) {
                continue;
            }
            if (category == gapCategory && gapKind == 0) {
                continue;
            }
            int hits = switch (category) {
                case BANK_DEPOSIT -> deposits;
                case VEHICLE -> vehicle ? 1 : 0;
                case REAL_ESTATE -> realEstate || resumptionAsset ? 1 : 0;
                case EQUITY -> otherReason ? 1 : 0;
                default -> 0;
            };
            LocalDate answered = submitted.plusDays(answerDelay(category));
            if (category == gapCategory && gapKind == 1) {
                results.add(new QueryResult(category, QueryReplyStatus.PENDING, null, null, INSTITUTIONS.get(category),
                        "协助执行单位尚未反馈"));
                continue;
            }
            if (category == gapCategory && gapKind == 2) {
                answered = min(end.plusDays(1 + rng.nextInt(20)), today);
            } else if (answered.isAfter(end)) {
                if (fate.closedOn() == null) {
                    results.add(new QueryResult(category, QueryReplyStatus.PENDING, null, null,
                            INSTITUTIONS.get(category), "协助执行单位尚未反馈"));
                    continue;
                }
                answered = end;
            }
            results.add(new QueryResult(category, QueryReplyStatus.ANSWERED, answered, hits, INSTITUTIONS.get(category),
                    summary(category, hits)));
        }
        String doc = document(DocumentKind.NETWORK_QUERY_RESULT,
                "网络执行查控结果（" + debtor.party.name() + "，" + submitted + "）", submitted, DocumentVisibility.COURT);
        NetworkQuery query = new NetworkQuery(id, QueryChannel.NATIONAL, QueryPurpose.PRE_TERMINATION,
                debtor.party.id(), submitted, List.copyOf(results), doc);
        queries.add(query);
        return query;
    }

    private int answerDelay(AssetCategory category) {
        return switch (category) {
            case BANK_DEPOSIT, INTERNET_BANK, ONLINE_PAYMENT -> rng.nextInt(2);
            case VEHICLE -> rng.nextInt(3);
            case REAL_ESTATE, HOUSING_FUND -> 1 + rng.nextInt(7);
            default -> rng.nextInt(5);
        };
    }

    private static String summary(AssetCategory category, int hits) {
        return hits == 0 ? "未发现" + category.zh() + "信息" : "查询到" + category.zh() + "信息" + hits + "条";
    }

    private static LocalDate answeredOn(NetworkQuery query, AssetCategory category) {
        for (QueryResult result : query.results()) {
            if (result.category() == category) {
                return result.status() == QueryReplyStatus.ANSWERED ? result.answeredOn() : null;
            }
        }
        return null;
    }

    private void propertyFound(Debtor debtor, NetworkQuery finder, int deposits, boolean vehicle, boolean realEstate,
            boolean otherReason, boolean resumptionAsset) {
        LocalDate depositsOn = answeredOn(finder, AssetCategory.BANK_DEPOSIT);
        if (depositsOn != null) {
            for (int i = 0; i < deposits; i++) {
                deposit(debtor, finder.id(), depositsOn);
            }
        }
        LocalDate vehicleOn = answeredOn(finder, AssetCategory.VEHICLE);
        if (vehicle && vehicleOn != null) {
            vehicle(debtor, finder.id(), vehicleOn);
        }
        LocalDate estateOn = answeredOn(finder, AssetCategory.REAL_ESTATE);
        if ((realEstate || resumptionAsset) && estateOn != null) {
            String foundBy = finder.id();
            if (resumptionAsset && !origin.byFollowUp()) {
                Measure verification = lastMeasure(MeasureType.CLUE_VERIFICATION);
                if (verification != null) {
                    foundBy = verification.id();
                    estateOn = min(estateOn, verification.performedOn());
                }
            }
            realEstate(debtor, foundBy, estateOn, resumptionAsset);
        }
        LocalDate equityOn = answeredOn(finder, AssetCategory.EQUITY);
        if (otherReason && equityOn != null) {
            otherReasonEquity(debtor, finder.id(), equityOn);
        }
    }

    private void deposit(Debtor debtor, String foundBy, LocalDate found) {
        String assetId = "a-" + (assets.size() + 1);
        long balance = rng.nextInt(10) < 4 ? 0 : 1 + (long) (80_000 * rng.nextDouble() * rng.nextDouble());
        String bank = ChineseNames.bankName(rng);
        LocalDate effective = found;
        AssetStatus status;
        LocalDate lifted = null;
        String liftReason = null;
        LocalDate deducted = min(effective.plusDays(1 + rng.nextInt(20)), end);
        boolean deduct = balance > 0 && rng.nextInt(10) < 6 && !deducted.isAfter(today)
                && paidCents + balance < claimedCents;
        if (deduct) {
            pay(deducted, balance, "扣划被执行人" + bank + "账户存款");
            status = AssetStatus.DISPOSED;
            lifted = deducted;
            liftReason = "存款已扣划，解除冻结";
        } else if (fate.closedOn() == null) {
            status = AssetStatus.CONTROLLED;
        } else if (zhongben) {
            status = AssetStatus.NEGLIGIBLE;
            negligibleDeposits.add(new NegligibleDeposit(assets.size(), bank));
            if (releasedOn != null) {
                lifted = releasedOn;
                liftReason = PAID_RELEASE;
            }
        } else {
            status = AssetStatus.RELEASED;
        }
        if (!deduct && fate.closedOn() != null && !zhongben) {
            lifted = min(end.plusDays(rng.nextInt(6)), today);
            liftReason = fate.mode() == ClosingMode.FULLY_ENFORCED ? "案件执行完毕，解除冻结" : "案件已结案，解除冻结";
        }
        assets.add(new Asset(assetId, AssetCategory.BANK_DEPOSIT, depositDescription(bank, balance),
                DemoIdentifiers.maskedAccount(rng), debtor.party.id(), BigDecimal.valueOf(balance, 2), status, null, null,
                found, foundBy, deduct ? deducted : null));
        control(assetId, ControlType.FREEZE, AssetCategory.BANK_DEPOSIT, effective,
                rng.nextInt(5) == 0 ? ControlPriority.WAITING : ControlPriority.FIRST, lifted, liftReason, false);
    }

    private static String depositDescription(String bank, long balanceCents) {
        return bank + "账户存款，冻结时余额" + BigDecimal.valueOf(balanceCents, 2).toPlainString() + "元";
    }

    /**
     * A balance left undisposed as negligible must be at most RMB 1,000 and at most 5% of the amount unperformed at
     * the ruling (domain.md §10.3; C10): balances drawn before the amount was known are capped now.
     */
    private void fitNegligibleDeposits() {
        if (negligibleDeposits.isEmpty()) {
            return;
        }
        long cap = Math.min(NEGLIGIBLE_CENTS, (claimedCents - paidCents) * NEGLIGIBLE_PERCENT / 100);
        for (NegligibleDeposit deposit : negligibleDeposits) {
            Asset asset = assets.get(deposit.assetIndex());
            long balance = asset.estimatedValue().movePointRight(2).longValueExact();
            if (balance > cap) {
                assets.set(deposit.assetIndex(), new Asset(asset.id(), asset.category(),
                        depositDescription(deposit.bank(), cap), asset.identifier(), asset.holderPartyId(),
                        BigDecimal.valueOf(cap, 2), asset.status(), asset.cannotDisposeReason(),
                        asset.cannotDisposeNote(), asset.foundOn(), asset.foundBy(), asset.disposalAttemptedOn()));
            }
        }
    }

    private record NegligibleDeposit(int assetIndex, String bank) {
    }

    private void vehicle(Debtor debtor, String foundBy, LocalDate found) {
        String assetId = "a-" + (assets.size() + 1);
        LocalDate effective = min(found.plusDays(1 + rng.nextInt(7)), end);
        if (effective.isAfter(today)) {
            return;
        }
        AssetStatus status;
        CannotDisposeReason reason = null;
        String note = null;
        LocalDate lifted = null;
        if (zhongben) {
            status = AssetStatus.CANNOT_DISPOSE;
            reason = CannotDisposeReason.REGISTERED_NOT_SEIZED;
            note = "车辆已查封登记，经布控查找未能实际扣押";
            lifted = releasedOn;
        } else if (fate.closedOn() == null) {
            status = AssetStatus.CONTROLLED;
        } else {
            status = AssetStatus.RELEASED;
            lifted = min(end.plusDays(rng.nextInt(6)), today);
        }
        assets.add(new Asset(assetId, AssetCategory.VEHICLE,
                VEHICLES[rng.nextInt(VEHICLES.length)] + "，" + (2008 + rng.nextInt(12)) + "年登记",
                DemoIdentifiers.plate(rng, court.provinceAbbreviation()), debtor.party.id(),
                BigDecimal.valueOf((20_000 + 1_000L * rng.nextInt(130)) * 100, 2), status, reason, note, found, foundBy,
                null));
        String controlId = control(assetId, ControlType.SEIZURE, AssetCategory.VEHICLE, effective, ControlPriority.FIRST,
                lifted, lifted == null ? null : zhongben ? PAID_RELEASE : "案件已结案，解除查封", true);
        if (zhongben && !breakOnsite) {
            LocalDate searched = between(effective, end);
            measures.add(measure(MeasureType.LOCATE_VEHICLE, searched, debtor.party.id(), List.of(AssetCategory.VEHICLE),
                    "公安交通管理部门", null, false, "已对车辆布控，未发现车辆下落，未能实际扣押（" + controlId + "）", List.of()));
        }
    }

    private void realEstate(Debtor debtor, String foundBy, LocalDate found, boolean resumptionAsset) {
        LocalDate effective = min(found.plusDays(1 + rng.nextInt(10)), end);
        long window = daysBetween(effective, end);
        boolean auctionPossible = window >= (resumptionAsset ? 60 : 100);
        if (effective.isAfter(today) || (zhongben && !auctionPossible)) {
            // too little time to auction a house before closing: the court would not have closed with it pending
            return;
        }
        String assetId = "a-" + (assets.size() + 1);
        int area = 45 + rng.nextInt(110);
        long unitPrice = unitPrice();
        long valueCents = area * unitPrice * (70 + rng.nextInt(61)) / 100 * 100;
        AssetStatus status;
        CannotDisposeReason reason = null;
        String note = null;
        LocalDate attempted = null;
        LocalDate lifted = null;
        String liftReason = null;
        ClosingMode mode = fate.mode();
        if (zhongben) {
            status = AssetStatus.CANNOT_DISPOSE;
            reason = CannotDisposeReason.AUCTION_FAILED_NO_ACCEPTANCE;
            note = "经两次网络司法拍卖均流拍，申请执行人不同意以物抵债，且无法采取强制管理等措施";
            attempted = between(effective.plusDays(45), end.minusDays(5));
            if (releasedOn != null) {
                lifted = releasedOn;
                liftReason = PAID_RELEASE;
            }
        } else if (mode == ClosingMode.FULLY_ENFORCED && window >= 45) {
            status = AssetStatus.DISPOSED;
            attempted = between(effective.plusDays(40), end);
            long remaining = claimedCents - paidCents;
            if (remaining > 0 && !attempted.isAfter(today)) {
                pay(attempted, remaining, "拍卖被执行人房产所得价款");
            }
            lifted = min(end.plusDays(rng.nextInt(6)), today);
            liftReason = "房产已拍卖成交，解除查封";
        } else if (mode == null) {
            status = window >= 60 && rng.nextBoolean() ? AssetStatus.IN_DISPOSAL : AssetStatus.CONTROLLED;
        } else {
            status = AssetStatus.RELEASED;
            lifted = min(end.plusDays(rng.nextInt(6)), today);
            liftReason = "案件已结案，解除查封";
        }
        String district = court.seat().address();
        int year = found.getYear() - 1 - rng.nextInt(8);
        assets.add(new Asset(assetId, AssetCategory.REAL_ESTATE,
                district + ChineseNames.street(rng) + (1 + rng.nextInt(300)) + "号" + (1 + rng.nextInt(20)) + "号楼"
                        + (1 + rng.nextInt(30)) + "0" + (1 + rng.nextInt(4)) + "室住宅，建筑面积" + area + "平方米"
                        + (rng.nextBoolean() ? "（已设定抵押）" : ""),
                court.provinceAbbreviation() + "(" + year + ")" + court.city() + "不动产权第"
                        + String.format("%07d", rng.nextInt(10_000_000)) + "号",
                debtor.party.id(), BigDecimal.valueOf(valueCents, 2), status, reason, note, found, foundBy, attempted));
        control(assetId, ControlType.SEIZURE, AssetCategory.REAL_ESTATE, effective, ControlPriority.FIRST, lifted,
                liftReason, true);
    }

    private long unitPrice() {
        return UNIT_PRICES.getOrDefault(court.provinceAbbreviation(), 12_000);
    }

    /** The breach of Art. 4: property set aside for a reason the rules do not allow. */
    private void otherReasonEquity(Debtor debtor, String foundBy, LocalDate found) {
        String assetId = "a-" + (assets.size() + 1);
        LocalDate effective = min(found.plusDays(1 + rng.nextInt(10)), end);
        assets.add(new Asset(assetId, AssetCategory.EQUITY,
                "被执行人持有" + ChineseNames.company(rng, court.city()) + (5 + rng.nextInt(91)) + "%股权", null,
                debtor.party.id(), null, AssetStatus.CANNOT_DISPOSE, CannotDisposeReason.OTHER,
                OTHER_REASON_NOTES[rng.nextInt(OTHER_REASON_NOTES.length)], found, foundBy, null));
        control(assetId, ControlType.FREEZE, AssetCategory.EQUITY, effective, ControlPriority.FIRST, releasedOn,
                releasedOn == null ? null : PAID_RELEASE, true);
    }

    /**
     * Adds a control with its renewals (续行) up to today. Renewals happen shortly before expiry; some lapse; a share
     * of chains is arranged to expire within the next 30 days, the case the portal warns creditors about.
     */
    private String control(String assetId, ControlType type, AssetCategory category, LocalDate effective,
            ControlPriority priority, LocalDate lifted, String liftReason, boolean withRuling) {
        int months = category.controlTerm().months();
        LocalDate expires = effective.plusMonths(months);
        List<Renewal> renewals = new ArrayList<>();
        LocalDate lastRenewed = effective;
        LocalDate current = expires;
        while (!current.isAfter(today) && (lifted == null || current.isBefore(lifted)) && rng.nextInt(100) < 70) {
            LocalDate renewed = max(lastRenewed.plusDays(1), current.minusDays(1 + rng.nextInt(20)));
            LocalDate next = renewed.plusMonths(months);
            renewals.add(new Renewal(renewed, next));
            lastRenewed = renewed;
            current = next;
        }
        if (!renewals.isEmpty() && lifted == null && current.isAfter(today.plusDays(30)) && rng.nextInt(100) < 25) {
            // renewed early so that the term now runs out within a month
            LocalDate target = today.plusDays(5 + rng.nextInt(26));
            LocalDate renewed = target.minusMonths(months);
            int last = renewals.size() - 1;
            LocalDate previousRenewed = last == 0 ? effective : renewals.get(last - 1).renewedOn();
            LocalDate previousExpiry = last == 0 ? expires : renewals.get(last - 1).expiresOn();
            if (renewed.isAfter(previousRenewed) && !renewed.isAfter(previousExpiry)
                    && renewed.plusMonths(months).isAfter(previousExpiry)) {
                renewals.set(last, new Renewal(renewed, renewed.plusMonths(months)));
            }
        }
        String number = null;
        if (withRuling || rng.nextBoolean()) {
            number = suffixedNumber();
            if (withRuling) {
                document(DocumentKind.CONTROL_RULING, "执行裁定书（" + number + "，" + type.zh() + "）", effective,
                        DocumentVisibility.PARTY);
            }
        }
        String id = "ctl-" + (controls.size() + 1);
        controls.add(new Control(id, assetId, type, number, effective, expires, priority, List.copyOf(renewals), lifted,
                liftReason));
        return id;
    }

    // ---------------------------------------------------------------- investigation measures

    private void debtorMeasures(Debtor debtor, LocalDate notice) {
        if (notice == null) {
            return;
        }
        ClosingMode mode = fate.mode();
        double onsiteChance = zhongben ? (breakOnsite ? 0 : 1) : mode == null ? 0.5 : 0.2;
        if (chance(onsiteChance)) {
            LocalDate on = between(notice.plusDays(5), end.minusDays(1));
            if (!on.isAfter(today)) {
                String record = document(DocumentKind.ONSITE_RECORD, "现场调查笔录（" + debtor.party.name() + "）", on,
                        DocumentVisibility.COURT);
                List<AssetCategory> categories = debtor.natural
                        ? List.of(AssetCategory.CASH, AssetCategory.INCOME_WAGES, AssetCategory.OTHER)
                        : List.of(AssetCategory.CASH, AssetCategory.MACHINERY_INVENTORY, AssetCategory.OTHER);
                if (rng.nextInt(10) == 0) {
                    DemoCourt commissioned = commissionedCourt();
                    measures.add(measure(MeasureType.COMMISSIONED_INVESTIGATION, on, debtor.party.id(), categories,
                            commissioned.name(), debtor.party.address(), false,
                            "受托法院至被执行人住所地调查，未发现可供执行的财产", List.of(record)));
                } else {
                    measures.add(measure(MeasureType.ONSITE_INVESTIGATION, on, debtor.party.id(), categories, null,
                            debtor.party.address(), false, debtor.natural
                                    ? pick("至被执行人住所地调查，未发现可供执行的财产", "被执行人住所地无人居住，邻居称其已外出多年",
                                            "被执行人在家，称无收入来源，未发现可供执行的财产")
                                    : pick("至被执行人经营场所调查，已人去楼空", "被执行人已停止经营，现场未发现机器设备、存货等财产",
                                            "被执行人经营场所已另行出租他人，未发现可供执行的财产"),
                            List.of(record)));
                }
            }
        }
        if (!debtor.missing() && chance(zhongben ? 0.55 : 0.3)) {
            LocalDate on = between(notice.plusDays(3), end.minusDays(1));
            if (!on.isAfter(today)) {
                measures.add(measure(MeasureType.QUESTIONING, on, debtor.party.id(), List.of(), null, null, false,
                        (debtor.natural ? "被执行人" : "被执行人法定代表人") + debtor.responsible() + "称暂无履行能力，无可供执行的财产",
                        List.of()));
            }
        }
        if (debtor.missing() && chance(zhongben ? 1 : 0.5)) {
            LocalDate on = between(notice.plusDays(5), end.minusDays(1));
            if (!on.isAfter(today)) {
                measures.add(measure(MeasureType.LOCATE_PERSON, on, debtor.party.id(), List.of(), "公安机关", null, false,
                        "经公安机关协助查找，被执行人下落不明", List.of()));
            }
        }
    }

    private DemoCourt commissionedCourt() {
        List<DemoCourt> all = DemoCourts.all();
        for (int tries = 0; tries < 8; tries++) {
            DemoCourt other = all.get(rng.nextInt(all.size()));
            if (other != court && !other.intermediate()) {
                return other;
            }
        }
        return court;
    }

    private void clues(LocalDate notice) {
        int count = zhongben ? pickWeighted(50, 35, 15) : pickWeighted(65, 25, 10);
        if (breakClue && count == 0) {
            count = 1;
        }
        int pendingIndex = breakClue ? rng.nextInt(count) : -1;
        for (int i = 0; i < count; i++) {
            LocalDate latestSubmission = zhongben ? end.minusDays(i == pendingIndex ? 3 : 10) : end;
            LocalDate submitted = between(min(notice.plusDays(3), latestSubmission), latestSubmission);
            if (submitted.isAfter(today)) {
                continue;
            }
            AssetCategory category = pick(AssetCategory.REAL_ESTATE, AssetCategory.VEHICLE, AssetCategory.BANK_DEPOSIT,
                    AssetCategory.EQUITY, AssetCategory.RECEIVABLE, AssetCategory.MACHINERY_INVENTORY,
                    AssetCategory.OTHER);
            boolean urgent = rng.nextInt(10) == 0;
            Debtor debtor = debtors.get(rng.nextInt(debtors.size()));
            String description = clueText(category, debtor);
            LocalDate verified = submitted.plusDays(1 + rng.nextInt(urgent ? 3 : 7));
            ClueResult result = rng.nextInt(100) < 85 ? ClueResult.NOT_CONFIRMED : ClueResult.PARTIALLY_CONFIRMED;
            if (i == pendingIndex || verified.isAfter(zhongben ? end : min(end, today))) {
                if (zhongben && i != pendingIndex) {
                    verified = end;
                } else {
                    verified = null;
                    result = ClueResult.PENDING;
                }
            }
            ClueSource source = rng.nextInt(10) == 0 ? ClueSource.THIRD_PARTY : ClueSource.CREDITOR;
            clues.add(new Clue("cl-" + (clues.size() + 1), source, submitted, category, description, urgent, verified,
                    result));
            if (verified != null) {
                measures.add(measure(MeasureType.CLUE_VERIFICATION, verified, debtor.party.id(), List.of(category), null,
                        null, result != ClueResult.NOT_CONFIRMED,
                        result == ClueResult.NOT_CONFIRMED ? "经核查，线索反映的财产不存在或不属于被执行人"
                                : "线索部分属实，但相关财产已设定抵押且无剩余价值",
                        List.of()));
            }
        }
    }

    private String clueText(AssetCategory category, Debtor debtor) {
        String name = debtor.party.name();
        return switch (category) {
            case REAL_ESTATE -> "申请执行人称" + name + "在" + court.seat().address() + ChineseNames.street(rng) + "有房产一套";
            case VEHICLE -> "申请执行人称" + name + "实际使用一辆车牌号为" + DemoIdentifiers.plate(rng, court.provinceAbbreviation())
                    + "的车辆";
            case BANK_DEPOSIT -> "申请执行人称" + name + "在" + ChineseNames.bankName(rng) + "有存款";
            case EQUITY -> "申请执行人称" + name + "在" + ChineseNames.company(rng, court.city()) + "持有股权";
            case RECEIVABLE -> "申请执行人称" + ChineseNames.company(rng, court.city()) + "尚欠" + name + "工程款";
            case MACHINERY_INVENTORY -> "申请执行人称" + name + "在厂房内存放有机器设备";
            default -> "申请执行人称" + name + "有其他财产线索";
        };
    }

    /** The creditor's clue that reopened a 终本 case (终本规定 Art. 9 para. 1). */
    private void resumptionClue(LocalDate applied) {
        LocalDate submitted = applied == null ? docketed.minusDays(3) : applied;
        LocalDate verified = between(min(submitted.plusDays(1), docketed), docketed);
        Debtor debtor = debtors.get(0);
        clues.add(new Clue("cl-" + (clues.size() + 1), ClueSource.CREDITOR, submitted, AssetCategory.REAL_ESTATE,
                "申请执行人申请恢复执行，称" + debtor.party.name() + "新近取得房产一套", rng.nextBoolean(), verified,
                ClueResult.CONFIRMED));
        measures.add(measure(MeasureType.CLUE_VERIFICATION, verified, debtor.party.id(),
                List.of(AssetCategory.REAL_ESTATE), "不动产登记中心", null, true, "经核查，线索属实，符合恢复执行条件", List.of()));
    }

    /**
     * A clue the creditor gives after the ruling (终本规定 Art. 9 para. 1), before the case is resumed or paid: verified
     * within 7 days, 3 if urgent (财产调查规定 Art. 2), later or not at all in the {@code postTerminationClueLate}
     * share. Most such clues are not true; none is confirmed in full, so none resumes the case.
     */
    private void clueAfterRuling() {
        LocalDate ruled = fate.closedOn();
        Resumption resumption = fate.resumption();
        LocalDate stop = resumption != null ? resumption.childDocketedOn() : paidAfterOn;
        LocalDate latest = stop == null ? today : min(today, stop.minusDays(10));
        if (!latest.isAfter(ruled)) {
            return;
        }
        LocalDate submitted = between(ruled.plusDays(1), latest);
        AssetCategory category = pick(AssetCategory.REAL_ESTATE, AssetCategory.VEHICLE, AssetCategory.BANK_DEPOSIT,
                AssetCategory.EQUITY, AssetCategory.RECEIVABLE, AssetCategory.OTHER);
        boolean urgent = rng.nextInt(10) == 0;
        int days = urgent ? 3 : 7;
        Debtor debtor = debtors.get(rng.nextInt(debtors.size()));
        String description = clueText(category, debtor);
        LocalDate verified = !breakLateClue ? submitted.plusDays(1 + rng.nextInt(days))
                : rng.nextInt(3) == 0 ? null : submitted.plusDays(days + 1 + rng.nextInt(40));
        ClueResult result = rng.nextInt(100) < 85 ? ClueResult.NOT_CONFIRMED : ClueResult.PARTIALLY_CONFIRMED;
        if (verified == null || verified.isAfter(today)) {
            verified = null;
            result = ClueResult.PENDING;
        }
        clues.add(new Clue("cl-" + (clues.size() + 1), ClueSource.CREDITOR, submitted, category, description, urgent,
                verified, result));
        if (verified != null) {
            measures.add(measure(MeasureType.CLUE_VERIFICATION, verified, debtor.party.id(), List.of(category), null,
                    null, result != ClueResult.NOT_CONFIRMED,
                    result == ClueResult.NOT_CONFIRMED ? "终本后申请执行人提供的线索经核查不属实，不符合恢复执行条件"
                            : "终本后申请执行人提供的线索部分属实，但相关财产已设定抵押且无剩余价值，不符合恢复执行条件",
                    List.of()));
        }
    }

    /** Measures only the creditor can trigger (audit, reward) and the rare search. */
    private void requestedMeasures(LocalDate notice) {
        double scale = zhongben ? 1 : 0.4;
        boolean companyDebtor = debtors.stream().anyMatch(d -> !d.natural);
        Debtor target = debtors.get(0);
        if (companyDebtor && chance(0.06 * scale)) {
            Debtor company = debtors.stream().filter(d -> !d.natural).findFirst().orElse(target);
            requested(MeasureType.AUDIT, notice, company, 10, 0.5, "审计机构", "审计未发现被执行人隐匿、转移财产或股东抽逃出资的情形");
        }
        if (chance(0.08 * scale)) {
            requested(MeasureType.REWARD_ANNOUNCEMENT, notice, target, 10, 0.85, "全国法院执行悬赏公告平台",
                    "悬赏公告发布后未收到有效举报线索");
        }
        if (chance(0.04 * scale)) {
            requested(MeasureType.INVESTIGATION_ORDER_LAWYER, notice, target, 7, 0.9, null, "律师持调查令调查，未发现可供执行的财产");
        }
        if (!breakOnsite && chance(0.03 * scale)) {
            LocalDate on = between(notice.plusDays(10), end.minusDays(1));
            if (!on.isAfter(today)) {
                measures.add(measure(MeasureType.SEARCH, on, target.party.id(), List.of(AssetCategory.CASH,
                        AssetCategory.OTHER), null, target.party.address(), false, "依法对被执行人住所进行搜查，未发现可供执行的财产",
                        List.of()));
            }
        }
    }

    private void requested(MeasureType type, LocalDate notice, Debtor target, int decisionDays, double allowShare,
            String institution, String result) {
        if (end.minusDays(decisionDays + 5).isBefore(notice.plusDays(5))) {
            return;
        }
        LocalDate requestedOn = between(notice.plusDays(5), end.minusDays(decisionDays + 5));
        LocalDate decidedOn = min(requestedOn.plusDays(1 + rng.nextInt(decisionDays)), end);
        if (decidedOn.isAfter(today)) {
            return;
        }
        boolean allowed = chance(allowShare);
        LocalDate performed = allowed ? min(decidedOn.plusDays(1 + rng.nextInt(20)), end) : null;
        if (performed != null && performed.isAfter(today)) {
            performed = null;
        }
        measures.add(new Measure("m-" + (measures.size() + 1), type, RequestedBy.CREDITOR, requestedOn,
                allowed ? MeasureDecision.ALLOWED : MeasureDecision.REFUSED, decidedOn, performed, target.party.id(),
                List.of(), institution, null, performed == null ? null : Boolean.FALSE,
                performed == null ? (allowed ? null : "不符合" + type.zh() + "的条件，不予准许") : result, List.of()));
    }

    private Measure measure(MeasureType type, LocalDate performed, String target, List<AssetCategory> categories,
            String institution, String location, boolean found, String summary, List<String> documentIds) {
        return new Measure("m-" + (measures.size() + 1), type, RequestedBy.COURT, null, null, null, performed, target,
                categories, institution, location, found, summary, documentIds);
    }

    private Measure lastMeasure(MeasureType type) {
        for (int i = measures.size() - 1; i >= 0; i--) {
            if (measures.get(i).type() == type) {
                return measures.get(i);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- payments

    private void partialPayments(LocalDate notice) {
        if (notice == null) {
            return;
        }
        ClosingMode mode = fate.mode();
        if (mode == ClosingMode.FULLY_ENFORCED) {
            long remaining = claimedCents - paidCents;
            int parts = 1 + rng.nextInt(3);
            LocalDate from = notice;
            for (int i = parts; i >= 1 && remaining > 0; i--) {
                long amount = i == 1 ? remaining : Math.max(1, remaining * (30 + rng.nextInt(40)) / 100 / i);
                LocalDate on = i == 1 ? end : between(from, end);
                pay(on, amount, i == 1 ? pick("被执行人履行剩余款项", "扣划被执行人银行存款", "被执行人通过执行款账户交付")
                        : pick("执行和解分期履行款", "被执行人部分履行", "扣划被执行人工资收入"));
                remaining -= amount;
                from = on;
            }
            return;
        }
        double share;
        if (mode == null) {
            share = 0.2;
        } else if (mode == ClosingMode.ZHONGBEN) {
            share = 0.1;
        } else if (mode == ClosingMode.TERMINATED) {
            share = 0.5;
        } else {
            share = 0;
        }
        if (!chance(share)) {
            return;
        }
        int percent = mode == ClosingMode.TERMINATED ? 30 + rng.nextInt(61) : 1 + rng.nextInt(mode == null ? 40 : 20);
        long amount = Math.min(claimedCents * percent / 100, claimedCents - paidCents - 100);
        LocalDate on = between(notice, end);
        if (amount > 0 && !on.isAfter(today)) {
            pay(on, amount, mode == ClosingMode.TERMINATED ? "执行和解协议约定款项" : "被执行人部分履行");
        }
    }

    private void pay(LocalDate on, long cents, String description) {
        if (cents <= 0) {
            return;
        }
        payments.add(new Payment("pay-" + (payments.size() + 1), on, BigDecimal.valueOf(cents, 2), description));
        paidCents += cents;
    }

    // ---------------------------------------------------------------- interview, ruling, database, follow-ups

    private Interview interview(ApprovalRoute[] route) {
        LocalDate ruled = fate.closedOn();
        LocalDate held;
        if (breakInterview) {
            if (rng.nextBoolean()) {
                route[0] = ApprovalRoute.COLLEGIAL_PANEL_PRESIDENT;
                return null;
            }
            held = min(ruled.plusDays(1 + rng.nextInt(15)), today);
        } else {
            held = max(docketed, ruled.minusDays(rng.nextInt(16)));
        }
        InterviewMode mode = pickWeighted(InterviewMode.values(), 35, 40, 10, 15);
        CreditorOpinion opinion = pickWeighted(CreditorOpinion.values(), 55, 15, 10, 20);
        boolean signed = opinion == CreditorOpinion.AGREE && mode != InterviewMode.PHONE && rng.nextInt(10) < 7;
        route[0] = signed ? ApprovalRoute.CREDITOR_SIGNED : ApprovalRoute.COLLEGIAL_PANEL_PRESIDENT;
        String doc = document(DocumentKind.INTERVIEW_RECORD, "终本约谈笔录", held, DocumentVisibility.PARTY);
        return new Interview(held, mode, interviewTopics(breakTopics), opinion, signed, opinionText(opinion), doc);
    }

    private Interview openCaseInterview() {
        LocalDate held = max(docketed, today.minusDays(rng.nextInt(20)));
        CreditorOpinion opinion = pickWeighted(CreditorOpinion.values(), 55, 15, 10, 20);
        String doc = document(DocumentKind.INTERVIEW_RECORD, "终本约谈笔录", held, DocumentVisibility.PARTY);
        return new Interview(held, InterviewMode.PHONE, interviewTopics(chance(mix.interviewTopicsMissing())), opinion,
                Boolean.FALSE, opinionText(opinion), doc);
    }

    /** All five topics the creditor must be told (终本规定 Art. 5), or all but one when {@code omit}. */
    private List<InterviewTopic> interviewTopics(boolean omit) {
        InterviewTopic[] all = InterviewTopic.values();
        if (!omit) {
            return List.of(all);
        }
        List<InterviewTopic> topics = new ArrayList<>(List.of(all));
        topics.remove(1 + rng.nextInt(all.length - 1));
        return List.copyOf(topics);
    }

    private static String opinionText(CreditorOpinion opinion) {
        return switch (opinion) {
            case AGREE -> "申请执行人表示知悉案件执行情况，同意终结本次执行程序，发现财产线索后将及时申请恢复执行。";
            case DISAGREE -> "申请执行人不同意终结本次执行程序，要求法院继续查找被执行人财产并追究其拒执责任。";
            case CONDITIONAL -> "申请执行人同意终结本次执行程序，但要求法院继续冻结被执行人名下账户并按期续行。";
            case NO_OPINION -> "申请执行人经告知后未明确表示意见。";
        };
    }

    private Ruling ruling(ApprovalRoute route) {
        LocalDate ruled = fate.closedOn();
        LocalDate served = min(ruled.plusDays(1 + rng.nextInt(10)), today);
        boolean cannotDispose = assets.stream().anyMatch(a -> a.status() == AssetStatus.CANNOT_DISPOSE);
        boolean published = rng.nextInt(100) < 85;
        String url = published ? "https://wenshu.court.gov.cn/website/wenshu/181107ANFZ0BXSK4/index.html?docId="
                + Long.toHexString(rng.nextLong() | Long.MIN_VALUE) + Long.toHexString(rng.nextLong() | Long.MIN_VALUE)
                : null;
        String doc = document(DocumentKind.TERMINATION_RULING, "执行裁定书（终结本次执行程序）", ruled, DocumentVisibility.PARTY);
        return new Ruling(caseNumber, ruled, served, route,
                cannotDispose ? TerminationReason.PROPERTY_CANNOT_BE_DISPOSED : TerminationReason.NO_PROPERTY,
                List.of(RulingSection.values()), published, url, doc);
    }

    private DatabaseEntry databaseEntry(LocalDate served) {
        LocalDate entered = breakDatabase ? served.plusDays(8 + rng.nextInt(38)) : served.plusDays(1 + rng.nextInt(7));
        if (entered.isAfter(today)) {
            return null;
        }
        LocalDate shielded = null;
        ShieldReason reason = null;
        Resumption resumption = fate.resumption();
        if (resumption != null) {
            shielded = resumption.childDocketedOn();
            reason = ShieldReason.RESUMED;
        } else if (paidAfterOn != null) {
            // 终本规定 Art. 18: shielded within 3 days once the debt is paid
            LocalDate due = paidAfterOn.plusDays(3);
            shielded = !breakShielding ? paidAfterOn.plusDays(rng.nextInt(4))
                    : rng.nextInt(4) == 0 ? null : due.plusDays(1 + rng.nextInt(60));
            if (shielded != null && shielded.isAfter(today)) {
                shielded = null;
            }
            reason = shielded == null ? null : ShieldReason.PERFORMED;
        }
        return new DatabaseEntry(entered, shielded, reason, correctionRequested ? corrections(entered, shielded) : List.of());
    }

    /**
     * A party's request to correct the published entry (终本规定 Art. 14): decided within a fortnight; an error, when
     * confirmed, is corrected within 3 days of the decision (later, or never, in the {@code correctionLate} share).
     */
    private List<Correction> corrections(LocalDate entered, LocalDate shielded) {
        LocalDate latest = shielded == null ? today : min(today, shielded.minusDays(1));
        if (!latest.isAfter(entered)) {
            return List.of();
        }
        LocalDate requested = between(entered.plusDays(1), latest);
        LocalDate decided = requested.plusDays(1 + rng.nextInt(15));
        boolean confirmed = rng.nextInt(10) < 6;
        LocalDate corrected = null;
        if (decided.isAfter(today)) {
            return List.of(new Correction(requested, null, null, null));
        }
        if (confirmed) {
            LocalDate due = decided.plusDays(3);
            corrected = !breakCorrection ? decided.plusDays(rng.nextInt(4))
                    : rng.nextInt(4) == 0 ? null : due.plusDays(1 + rng.nextInt(30));
            if (corrected != null && corrected.isAfter(today)) {
                corrected = null;
            }
        }
        return List.of(new Correction(requested, decided, confirmed, corrected));
    }

    /**
     * The ten six-monthly inquiries after 终本 (终本规定 Art. 9 para. 2): one per due date up to today, stopping when
     * the case is resumed or its entry is shielded after the debt was paid.
     */
    private void followUps(DatabaseEntry entry) {
        LocalDate ruled = fate.closedOn();
        Resumption resumption = fate.resumption();
        // the duty ends when the case is resumed or the entry shielded after payment (FollowUpTracker.dutyStops)
        LocalDate stop = resumption != null ? resumption.childDocketedOn() : entry == null ? null : entry.shieldedOn();
        double lapse = mix.followUpLapseCases() == 0 ? 0 : mix.followUpLapse() / mix.followUpLapseCases();
        int empty = 0;
        for (int n = 1; n <= 10; n++) {
            LocalDate due = ruled.plusMonths(6L * n);
            if (due.isAfter(today) || (stop != null && !due.isBefore(stop))) {
                break;
            }
            LocalDate performed;
            FollowUpResult result = FollowUpResult.NOTHING_FOUND;
            boolean led = false;
            if (resumption != null && resumption.triggerSequence() == n) {
                performed = resumption.triggerPerformedOn();
                result = FollowUpResult.PROPERTY_FOUND;
                led = true;
            } else if (sloppyFollowUps && chance(lapse)) {
                if (rng.nextBoolean()) {
                    // missed: either never recorded or recorded as not done
                    if (rng.nextBoolean()) {
                        followUps.add(new FollowUp(n, null, null, null, null, Boolean.FALSE));
                    }
                    continue;
                }
                performed = due.plusDays(31 + rng.nextInt(120));
                if (performed.isAfter(today) || (stop != null && !performed.isBefore(stop))) {
                    continue;
                }
            } else {
                performed = between(due.minusDays(10), min(due.plusDays(7), today));
                if (stop != null && !performed.isBefore(stop)) {
                    performed = stop.minusDays(1);
                }
            }
            if (result == FollowUpResult.NOTHING_FOUND && chance(mix.foundNotResumed())) {
                // small new balance found but not worth resuming, the court thinks (P10 in domain.md §10.2)
                result = FollowUpResult.PROPERTY_FOUND;
            }
            String queryId = null;
            for (int d = 0; d < debtors.size(); d++) {
                String id = followUpQuery(debtors.get(d), performed, result == FollowUpResult.PROPERTY_FOUND && d == 0);
                if (d == 0) {
                    queryId = id;
                }
            }
            LocalDate notified = null;
            if (!chance(mix.creditorNotNotified())) {
                notified = min(performed.plusDays(1 + rng.nextInt(15)), today);
                document(DocumentKind.FOLLOW_UP_RESULT, "终本案件定期查询结果告知书（第" + NUMERALS.charAt(n - 1) + "次）", notified,
                        DocumentVisibility.PARTY);
            }
            followUps.add(new FollowUp(n, performed, queryId, result, notified, led));
            if (result == FollowUpResult.NOTHING_FOUND && ++empty == 2) {
                secondEmptyFollowUp = performed;
            }
        }
    }

    private String followUpQuery(Debtor debtor, LocalDate submitted, boolean found) {
        String id = "nq-" + (queries.size() + 1);
        List<QueryResult> results = new ArrayList<>(FOLLOW_UP_CATEGORIES.size());
        for (AssetCategory category : FOLLOW_UP_CATEGORIES) {
            if (category.naturalPersonsOnly() && !debtor.natural) {
                continue;
            }
            int hits = found && category == AssetCategory.BANK_DEPOSIT ? 1 : 0;
            LocalDate answered = min(submitted.plusDays(answerDelay(category)), today);
            results.add(new QueryResult(category, QueryReplyStatus.ANSWERED, answered, hits, INSTITUTIONS.get(category),
                    summary(category, hits)));
        }
        queries.add(new NetworkQuery(id, QueryChannel.NATIONAL, QueryPurpose.FOLLOW_UP, debtor.party.id(), submitted,
                List.copyOf(results), null));
        return id;
    }

    // ---------------------------------------------------------------- 失信 listings

    private void listings() {
        Debtor unlisted = null;
        if (breakListing) {
            for (Debtor debtor : debtors) {
                if (!debtor.grounds.isEmpty()) {
                    unlisted = debtor;
                    break;
                }
            }
            if (unlisted == null) {
                unlisted = debtors.get(rng.nextInt(debtors.size()));
                addGround(unlisted, DishonestGround.ABLE_BUT_REFUSES,
                        clampWindow(between(docketed.plusDays(10), end.minusDays(2))));
            }
        }
        ClosingMode mode = fate.mode();
        LocalDate ground = zhongben ? deletionGround() : null;
        for (Debtor debtor : debtors) {
            if (debtor.grounds.isEmpty() || debtor == unlisted) {
                continue;
            }
            LocalDate decided = debtor.lastGroundOn.plusDays(1 + rng.nextInt(15));
            if (zhongben) {
                // 终本规定 Art. 1(2): the listing is in place before the case is closed
                decided = min(decided, end.minusDays(1));
            } else if (decided.isAfter(end) || decided.isAfter(today)) {
                continue;
            }
            LocalDate published = min(decided.plusDays(1 + rng.nextInt(3)), today);
            boolean openEnded = debtor.grounds.size() == 1 && debtor.grounds.get(0) == DishonestGround.ABLE_BUT_REFUSES;
            LocalDate termEnds = openEnded ? null : decided.plusYears(2);
            LocalDate deleted = null;
            DishonestDeletionReason reason = null;
            if (mode == ClosingMode.FULLY_ENFORCED) {
                deleted = min(end.plusDays(1 + rng.nextInt(3)), today);
                reason = DishonestDeletionReason.PERFORMED;
            } else if (mode == ClosingMode.TERMINATED || mode == ClosingMode.NOT_ENFORCED) {
                deleted = min(end.plusDays(1 + rng.nextInt(3)), today);
                reason = mode == ClosingMode.TERMINATED ? DishonestDeletionReason.TERMINATED
                        : DishonestDeletionReason.NOT_ENFORCED;
            } else if (zhongben) {
                if (ground != null) {
                    // 失信规定 Art. 10(4): deleted within 3 working days of the second empty inquiry
                    LocalDate due = WorkingDays.plus(ground, DELETION_WORKING_DAYS);
                    LocalDate on = !breakDeletion ? between(ground, due)
                            : rng.nextInt(4) == 0 ? null : due.plusDays(1 + rng.nextInt(300));
                    if (on != null && !on.isAfter(today)) {
                        deleted = on;
                        reason = DishonestDeletionReason.ZHONGBEN_TWO_EMPTY_QUERIES;
                    }
                }
                if (paidAfterOn != null) {
                    LocalDate on = min(paidAfterOn.plusDays(rng.nextInt(4)), today);
                    if (deleted == null || on.isBefore(deleted)) {
                        deleted = on;
                        reason = DishonestDeletionReason.PERFORMED;
                    }
                }
            }
            if (termEnds != null && !termEnds.isAfter(today) && (deleted == null || termEnds.isBefore(deleted))) {
                deleted = termEnds;
                reason = DishonestDeletionReason.TERM_EXPIRED;
            }
            if (deleted != null && deleted.isBefore(decided)) {
                deleted = decided;
            }
            String number = suffixedNumber();
            document(DocumentKind.LISTING_DECISION, "决定书（" + number + "，纳入失信被执行人名单）", decided,
                    DocumentVisibility.PARTY);
            listings.add(new Listing("l-" + (listings.size() + 1), debtor.party.id(), List.copyOf(debtor.grounds),
                    decided, number, termEnds, published, deleted, reason));
        }
    }

    /**
     * The day the second follow-up inquiry after the ruling found nothing, unless a clue submitted after the ruling and
     * not found untrue came before it (FollowUpTracker.dishonestDeletionGround); null when the ground has not arisen.
     */
    private LocalDate deletionGround() {
        if (secondEmptyFollowUp == null) {
            return null;
        }
        LocalDate ruled = fate.closedOn();
        for (Clue clue : clues) {
            if (clue.submittedOn().isAfter(ruled) && !clue.submittedOn().isAfter(secondEmptyFollowUp)
                    && clue.result() != ClueResult.NOT_CONFIRMED) {
                return null;
            }
        }
        return secondEmptyFollowUp;
    }

    // ---------------------------------------------------------------- the rest

    private void suspensions() {
        if (fate.closedOn() == null) {
            if (daysBetween(docketed, today) > 40 && rng.nextInt(100) < 8) {
                suspensions.add(new Suspension(between(docketed.plusDays(20), today), null,
                        SUSPENSION_REASONS[rng.nextInt(SUSPENSION_REASONS.length)]));
            }
        } else if (daysBetween(docketed, end) > 60 && rng.nextInt(100) < 3) {
            LocalDate from = between(docketed.plusDays(10), end.minusDays(30));
            suspensions.add(new Suspension(from, between(from.plusDays(10), end.minusDays(1)),
                    SUSPENSION_REASONS[rng.nextInt(SUSPENSION_REASONS.length)]));
        }
    }

    private BankruptcyTransfer bankruptcyTransfer() {
        boolean companyDebtor = debtors.stream().anyMatch(d -> !d.natural);
        if (!companyDebtor || rng.nextInt(100) >= 3) {
            return null;
        }
        LocalDate transferred = fate.closedOn();
        LocalDate decided = transferred.plusDays(10 + rng.nextInt(21));
        if (decided.isAfter(today)) {
            return new BankruptcyTransfer(BankruptcyConsentBy.CREDITOR, transferred, court.bankruptcyCourt(), null,
                    BankruptcyOutcome.PENDING);
        }
        return new BankruptcyTransfer(BankruptcyConsentBy.CREDITOR, transferred, court.bankruptcyCourt(), decided,
                rng.nextInt(10) < 4 ? BankruptcyOutcome.ACCEPTED : BankruptcyOutcome.NOT_ACCEPTED);
    }

    /** The creditor objects to the 终本 ruling (终本规定 Art. 7), docketed as a 执异 case. */
    private void objection(Ruling ruling) {
        LocalDate served = ruling.servedOn();
        LocalDate filed = served.plusDays(5 + rng.nextInt(56));
        if (filed.isAfter(today)) {
            return;
        }
        LocalDate docketedOn = min(filed.plusDays(rng.nextInt(4)), today);
        // decided within 15 days of filing (民事诉讼法 Art. 236), later in the objectionLate share
        LocalDate decided = breakObjection ? filed.plusDays(16 + rng.nextInt(25))
                : docketedOn.plusDays(4 + rng.nextInt(9));
        LocalDate servedOn = decided.plusDays(1 + rng.nextInt(5));
        if (decided.isAfter(today)) {
            decided = null;
        }
        if (decided == null || servedOn.isAfter(today)) {
            servedOn = null;
        }
        CaseNumber number = CaseNumber.of(docketedOn.getYear(), court.code(), CaseType.ZHI_YI, objectionSequence);
        remedies.add(new Remedy("rem-1", ObjectionKind.OBJECTION, "终结本次执行程序裁定", filed, docketedOn, decided,
                decided == null ? null : rng.nextInt(10) < 9 ? ObjectionResult.REJECTED : ObjectionResult.UPHELD_NO_ACTION,
                servedOn, number.render()));
    }

    // ---------------------------------------------------------------- documents

    private String document(DocumentKind kind, String title, LocalDate issuedOn, DocumentVisibility visibility) {
        String id = "doc-" + (documents.size() + 1);
        if (caseAscii == null) {
            caseAscii = DemoPdf.ascii(caseNumber);
        }
        byte[] pdf = documentPdf(caseNumber, caseAscii, id, kind, title, issuedOn, visibility);
        documents.add(new Document(id, kind, title, issuedOn, visibility, DemoPdf.sha256(pdf), (long) pdf.length,
                "application/pdf"));
        return id;
    }

    /** The content of a document: a function of the case number and the document's own metadata only. */
    static byte[] documentPdf(String caseNumber, String id, DocumentKind kind, String title, LocalDate issuedOn,
            DocumentVisibility visibility) {
        return documentPdf(caseNumber, DemoPdf.ascii(caseNumber), id, kind, title, issuedOn, visibility);
    }

    private static byte[] documentPdf(String caseNumber, String caseAscii, String id, DocumentKind kind, String title,
            LocalDate issuedOn, DocumentVisibility visibility) {
        List<String> lines = List.of(
                "Zhongben creditor portal - demonstration document",
                "FICTITIOUS TEST DATA - not issued by any court",
                "",
                "Case number: " + caseAscii,
                "Document: " + id + "  " + (kind == null ? "-" : kind.name()),
                "Type: " + (kind == null ? "-" : kind.en()),
                "Issued on: " + (issuedOn == null ? "-" : issuedOn.toString()),
                "Visibility: " + (visibility == null ? "-" : visibility.name()));
        return DemoPdf.render(lines, title == null ? "" : title, caseNumber + " " + (kind == null ? "" : kind.zh()));
    }

    /** (2021)京0105执1234号之一, 之二 ... for rulings and decisions issued in the case. */
    private String suffixedNumber() {
        int n = ++rulingSuffix;
        String suffix = n <= 10 ? String.valueOf(NUMERALS.charAt(n - 1))
                : n < 20 ? "十" + NUMERALS.charAt(n - 11) : Integer.toString(n);
        return caseNumber + "之" + suffix;
    }

    // ---------------------------------------------------------------- randomness and dates

    private boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    private double gaussian() {
        // Box-Muller; SplittableRandom has no nextGaussian in Java 17
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[rng.nextInt(values.length)];
    }

    private int pickInt(int... values) {
        return values[rng.nextInt(values.length)];
    }

    /** Index drawn with the given weights. */
    private int pickWeighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = rng.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private <T> T pickWeighted(T[] values, int... weights) {
        return values[pickWeighted(weights)];
    }

    /** Uniform date in [from, to]; {@code to} when the range is empty, so that a date never passes its limit. */
    private LocalDate between(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? to : from.plusDays(rng.nextLong(span + 1));
    }

    private static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Map<AssetCategory, String> institutions() {
        Map<AssetCategory, String> map = new EnumMap<>(AssetCategory.class);
        map.put(AssetCategory.BANK_DEPOSIT, "全国性商业银行及地方银行（总对总）");
        map.put(AssetCategory.INTERNET_BANK, "浙江网商银行、深圳前海微众银行");
        map.put(AssetCategory.ONLINE_PAYMENT, "支付宝（中国）网络技术有限公司、财付通支付科技有限公司");
        map.put(AssetCategory.WEALTH_PRODUCT, "银行业理财登记托管中心");
        map.put(AssetCategory.SECURITIES, "中国证券登记结算有限责任公司");
        map.put(AssetCategory.FUND_UNITS, "中国证券登记结算有限责任公司");
        map.put(AssetCategory.INSURANCE_CASH_VALUE, "中国银行保险信息技术管理有限公司");
        map.put(AssetCategory.DIVIDENDS, "中国证券登记结算有限责任公司");
        map.put(AssetCategory.HOUSING_FUND, "住房公积金管理中心");
        map.put(AssetCategory.REAL_ESTATE, "自然资源部不动产登记信息管理基础平台");
        map.put(AssetCategory.VEHICLE, "公安部交通管理局");
        map.put(AssetCategory.VESSEL, "交通运输部海事局");
        map.put(AssetCategory.EQUITY, "国家市场监督管理总局");
        return map;
    }
}
