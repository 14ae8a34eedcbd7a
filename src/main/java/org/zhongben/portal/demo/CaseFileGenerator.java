package org.zhongben.portal.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.vocabulary.CaseType;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.demo.CaseAssembler.Fate;
import org.zhongben.portal.demo.CaseAssembler.Resumption;

/**
 * Deterministic generator of realistic, fictitious enforcement case files for demos, load tests and the compliance
 * engine. {@link #generate(long)} is a pure function of (seed, index, today, mix): each index has its own random
 * stream, so files can be generated in any order, in parallel, or streamed by the million.
 * <p>
 * <b>Resumed cases (执恢).</b> Every {@value #RESUMPTION_PERIOD}th index ({@code index % 5 == 4}) is a resumption
 * slot. If the case at {@code index - 1} is a 终本 case that the generator decided to resume, the slot holds its 执恢
 * case: same court and parties, {@code parentCaseNumber} set, docketed after the parent's ruling. Otherwise the slot
 * holds an ordinary first-enforcement case. Generating a child regenerates its parent, which is cheap and keeps
 * every index independent.
 * <p>
 * <b>Case numbers.</b> Each index owns a distinct (court, running number) pair: indices are dealt out to courts in
 * blocks in proportion to the courts' weights, shuffled within each block by the seed. The running number is turned
 * into a plausible five-digit sequence (a bijection on 1..60000, then plain numbers above), so numbers never repeat
 * within a court and type for indices below {@link #maxIndex()}.
 */
public final class CaseFileGenerator {

    /** One index in this many is a resumption slot for the index before it. */
    public static final int RESUMPTION_PERIOD = 5;

    private static final long FATE_STREAM = 1;
    private static final long BODY_STREAM = 2;
    private static final long SLOT_STREAM = 3;
    private static final long LOW_SEQUENCES = 60_000;
    private static final long SEQUENCE_STRIDE = 7_919;
    private static final long MAX_SEQUENCE = 9_999_999;
    /** share of resumable 终本 parents whose ruling is old enough for a resumption (estimated from the date ranges) */
    private static final double RESUMABLE = 0.9;

    private static final List<DemoCourt> COURTS = DemoCourts.all();
    private static final int BLOCK;
    private static final int[] SLOT_COURT;
    private static final int[] SLOT_RANK;
    private static final long MULTIPLIER;
    private static final long MAX_INDEX;

    static {
        int width = 0;
        int heaviest = 0;
        for (DemoCourt court : COURTS) {
            width += court.weight();
            heaviest = Math.max(heaviest, court.weight());
        }
        BLOCK = width;
        SLOT_COURT = new int[width];
        SLOT_RANK = new int[width];
        int slot = 0;
        for (int c = 0; c < COURTS.size(); c++) {
            for (int rank = 0; rank < COURTS.get(c).weight(); rank++) {
                SLOT_COURT[slot] = c;
                SLOT_RANK[slot++] = rank;
            }
        }
        long multiplier = (long) (width * 0.618);
        while (gcd(multiplier, width) != 1) {
            multiplier++;
        }
        MULTIPLIER = multiplier;
        MAX_INDEX = (MAX_SEQUENCE / heaviest) * width;
    }

    private final long seed;
    private final LocalDate today;
    private final DemoMix mix;
    private final double resumeProbability;

    /**
     * @param seed selects the data set
     * @param today the reference date: nothing generated lies after it (expiry dates and terms aside)
     * @param mix shares of closing modes and rule breaches
     */
    public CaseFileGenerator(long seed, LocalDate today, DemoMix mix) {
        this.seed = seed;
        this.today = Objects.requireNonNull(today, "today");
        this.mix = Objects.requireNonNull(mix, "mix");
        if (today.getYear() < 2005 || today.getYear() > 2190) {
            throw new IllegalArgumentException("today must lie between 2005 and 2190: " + today);
        }
        // children per 执 终本 case = share; see the class comment for the slot scheme
        this.resumeProbability = Math.min(1,
                RESUMPTION_PERIOD * mix.resumed() / (RESUMABLE * (1 + mix.resumed() * mix.zhongben())));
    }

    public CaseFileGenerator(long seed, LocalDate today) {
        this(seed, today, DemoMix.defaults());
    }

    public long seed() {
        return seed;
    }

    public LocalDate today() {
        return today;
    }

    public DemoMix mix() {
        return mix;
    }

    /** Indices from 0 up to (excluding) this value have distinct case numbers. */
    public static long maxIndex() {
        return MAX_INDEX;
    }

    /** Whether {@code index} is reserved for the 执恢 case of {@code index - 1} (when that case is resumed). */
    public static boolean isResumptionSlot(long index) {
        return index % RESUMPTION_PERIOD == RESUMPTION_PERIOD - 1;
    }

    /** The index of the 执恢 case that resumes the case at {@code index}, if the generator resumes it. */
    public OptionalLong childIndexOf(long index) {
        checkIndex(index);
        if (!isResumptionSlot(index + 1) || index + 1 >= MAX_INDEX) {
            return OptionalLong.empty();
        }
        return fate(index).resumption() == null ? OptionalLong.empty() : OptionalLong.of(index + 1);
    }

    /** The case file at {@code index}; the same inputs always give an equal file. */
    public CaseFile generate(long index) {
        checkIndex(index);
        if (isResumptionSlot(index)) {
            Fate parentFate = fate(index - 1);
            if (parentFate.resumption() != null) {
                return resumed(index, parentFate);
            }
        }
        Allocation allocation = allocate(index);
        return first(index, fate(index), allocation);
    }

    /** {@code count} files from index {@code from}, lazily; call {@code parallel()} on it to use every core. */
    public Stream<CaseFile> stream(long from, long count) {
        if (from < 0 || count < 0 || from > MAX_INDEX - count) {
            throw new IllegalArgumentException("indices must lie in [0, " + MAX_INDEX + "): " + from + " + " + count);
        }
        return LongStream.range(from, from + count).mapToObj(this::generate);
    }

    /**
     * The bytes of document {@code documentId} of {@code file}: a small PDF whose SHA-256 and size match the
     * document's metadata. Depends only on the file's case number and the document's metadata.
     */
    public byte[] documentContent(CaseFile file, String documentId) {
        for (CaseFile.Document document : file.documents()) {
            if (document.id().equals(documentId)) {
                return CaseAssembler.documentPdf(file.caseNumber(), document.id(), document.kind(), document.title(),
                        document.issuedOn(), document.visibility());
            }
        }
        throw new IllegalArgumentException("no document " + documentId + " in " + file.caseNumber());
    }

    // ---------------------------------------------------------------- first enforcement and resumed cases

    private CaseFile first(long index, Fate fate, Allocation allocation) {
        String number = CaseNumber.of(fate.docketedOn().getYear(), allocation.court().code(), CaseType.ZHI,
                sequence(allocation, CaseType.ZHI)).render();
        return new CaseAssembler(rng(index, BODY_STREAM), today, mix, allocation.court(), number, fate, null, null,
                sequence(allocation, CaseType.ZHI_YI)).assemble();
    }

    private CaseFile resumed(long index, Fate parentFate) {
        long parentIndex = index - 1;
        Allocation allocation = allocate(parentIndex);
        CaseFile parent = first(parentIndex, parentFate, allocation);
        Resumption origin = parentFate.resumption();
        Fate fate = resumedFate(index, origin.childDocketedOn());
        // the parent's (court, running number) pair is unique, so its 执恢 and 执异 numbers are too
        String number = CaseNumber.of(fate.docketedOn().getYear(), allocation.court().code(), CaseType.ZHI_HUI,
                sequence(allocation, CaseType.ZHI_HUI)).render();
        return new CaseAssembler(rng(index, BODY_STREAM), today, mix, allocation.court(), number, fate, parent, origin,
                sequence(allocation, CaseType.ZHI_YI)).assemble();
    }

    /** How the case at {@code index} ends, drawn from its own stream so a resumption slot can read it cheaply. */
    Fate fate(long index) {
        SplittableRandom rng = rng(index, FATE_STREAM);
        double u = rng.nextDouble();
        if (u < mix.zhongben()) {
            LocalDate docketed = today.minusDays(130 + rng.nextInt(2791));
            Fate fate = zhongbenFate(rng, docketed);
            boolean resumable = isResumptionSlot(index + 1) && index + 1 < MAX_INDEX
                    && !fate.closedOn().isAfter(today.minusDays(200));
            if (resumable && rng.nextDouble() < resumeProbability) {
                return new Fate(fate.mode(), docketed, fate.closedOn(), fate.tooEarly(), resumption(rng, fate.closedOn()));
            }
            return fate;
        }
        if (u < mix.zhongben() + mix.fullyEnforced()) {
            LocalDate docketed = today.minusDays(60 + rng.nextInt(2861));
            return closedFate(ClosingMode.FULLY_ENFORCED, docketed, 15 + rng.nextInt(286));
        }
        if (u < mix.zhongben() + mix.fullyEnforced() + mix.otherClosed()) {
            int roll = rng.nextInt(10);
            ClosingMode mode = roll < 7 ? ClosingMode.TERMINATED
                    : roll == 7 ? ClosingMode.NOT_ENFORCED : roll == 8 ? ClosingMode.CANCELLED : ClosingMode.REJECTED;
            LocalDate docketed = today.minusDays(30 + rng.nextInt(2891));
            return closedFate(mode, docketed, 5 + rng.nextInt(196));
        }
        return new Fate(null, today.minusDays(3 + rng.nextInt(718)), null, false, null);
    }

    private Fate resumedFate(long index, LocalDate docketed) {
        SplittableRandom rng = rng(index, FATE_STREAM);
        long available = ChronoUnit.DAYS.between(docketed, today);
        double u = rng.nextDouble();
        if (u < mix.resumedAgain() && available >= 130) {
            return zhongbenFate(rng, docketed);
        }
        if (u < mix.resumedAgain() + (1 - mix.resumedAgain()) * 0.55 && available >= 20) {
            return closedFate(ClosingMode.FULLY_ENFORCED, docketed, 15 + rng.nextInt((int) Math.min(226, available - 15)));
        }
        return new Fate(null, docketed, null, false, null);
    }

    private Fate closedFate(ClosingMode mode, LocalDate docketed, int days) {
        LocalDate closed = docketed.plusDays(days);
        if (!closed.isBefore(today)) {
            closed = today.minusDays(1);
        }
        return new Fate(mode, docketed, closed.isBefore(docketed) ? docketed : closed, false, null);
    }

    /**
     * 终本 date: normally three months and a week or more after docketing (skewed towards the early months), at
     * least 30 days before today; in the "too early" share between 40 days and just under three months.
     */
    private Fate zhongbenFate(SplittableRandom rng, LocalDate docketed) {
        boolean early = rng.nextDouble() < mix.tooEarly();
        LocalDate closed;
        if (early) {
            long limit = ChronoUnit.DAYS.between(docketed, docketed.plusMonths(3));
            closed = docketed.plusDays(40 + rng.nextLong(limit - 41));
        } else {
            closed = docketed.plusMonths(3).plusDays(7 + (long) (Math.pow(rng.nextDouble(), 1.7) * 260));
            LocalDate latest = today.minusDays(30);
            if (closed.isAfter(latest)) {
                closed = latest;
            }
        }
        return new Fate(ClosingMode.ZHONGBEN, docketed, closed, early, null);
    }

    /**
     * Half the resumptions follow a follow-up inquiry that found property, half a creditor's new clue. After an
     * inquiry the 执恢 case is docketed within 30 days, in the {@link DemoMix#resumptionLate()} share later.
     */
    private Resumption resumption(SplittableRandom rng, LocalDate ruled) {
        if (rng.nextBoolean()) {
            boolean late = rng.nextDouble() < mix.resumptionLate();
            int delay = late ? 31 + rng.nextInt(90) : 5 + rng.nextInt(26);
            int margin = Math.max(45, 8 + delay);
            int feasible = 0;
            for (int n = 1; n <= 10; n++) {
                if (!ruled.plusMonths(6L * n).plusDays(margin).isAfter(today)) {
                    feasible = n;
                }
            }
            if (feasible > 0) {
                int n = 1 + rng.nextInt(feasible);
                LocalDate performed = ruled.plusMonths(6L * n).plusDays(rng.nextInt(8));
                return new Resumption(performed.plusDays(delay), n, performed);
            }
        }
        LocalDate from = ruled.plusDays(60);
        long span = ChronoUnit.DAYS.between(from, today.minusDays(5));
        return new Resumption(from.plusDays(rng.nextLong(span + 1)), 0, null);
    }

    // ---------------------------------------------------------------- courts and sequence numbers

    /** The court an index files at and its running number there (unique per court). */
    record Allocation(DemoCourt court, int courtIndex, long serial) {
    }

    Allocation allocate(long index) {
        long block = index / BLOCK;
        long position = index % BLOCK;
        long offset = Math.floorMod(mix64(seed ^ mix64(block + SLOT_STREAM * 0x9E3779B97F4A7C15L)), (long) BLOCK);
        int slot = (int) ((position * MULTIPLIER + offset) % BLOCK);
        int court = SLOT_COURT[slot];
        return new Allocation(COURTS.get(court), court, block * COURTS.get(court).weight() + SLOT_RANK[slot]);
    }

    private long sequence(Allocation allocation, CaseType type) {
        long serial = allocation.serial();
        if (serial < LOW_SEQUENCES) {
            long offset = Math.floorMod(mix64(seed + 31L * allocation.courtIndex() + 1_000_003L * type.ordinal()),
                    LOW_SEQUENCES);
            return 1 + (serial * SEQUENCE_STRIDE + offset) % LOW_SEQUENCES;
        }
        return serial + 1;
    }

    private SplittableRandom rng(long index, long stream) {
        return new SplittableRandom(seed ^ mix64(mix64(index) + stream * 0x9E3779B97F4A7C15L));
    }

    private static void checkIndex(long index) {
        if (index < 0 || index >= MAX_INDEX) {
            throw new IllegalArgumentException("index must lie in [0, " + MAX_INDEX + "): " + index);
        }
    }

    /** SplitMix64 finaliser: spreads consecutive indices over the whole seed space. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
