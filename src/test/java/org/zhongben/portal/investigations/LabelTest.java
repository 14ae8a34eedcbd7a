package org.zhongben.portal.investigations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhongben.portal.casefile.vocabulary.AssetCategory;
import org.zhongben.portal.casefile.vocabulary.QueryChannel;
import org.zhongben.portal.common.i18n.Labelled;

class LabelTest {

    @Test
    void an_enum_becomes_its_constant_name_and_its_label_in_the_requested_language() {
        assertThat(Label.of(AssetCategory.HOUSING_FUND, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(new Label("HOUSING_FUND", "住房公积金"));
        assertThat(Label.of(AssetCategory.HOUSING_FUND, Locale.ENGLISH))
                .isEqualTo(new Label("HOUSING_FUND", "Housing provident fund"));
    }

    @Test
    void no_value_gives_no_label() {
        assertThat(Label.of((Labelled) null, Locale.ENGLISH)).isNull();
    }

    @Test
    void a_list_of_values_keeps_its_order_and_skips_nulls() {
        assertThat(Label.all(Arrays.asList(QueryChannel.PROVINCIAL, null, QueryChannel.NATIONAL), Locale.ENGLISH))
                .extracting(Label::code).containsExactly("PROVINCIAL", "NATIONAL");
        assertThat(Label.all(null, Locale.ENGLISH)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "en, English", "en-GB, English", "zh-CN, 中文", "zh-TW, 中文", "fr, 中文", "'', 中文" })
    void literal_pairs_are_english_only_for_english_locales(String tag, String expected) {
        assertThat(Label.text(Locale.forLanguageTag(tag), "中文", "English")).isEqualTo(expected);
        assertThat(Label.of("X", "中文", "English", Locale.forLanguageTag(tag))).isEqualTo(new Label("X", expected));
    }

    @Test
    void a_missing_locale_means_chinese() {
        assertThat(Label.text(null, "中文", "English")).isEqualTo("中文");
    }

    @Test
    void every_citation_names_its_confidence_tag_in_both_languages() {
        for (Citation citation : Citation.values()) {
            assertThat(citation.zh()).as(citation.name()).containsPattern("\\[[CSR]]");
            assertThat(citation.en()).as(citation.name()).containsPattern("\\[[CSR]]");
        }
        assertThat(Citation.FOLLOW_UP.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("终本规定 第九条 [C]");
    }
}
