package org.zhongben.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;

class CaseFileInvariantsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void five_thousand_generated_files_satisfy_every_intake_invariant() {
        CaseFileGenerator generator = new CaseFileGenerator(20250630L, TODAY);
        List<String> problems = new ArrayList<>();
        generator.stream(0, 5_000).forEach(file -> problems.addAll(CaseFileInvariants.violations(file, TODAY)));
        assertThat(problems).isEmpty();
    }

    @Test
    void files_for_another_seed_and_reference_date_satisfy_them_too() {
        LocalDate today = LocalDate.of(2019, 2, 28);
        CaseFileGenerator generator = new CaseFileGenerator(-7L, today);
        List<String> problems = new ArrayList<>();
        generator.stream(1_000_000, 2_000).forEach(file -> problems.addAll(CaseFileInvariants.violations(file, today)));
        assertThat(problems).isEmpty();
    }

    @Test
    void a_fully_compliant_mix_also_satisfies_them() {
        CaseFileGenerator generator = new CaseFileGenerator(3L, TODAY, DemoMix.compliant());
        List<String> problems = new ArrayList<>();
        generator.stream(0, 2_000).forEach(file -> problems.addAll(CaseFileInvariants.violations(file, TODAY)));
        assertThat(problems).isEmpty();
    }

    @Test
    void every_closing_mode_and_open_cases_occur() {
        CaseFileGenerator generator = new CaseFileGenerator(11L, TODAY);
        List<ClosingMode> modes = generator.stream(0, 3_000).map(CaseFile::closingMode).distinct().toList();
        assertThat(modes).contains(ClosingMode.values()).contains((ClosingMode) null);
    }
}
