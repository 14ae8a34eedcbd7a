package org.zhongben.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CreditCode;
import org.zhongben.portal.casefile.ResidentIdNumber;
import org.zhongben.portal.casefile.vocabulary.IdType;

class DemoIdentifiersTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void resident_ids_carry_a_valid_check_character_the_birth_date_and_the_sex() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(rng.nextInt(20_000));
            boolean male = rng.nextBoolean();
            String id = DemoIdentifiers.residentId(rng, "440703", birth, male);
            assertThat(ResidentIdNumber.isValid(id)).as(id).isTrue();
            assertThat(id).startsWith("440703");
            assertThat(ResidentIdNumber.birthDate(id)).isEqualTo(birth);
            assertThat((id.charAt(16) - '0') % 2 == 1).isEqualTo(male);
        }
    }

    @Test
    void credit_codes_carry_valid_check_characters_for_the_code_and_the_organisation_code() {
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < 10_000; i++) {
            String code = DemoIdentifiers.creditCode(rng, "330782");
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            assertThat(code).startsWith("91330782");
            assertThat(code.charAt(16)).isEqualTo(DemoIdentifiers.organisationCheck(code.substring(8, 16)));
        }
    }

    @Test
    void the_organisation_code_check_matches_the_standard_example() {
        // GB 11714 worked example: D2143569-X
        assertThat(DemoIdentifiers.organisationCheck("D2143569")).isEqualTo('X');
    }

    @Test
    void parties_are_identified_by_valid_numbers_from_the_court_province() {
        Map<String, String> provinceDigits = DemoCourts.all().stream()
                .collect(Collectors.toMap(DemoCourt::code, c -> c.seat().code().substring(0, 2)));
        Set<String> regions = DemoCourts.all().stream().flatMap(c -> c.regions().stream())
                .map(DemoCourt.Region::code).collect(Collectors.toSet());
        new CaseFileGenerator(77L, TODAY).stream(0, 3_000).forEach(file -> {
            for (CaseFile.Party party : file.parties()) {
                String id = party.idNumber();
                assertThat(regions).as(id).contains(party.idType() == IdType.USCC ? id.substring(2, 8) : id.substring(0, 6));
                if (party.idType() == IdType.RESIDENT_ID) {
                    assertThat(ResidentIdNumber.isValid(id)).as(id).isTrue();
                    assertThat(id).startsWith(provinceDigits.get(file.courtCode()));
                    int age = Period.between(ResidentIdNumber.birthDate(id), file.docketedOn()).getYears();
                    assertThat(age).as(id).isBetween(18, 80);
                } else {
                    assertThat(party.idType()).isEqualTo(IdType.USCC);
                    assertThat(CreditCode.isValid(id)).as(id).isTrue();
                    assertThat(id).startsWith("91" + provinceDigits.get(file.courtCode()));
                }
            }
        });
    }

    @Test
    void names_look_chinese_and_companies_and_banks_have_their_usual_suffixes() {
        new CaseFileGenerator(78L, TODAY).stream(0, 1_000).flatMap(f -> f.parties().stream()).forEach(party -> {
            if (party.idType() == IdType.RESIDENT_ID) {
                assertThat(party.name()).matches("\\p{IsHan}{2,4}");
            } else {
                assertThat(party.name()).matches("\\p{IsHan}+(有限公司|有限责任公司|支行|分公司)");
            }
        });
    }
}
