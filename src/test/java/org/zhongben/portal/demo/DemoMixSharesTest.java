package org.zhongben.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;

class DemoMixSharesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private static final int COUNT = 5_000;
    private static final DemoMix MIX = DemoMix.defaults();

    private static CaseFileGenerator generator;
    private static List<CaseFile> files;
    private static List<CaseFile> zhongben;

    @BeforeAll
    static void generate() {
        generator = new CaseFileGenerator(20240101L, TODAY, MIX);
        files = generator.stream(0, COUNT).parallel().toList();
        zhongben = files.stream().filter(f -> f.closingMode() == ClosingMode.ZHONGBEN).toList();
    }

    @Test
    void closing_modes_of_first_enforcement_cases_follow_the_mix() {
        List<CaseFile> first = files.stream().filter(f -> f.parentCaseNumber() == null).toList();
        assertThat(share(first, f -> f.closingMode() == ClosingMode.ZHONGBEN)).isCloseTo(MIX.zhongben(), offset(0.03));
        assertThat(share(first, f -> f.closingMode() == ClosingMode.FULLY_ENFORCED))
                .isCloseTo(MIX.fullyEnforced(), offset(0.02));
        assertThat(share(first, f -> f.closingMode() == null)).isCloseTo(MIX.open(), offset(0.02));
        assertThat(share(first, f -> f.closingMode() != null && f.closingMode() != ClosingMode.ZHONGBEN
                && f.closingMode() != ClosingMode.FULLY_ENFORCED)).isCloseTo(MIX.otherClosed(), offset(0.015));
    }

    @Test
    void every_rule_breach_appears_in_about_its_share_of_zhongben_cases() {
        assertThat(zhongben).hasSizeGreaterThan(3_000);
        assertThat(share(zhongben, Breaches::tooEarly)).isCloseTo(MIX.tooEarly(), offset(0.02));
        assertThat(share(zhongben, Breaches::missingRestriction)).isCloseTo(MIX.missingRestriction(), offset(0.02));
        assertThat(share(zhongben, Breaches::unverifiedClue)).isCloseTo(MIX.unverifiedClue(), offset(0.02));
        assertThat(share(zhongben, Breaches::networkGap)).isCloseTo(MIX.networkGap(), offset(0.025));
        assertThat(share(zhongben, Breaches::noOnsite)).isCloseTo(MIX.noOnsite(), offset(0.025));
        assertThat(share(zhongben, Breaches::interviewLapse)).isCloseTo(MIX.interviewLapse(), offset(0.02));
        assertThat(share(zhongben, f -> Breaches.databaseLate(f, TODAY))).isCloseTo(MIX.databaseLate(), offset(0.02));
        assertThat(share(zhongben, Breaches::otherCannotDispose)).isCloseTo(MIX.otherCannotDispose(), offset(0.015));
        assertThat(share(zhongben, Breaches::unlistedGround)).isCloseTo(MIX.unlistedGround(), offset(0.015));
        List<CaseFile> interviewed = zhongben.stream().filter(f -> f.interview() != null).toList();
        assertThat(share(interviewed, Breaches::interviewTopicsMissing)).isCloseTo(MIX.interviewTopicsMissing(),
                offset(0.02));
    }

    @Test
    void listings_outlive_two_empty_follow_ups_in_about_the_dishonest_deletion_late_share() {
        List<CaseFile> due = zhongben.stream().filter(f -> {
            LocalDate ground = Breaches.dishonestDeletionGround(f);
            return ground != null && TODAY.isAfter(Breaches.dishonestDeletionDue(ground));
        }).toList();
        assertThat(due).hasSizeGreaterThan(800);
        assertThat(share(due, f -> Breaches.dishonestDeletionLate(f, TODAY))).isCloseTo(MIX.dishonestDeletionLate(),
                offset(0.04));
    }

    @Test
    void events_after_the_ruling_happen_in_about_their_share() {
        assertThat(share(zhongben, f -> !Breaches.cluesAfterRuling(f).isEmpty())).isCloseTo(MIX.postTerminationClue(),
                offset(0.015));
        List<CaseFile> entered = zhongben.stream().filter(f -> f.databaseEntry() != null).toList();
        assertThat(share(entered, f -> !Breaches.corrections(f).isEmpty())).isCloseTo(MIX.correction(), offset(0.01));
        List<CaseFile> notResumed = zhongben.stream().filter(f -> f.databaseEntry() == null
                || f.databaseEntry().shieldReason() != org.zhongben.portal.casefile.vocabulary.ShieldReason.RESUMED)
                .toList();
        assertThat(share(notResumed, f -> Breaches.paidAfterRuling(f) != null))
                .isCloseTo(MIX.paidAfterTermination(), offset(0.01));
        List<CaseFile.FollowUp> performed = zhongben.stream().flatMap(f -> f.followUps().stream())
                .filter(f -> f.performedOn() != null).toList();
        assertThat(share(performed, f -> f.result() == org.zhongben.portal.casefile.vocabulary.FollowUpResult.PROPERTY_FOUND
                && !Boolean.TRUE.equals(f.ledToResumption()))).isCloseTo(MIX.foundNotResumed(), offset(0.006));
    }

    /**
     * The breaches tied to rare events (a resumption after a follow-up, an objection, a correction, a payment or a
     * clue after the ruling) need a larger population: 60,000 files, streamed rather than kept.
     */
    @Test
    void breaches_after_rare_events_appear_in_about_their_share() {
        RareTally tally = LongStream.range(0, 60_000).parallel().mapToObj(RareTally::of)
                .reduce(new RareTally(), RareTally::plus);
        tally.assertShare("resumption after a follow-up", Rare.RESUMED_BY_FOLLOW_UP, Rare.RESUMED_LATE,
                MIX.resumptionLate(), 0.04);
        tally.assertShare("objection decided", Rare.OBJECTION_DUE, Rare.OBJECTION_LATE, MIX.objectionLate(), 0.05);
        tally.assertShare("confirmed error corrected", Rare.CORRECTION_DUE, Rare.CORRECTION_LATE,
                MIX.correctionLate(), 0.05);
        tally.assertShare("entry shielded after payment", Rare.SHIELDING_DUE, Rare.SHIELDING_LATE,
                MIX.shieldingLate(), 0.045);
        tally.assertShare("clue after the ruling verified", Rare.CLUE_DUE, Rare.CLUE_LATE,
                MIX.postTerminationClueLate(), 0.03);
    }

    private enum Rare {
        RESUMED_BY_FOLLOW_UP,
        RESUMED_LATE,
        OBJECTION_DUE,
        OBJECTION_LATE,
        CORRECTION_DUE,
        CORRECTION_LATE,
        SHIELDING_DUE,
        SHIELDING_LATE,
        CLUE_DUE,
        CLUE_LATE
    }

    /** Counts of the rare populations and their breaches in one file (and its 执恢 case), summed over files. */
    private static final class RareTally {
        private final long[] counts = new long[Rare.values().length];

        static RareTally of(long index) {
            RareTally tally = new RareTally();
            CaseFile file = generator.generate(index);
            if (file.closingMode() != ClosingMode.ZHONGBEN) {
                return tally;
            }
            java.util.OptionalLong child = generator.childIndexOf(index);
            if (child.isPresent() && file.followUps().stream().anyMatch(f -> Boolean.TRUE.equals(f.ledToResumption()))) {
                tally.count(Rare.RESUMED_BY_FOLLOW_UP, Rare.RESUMED_LATE,
                        Breaches.resumptionLate(file, generator.generate(child.getAsLong())));
            }
            for (CaseFile.Remedy remedy : file.remedies()) {
                if (TODAY.isAfter(remedy.filedOn().plusDays(15))) {
                    tally.count(Rare.OBJECTION_DUE, Rare.OBJECTION_LATE, Breaches.objectionLate(remedy, TODAY));
                }
            }
            for (CaseFile.Correction correction : Breaches.corrections(file)) {
                if (Boolean.TRUE.equals(correction.errorConfirmed()) && TODAY.isAfter(correction.decidedOn().plusDays(3))) {
                    tally.count(Rare.CORRECTION_DUE, Rare.CORRECTION_LATE, Breaches.correctionLate(correction, TODAY));
                }
            }
            LocalDate paid = Breaches.paidAfterRuling(file);
            if (paid != null && TODAY.isAfter(paid.plusDays(3))) {
                tally.count(Rare.SHIELDING_DUE, Rare.SHIELDING_LATE, Breaches.shieldingLate(file, TODAY));
            }
            for (CaseFile.Clue clue : Breaches.cluesAfterRuling(file)) {
                if (TODAY.isAfter(Breaches.verificationDue(clue))) {
                    tally.count(Rare.CLUE_DUE, Rare.CLUE_LATE, Breaches.clueLate(clue, TODAY));
                }
            }
            return tally;
        }

        private void count(Rare population, Rare breach, boolean breached) {
            counts[population.ordinal()]++;
            counts[breach.ordinal()] += breached ? 1 : 0;
        }

        RareTally plus(RareTally other) {
            RareTally sum = new RareTally();
            for (int i = 0; i < counts.length; i++) {
                sum.counts[i] = counts[i] + other.counts[i];
            }
            return sum;
        }

        void assertShare(String what, Rare population, Rare breach, double expected, double offset) {
            long n = counts[population.ordinal()];
            assertThat(n).as(what).isGreaterThan(300);
            assertThat((double) counts[breach.ordinal()] / n).as(what).isCloseTo(expected, offset(offset));
        }
    }

    @Test
    void about_a_fifth_of_due_follow_ups_lapse_and_only_in_the_sloppy_share_of_cases() {
        long due = 0;
        long lapsed = 0;
        long casesWithLapses = 0;
        long casesWithDueFollowUps = 0;
        for (CaseFile file : zhongben) {
            int owed = Breaches.dueFollowUps(file, TODAY).size();
            int lapses = 0;
            for (int n = 1; n <= owed; n++) {
                lapses += Breaches.followUpLapsed(file, n) ? 1 : 0;
            }
            due += owed;
            lapsed += lapses;
            casesWithDueFollowUps += owed > 0 ? 1 : 0;
            casesWithLapses += lapses > 0 ? 1 : 0;
        }
        assertThat(due).isGreaterThan(10_000);
        assertThat((double) lapsed / due).isCloseTo(MIX.followUpLapse(), offset(0.03));
        assertThat((double) casesWithLapses / casesWithDueFollowUps).isLessThanOrEqualTo(MIX.followUpLapseCases() + 0.02);
    }

    @Test
    void the_creditor_is_not_told_of_about_a_tenth_of_performed_follow_ups() {
        List<CaseFile.FollowUp> performed = zhongben.stream().flatMap(f -> f.followUps().stream())
                .filter(f -> f.performedOn() != null).toList();
        assertThat(share(performed, f -> f.creditorNotifiedOn() == null)).isCloseTo(MIX.creditorNotNotified(),
                offset(0.015));
    }

    @Test
    void about_a_tenth_of_zhongben_cases_are_resumed_and_some_resumed_cases_end_in_zhongben_again() {
        List<Long> parents = java.util.stream.LongStream.range(0, COUNT - 1)
                .filter(i -> files.get((int) i).closingMode() == ClosingMode.ZHONGBEN
                        && files.get((int) i).parentCaseNumber() == null)
                .boxed().toList();
        long resumed = parents.stream().filter(i -> generator.childIndexOf(i).isPresent()).count();
        assertThat((double) resumed / parents.size()).isCloseTo(MIX.resumed(), offset(0.03));

        List<CaseFile> children = files.stream().filter(f -> f.parentCaseNumber() != null).toList();
        assertThat(children).hasSize((int) resumed);
        long loops = children.stream().filter(f -> f.closingMode() == ClosingMode.ZHONGBEN).count();
        assertThat(loops).isPositive();
        assertThat((double) loops / children.size()).isBetween(0.1, MIX.resumedAgain() + 0.1);
    }

    @Test
    void a_compliant_mix_produces_no_breach_at_all() {
        LocalDate today = LocalDate.of(2024, 3, 15);
        List<CaseFile> compliant = new CaseFileGenerator(99L, today, DemoMix.compliant()).stream(0, 3_000).parallel()
                .filter(f -> f.closingMode() == ClosingMode.ZHONGBEN).toList();
        assertThat(compliant).hasSizeGreaterThan(1_500);
        assertThat(compliant).noneMatch(Breaches::tooEarly).noneMatch(Breaches::missingRestriction)
                .noneMatch(Breaches::unverifiedClue).noneMatch(Breaches::networkGap).noneMatch(Breaches::noOnsite)
                .noneMatch(Breaches::interviewLapse).noneMatch(f -> Breaches.databaseLate(f, today))
                .noneMatch(Breaches::otherCannotDispose).noneMatch(Breaches::unlistedGround)
                .noneMatch(Breaches::interviewTopicsMissing).noneMatch(f -> Breaches.dishonestDeletionLate(f, today))
                .noneMatch(f -> Breaches.paidAfterRuling(f) != null && Breaches.shieldingLate(f, today))
                .allMatch(f -> Breaches.foundNotResumed(f).isEmpty())
                .allMatch(f -> Breaches.cluesAfterRuling(f).stream().noneMatch(c -> Breaches.clueLate(c, today)))
                .allMatch(f -> f.remedies().stream().noneMatch(r -> Breaches.objectionLate(r, today)))
                .allMatch(f -> Breaches.corrections(f).stream().filter(c -> Boolean.TRUE.equals(c.errorConfirmed()))
                        .noneMatch(c -> Breaches.correctionLate(c, today)));
        for (CaseFile file : compliant) {
            int owed = Breaches.dueFollowUps(file, today).size();
            for (int n = 1; n <= owed; n++) {
                assertThat(Breaches.followUpLapsed(file, n)).as(file.caseNumber() + " follow-up " + n).isFalse();
            }
            assertThat(file.followUps()).allMatch(f -> f.creditorNotifiedOn() != null);
        }
        CaseFileGenerator compliantGenerator = new CaseFileGenerator(99L, today, DemoMix.compliant());
        int resumed = 0;
        for (long index = 4; index < 3_000; index += CaseFileGenerator.RESUMPTION_PERIOD) {
            CaseFile child = compliantGenerator.generate(index);
            if (child.parentCaseNumber() != null) {
                resumed++;
                assertThat(Breaches.resumptionLate(compliantGenerator.generate(index - 1), child))
                        .as(child.caseNumber()).isFalse();
            }
        }
        assertThat(resumed).isPositive();
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return (double) items.stream().filter(test).count() / items.size();
    }
}
