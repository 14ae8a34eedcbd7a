package org.zhongben.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.CaseFile;

class CaseFileGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void the_same_seed_index_and_date_give_an_equal_file() {
        CaseFileGenerator first = new CaseFileGenerator(99L, TODAY);
        CaseFileGenerator second = new CaseFileGenerator(99L, TODAY);
        for (long index : new long[] { 0, 1, 3, 4, 17, 12_345, 9_999_999 }) {
            assertThat(second.generate(index)).isEqualTo(first.generate(index));
        }
    }

    @Test
    void a_file_does_not_depend_on_the_order_in_which_files_are_generated() {
        CaseFileGenerator generator = new CaseFileGenerator(7L, TODAY);
        List<CaseFile> ascending = generator.stream(500, 300).toList();

        CaseFileGenerator fresh = new CaseFileGenerator(7L, TODAY);
        List<CaseFile> descending = new ArrayList<>();
        for (long index = 799; index >= 500; index--) {
            descending.add(fresh.generate(index));
        }
        Collections.reverse(descending);
        List<CaseFile> parallel = new CaseFileGenerator(7L, TODAY).stream(500, 300).parallel().toList();

        assertThat(descending).isEqualTo(ascending);
        assertThat(parallel).isEqualTo(ascending);
    }

    @Test
    void stream_yields_the_files_generate_gives_for_each_index() {
        CaseFileGenerator generator = new CaseFileGenerator(5L, TODAY);
        List<CaseFile> streamed = generator.stream(40, 25).toList();
        List<CaseFile> one = LongStream.range(40, 65).mapToObj(generator::generate).toList();
        assertThat(streamed).isEqualTo(one);
    }

    @Test
    void another_seed_or_reference_date_gives_other_files() {
        CaseFile base = new CaseFileGenerator(1L, TODAY).generate(10);
        assertThat(new CaseFileGenerator(2L, TODAY).generate(10)).isNotEqualTo(base);
        assertThat(new CaseFileGenerator(1L, TODAY.minusDays(1)).generate(10)).isNotEqualTo(base);
    }

    @Test
    void case_numbers_never_repeat_within_a_data_set() {
        CaseFileGenerator generator = new CaseFileGenerator(123L, TODAY);
        Set<String> numbers = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        generator.stream(0, 20_000).parallel().map(CaseFile::caseNumber).collect(Collectors.toList())
                .forEach(number -> {
                    if (!numbers.add(number)) {
                        repeated.add(number);
                    }
                });
        assertThat(repeated).isEmpty();
    }

    @Test
    void objection_case_numbers_never_repeat_within_a_data_set() {
        CaseFileGenerator generator = new CaseFileGenerator(123L, TODAY);
        List<String> numbers = generator.stream(0, 20_000).parallel()
                .flatMap(file -> file.remedies().stream().map(CaseFile.Remedy::caseNumber)).toList();
        assertThat(numbers).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void case_numbers_name_the_file_court_and_courts_are_real_demo_courts() {
        Set<String> codes = DemoCourts.all().stream().map(DemoCourt::code).collect(Collectors.toSet());
        new CaseFileGenerator(8L, TODAY).stream(0, 2_000).forEach(file -> {
            assertThat(codes).contains(file.courtCode());
            assertThat(file.caseNumber()).startsWith("(" + file.docketedOn().getYear() + ")" + file.courtCode() + "执");
        });
    }

    @Test
    void indices_outside_the_supported_range_and_odd_dates_are_refused() {
        CaseFileGenerator generator = new CaseFileGenerator(1L, TODAY);
        assertThatThrownBy(() -> generator.generate(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.generate(CaseFileGenerator.maxIndex()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> generator.stream(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseFileGenerator(1L, LocalDate.of(1999, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CaseFileGenerator.maxIndex()).isGreaterThan(100_000_000L);
    }

    @Test
    void the_last_supported_index_still_gets_a_valid_file() {
        long last = CaseFileGenerator.maxIndex() - 1;
        CaseFile file = new CaseFileGenerator(1L, TODAY).generate(last);
        assertThat(CaseFileInvariants.violations(file, TODAY)).isEmpty();
    }
}
