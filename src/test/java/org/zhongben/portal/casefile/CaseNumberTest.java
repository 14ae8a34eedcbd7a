package org.zhongben.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhongben.portal.casefile.vocabulary.CaseType;

class CaseNumberTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "(2023)京0105执1234号, 2023, 京0105, ZHI, 1234",
            "(2023)京0105执恢77号, 2023, 京0105, ZHI_HUI, 77",
            "(2019)豫01执983号, 2019, 豫01, ZHI, 983",
            "(2021)最高法执监501号, 2021, 最高法, ZHI_JIAN, 501",
            "(2021)豫01执异689号, 2021, 豫01, ZHI_YI, 689",
            "(2022)粤执复12号, 2022, 粤, ZHI_FU, 12",
            "(2020)兵0102执保3号, 2020, 兵0102, ZHI_BAO, 3" })
    void parsesCurrentFormNumbers(String text, int year, String court, CaseType type, String sequence) {
        CaseNumber number = CaseNumber.parse(text).orElseThrow();
        assertThat(number.year()).isEqualTo(year);
        assertThat(number.court()).isEqualTo(court);
        assertThat(number.type()).isEqualTo(type);
        assertThat(number.sequence()).isEqualTo(sequence);
        assertThat(number.legacy()).isFalse();
        assertThat(number.render()).isEqualTo(text);
    }

    @Test
    void acceptsFullWidthParenthesesAndSpacesButRendersCanonically() {
        assertThat(CaseNumber.parse(" （2023）京0105执 1234号 ").orElseThrow().render()).isEqualTo("(2023)京0105执1234号");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "(2014)朝执字第01234号, 2014, 朝, ZHI, 01234",
            "(2013)京朝执字第123号, 2013, 京朝, ZHI, 123",
            "(2015)二中执异字第00012号, 2015, 二中, ZHI_YI, 00012" })
    void keepsPre2016NumbersExactlyAsLegacy(String text, int year, String court, CaseType type, String sequence) {
        CaseNumber number = CaseNumber.parse(text).orElseThrow();
        assertThat(number.legacy()).isTrue();
        assertThat(number.year()).isEqualTo(year);
        assertThat(number.court()).isEqualTo(court);
        assertThat(number.type()).isEqualTo(type);
        assertThat(number.sequence()).isEqualTo(sequence);
        assertThat(number.render()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "", "2023京0105执1234号", "(2023)京0105执1234", "(2023)X0105执1234号", "(23)京0105执1234号",
            "(2023)京0105民初1234号", "(2023)京0105执0号", "(2023)京0105执01234号", "(2023)京105执1234号",
            "(1800)京0105执1号", "(2023)京0105执12345678号", "(2023)京0105执1234号; DROP TABLE court" })
    void refusesWhatIsNotAnEnforcementCaseNumber(String text) {
        assertThat(CaseNumber.parse(text)).isEmpty();
    }

    @Test
    void buildsAndComparesByCanonicalText() {
        CaseNumber built = CaseNumber.of(2024, "粤0703", CaseType.ZHI, 12);
        assertThat(built.render()).isEqualTo("(2024)粤0703执12号");
        assertThat(built).isEqualTo(CaseNumber.parse("（2024）粤0703执12号").orElseThrow());
        assertThatThrownBy(() -> CaseNumber.of(2024, "Guangdong", CaseType.ZHI, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseNumber.of(2024, "粤0703", CaseType.ZHI, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
