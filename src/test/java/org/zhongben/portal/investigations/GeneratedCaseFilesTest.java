package org.zhongben.portal.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.AssetCategory;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.PartyKind;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.demo.CaseFileGenerator;
import org.zhongben.portal.demo.DemoMix;

/** The builders over thousands of realistic generated files: no exception, and their invariants hold. */
class GeneratedCaseFilesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    private static final Set<String> CONTROL_STATES = Set.of("LIFTED", "EXPIRED", "EXPIRING", "ACTIVE");

    @Test
    void the_grid_and_the_record_build_for_three_thousand_generated_files_in_both_languages() {
        List<CaseFile> files = new CaseFileGenerator(20261128L, TODAY).stream(0, 3_000).parallel().toList();
        files.parallelStream().forEach(file -> {
            for (Locale locale : LOCALES) {
                checkGrid(file, CoverageGrid.of(file, locale));
                checkRecord(file, InvestigationRecord.of(file, TODAY, locale));
            }
        });
    }

    @Test
    void a_compliant_court_leaves_no_gap_in_the_required_categories() {
        List<CaseFile> zhongben = new CaseFileGenerator(7L, TODAY, DemoMix.compliant()).stream(0, 1_500)
                .filter(f -> f.closingMode() == ClosingMode.ZHONGBEN).toList();
        assertThat(zhongben).hasSizeGreaterThan(500);
        for (CaseFile file : zhongben) {
            CoverageGrid grid = CoverageGrid.of(file, Locale.SIMPLIFIED_CHINESE);
            assertThat(grid.summary().gaps()).as(file.caseNumber()).isZero();
            assertThat(grid.summary().pending()).as(file.caseNumber()).isZero();
        }
    }

    @Test
    void a_court_that_breaks_the_rules_shows_gaps_in_some_files() {
        long withGaps = new CaseFileGenerator(8L, TODAY).stream(0, 1_500)
                .filter(f -> f.closingMode() == ClosingMode.ZHONGBEN)
                .filter(f -> CoverageGrid.of(f, Locale.ENGLISH).summary().gaps() > 0).count();
        assertThat(withGaps).isPositive();
    }

    @Test
    void empty_and_sparse_case_files_do_not_break_the_builders() {
        for (String json : List.of("{}", SampleFiles.SPARSE)) {
            CaseFile file = SampleFiles.read(json);
            for (Locale locale : LOCALES) {
                CoverageGrid grid = CoverageGrid.of(file, locale);
                assertThat(grid.rows()).hasSize(AssetCategory.values().length);
                InvestigationRecord record = InvestigationRecord.of(file, TODAY, locale);
                assertThat(record.documents()).isEmpty();
                assertThat(record.hiddenDocuments()).isEqualTo(file.documents().size());
            }
        }
    }

    private static void checkGrid(CaseFile file, CoverageGrid grid) {
        boolean organisations = file.parties().stream().filter(p -> p.role() == PartyRole.DEBTOR)
                .allMatch(p -> p.kind() != PartyKind.NATURAL_PERSON);
        assertThat(grid.naturalPersonRowsDropped()).as(file.caseNumber()).isEqualTo(organisations);
        assertThat(grid.rows()).hasSize(AssetCategory.values().length - (organisations ? 2 : 0));
        assertThat(grid.channels()).hasSize(4);
        int checked = 0;
        for (CoverageGrid.Row row : grid.rows()) {
            assertThat(row.cells()).hasSize(4);
            assertThat(row.checked()).isNotEqualTo(row.neverChecked());
            assertThat(row.category().label()).isNotBlank();
            if (row.gap()) {
                assertThat(row.required()).isTrue();
            }
            checked += row.checked() ? 1 : 0;
            for (CoverageGrid.Cell cell : row.cells()) {
                for (CoverageGrid.Finding finding : cell.findings()) {
                    assertThat(finding.sourceId()).isNotNull();
                    assertThat(finding.outcome().label()).isNotBlank();
                }
                assertThat(cell.findings()).extracting(CoverageGrid.Finding::date)
                        .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
            }
        }
        assertThat(grid.summary().checked()).isEqualTo(checked);
        assertThat(grid.summary().checked() + grid.summary().neverChecked()).isEqualTo(grid.rows().size());
        long followUpQueries = file.networkQueries().stream()
                .filter(q -> q.purpose() == org.zhongben.portal.casefile.vocabulary.QueryPurpose.FOLLOW_UP).count();
        assertThat(grid.followUpFindings()).hasSize((int) followUpQueries);
    }

    private static void checkRecord(CaseFile file, InvestigationRecord record) {
        assertThat(record.measures()).hasSameSizeAs(file.measures());
        assertThat(record.networkQueries()).hasSameSizeAs(file.networkQueries());
        assertThat(record.clues()).hasSameSizeAs(file.clues());
        assertThat(record.controls()).hasSameSizeAs(file.controls());
        assertThat(record.documents().size() + record.hiddenDocuments()).isEqualTo(file.documents().size());
        assertThat(record.documents()).allSatisfy(d -> assertThat(d.visibility().code()).isIn("PUBLIC", "PARTY"));
        assertThat(record.measures()).extracting(InvestigationRecord.MeasureView::date)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
        for (InvestigationRecord.ControlView control : record.controls()) {
            assertThat(control.state().code()).isIn(CONTROL_STATES);
            assertThat(control.maxTermMonths()).isNotNull();
            // the generator gives every measure exactly its maximum term
            assertThat(control.termExceedsMaximum()).as(file.caseNumber()).isFalse();
        }
        for (InvestigationRecord.ClueView clue : record.clues()) {
            assertThat(clue.verification()).isNotNull();
        }
        if (file.interview() != null) {
            assertThat(record.interview().topicsTold().size() + record.interview().topicsNotTold().size())
                    .isEqualTo(5);
        }
    }
}
