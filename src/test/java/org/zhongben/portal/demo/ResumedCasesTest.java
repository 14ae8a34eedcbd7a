package org.zhongben.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.vocabulary.CaseType;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.FollowUpResult;
import org.zhongben.portal.casefile.vocabulary.ShieldReason;

class ResumedCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    private final CaseFileGenerator generator = new CaseFileGenerator(31L, TODAY);

    @Test
    void resumed_cases_sit_in_the_slot_after_their_parent_and_reference_its_case_number() {
        int children = 0;
        for (long index = 0; index < 5_000; index++) {
            CaseFile file = generator.generate(index);
            CaseType type = CaseNumber.parse(file.caseNumber()).orElseThrow().type();
            if (type != CaseType.ZHI_HUI) {
                assertThat(file.parentCaseNumber()).isNull();
                continue;
            }
            children++;
            assertThat(CaseFileGenerator.isResumptionSlot(index)).isTrue();
            assertThat(generator.childIndexOf(index - 1)).hasValue(index);
            CaseFile parent = generator.generate(index - 1);
            assertThat(file.parentCaseNumber()).isEqualTo(parent.caseNumber());
            assertThat(parent.closingMode()).isEqualTo(ClosingMode.ZHONGBEN);
            assertThat(file.docketedOn()).isAfter(parent.ruling().ruledOn());
            assertThat(file.courtCode()).isEqualTo(parent.courtCode());
            assertThat(file.parties()).isEqualTo(parent.parties());
            assertThat(file.claimedAmount()).isEqualByComparingTo(parent.unperformedAmount());
            assertThat(parent.databaseEntry().shieldedOn()).isEqualTo(file.docketedOn());
            assertThat(parent.databaseEntry().shieldReason()).isEqualTo(ShieldReason.RESUMED);
            assertThat(parent.followUps())
                    .allMatch(f -> f.performedOn() == null || f.performedOn().isBefore(file.docketedOn()));
        }
        assertThat(children).isGreaterThan(100);
    }

    @Test
    void a_resumption_comes_either_from_a_follow_up_that_found_property_or_from_a_creditor_clue() {
        int byFollowUp = 0;
        int byClue = 0;
        for (long index = 4; index < 10_000; index += CaseFileGenerator.RESUMPTION_PERIOD) {
            CaseFile child = generator.generate(index);
            if (child.parentCaseNumber() == null) {
                continue;
            }
            CaseFile parent = generator.generate(index - 1);
            List<CaseFile.FollowUp> trigger = parent.followUps().stream()
                    .filter(f -> Boolean.TRUE.equals(f.ledToResumption())).toList();
            if (trigger.isEmpty()) {
                byClue++;
                assertThat(child.applicationReceivedOn()).isBefore(child.docketedOn());
                assertThat(child.clues()).anyMatch(c -> c.verifiedOn() != null && !c.verifiedOn().isAfter(child.docketedOn()));
            } else {
                byFollowUp++;
                assertThat(trigger).singleElement().satisfies(f -> {
                    assertThat(f.result()).isEqualTo(FollowUpResult.PROPERTY_FOUND);
                    assertThat(f.performedOn()).isBefore(child.docketedOn());
                });
            }
        }
        assertThat(byFollowUp).isPositive();
        assertThat(byClue).isPositive();
    }

    @Test
    void slots_whose_parent_is_not_resumed_hold_ordinary_first_enforcement_cases() {
        for (long index = 4; index < 2_000; index += CaseFileGenerator.RESUMPTION_PERIOD) {
            if (generator.childIndexOf(index - 1).isEmpty()) {
                CaseFile file = generator.generate(index);
                assertThat(file.parentCaseNumber()).isNull();
                assertThat(CaseNumber.parse(file.caseNumber()).orElseThrow().type()).isEqualTo(CaseType.ZHI);
            }
        }
    }
}
