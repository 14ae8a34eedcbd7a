package org.zhongben.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

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
                .noneMatch(Breaches::otherCannotDispose).noneMatch(Breaches::unlistedGround);
        for (CaseFile file : compliant) {
            int owed = Breaches.dueFollowUps(file, today).size();
            for (int n = 1; n <= owed; n++) {
                assertThat(Breaches.followUpLapsed(file, n)).as(file.caseNumber() + " follow-up " + n).isFalse();
            }
            assertThat(file.followUps()).allMatch(f -> f.creditorNotifiedOn() != null);
        }
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return (double) items.stream().filter(test).count() / items.size();
    }
}
