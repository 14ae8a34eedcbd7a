package org.zhongben.portal.resumption.clue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhongben.portal.common.i18n.Languages;

class ClueTypeTest {

    @ParameterizedTest
    @CsvSource({ "BANK_ACCOUNT, BANK_ACCOUNT", "bank_account, BANK_ACCOUNT", "' Vehicle ', VEHICLE",
            "online_Payment, ONLINE_PAYMENT", "other, OTHER" })
    void parsesTheConstantNameInAnyCase(String code, ClueType expected) {
        assertThat(ClueType.parse(code)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "  ", "car", "BANK-ACCOUNT", "银行账户", "BANK_ACCOUNTS" })
    void parsesAnythingElseAsNothing(String code) {
        assertThat(ClueType.parse(code)).isNull();
    }

    @ParameterizedTest
    @EnumSource(ClueType.class)
    void everyTypeIsLabelledAndExplainedInBothLanguages(ClueType type) {
        assertThat(type.label(Languages.ZH)).isEqualTo(type.zh()).containsPattern("\\p{IsHan}");
        assertThat(type.label(Languages.EN)).isEqualTo(type.en()).matches("[A-Z][a-z ]+");
        assertThat(type.hint(Languages.ZH)).isEqualTo(type.hint().zh()).contains("法院");
        assertThat(type.hint(Languages.EN)).isEqualTo(type.hint().en()).contains("court");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            BANK_ACCOUNT   | bank accountNumber holder                                 | bank accountNumber holder
            ONLINE_PAYMENT | platform account holder                                   | platform account
            SECURITIES     | brokerage accountNumber holder                            | brokerage accountNumber
            VEHICLE        | plate brand seenAt                                        | plate
            REAL_ESTATE    | certificateNumber address owner                           | certificateNumber address
            EQUITY         | company creditCode share                                  | company creditCode
            WAGES          | employer employerCreditCode position monthlyIncome        | employer
            RECEIVABLE     | thirdParty amount basis dueDate                           | thirdParty amount basis
            OTHER          | description location                                      | description
            """)
    void eachTypeAsksForItsFieldsInFormOrder(ClueType type, String fields, String required) {
        assertThat(type.fields()).extracting(ClueField::name).containsExactly(fields.split(" "));
        assertThat(type.fields().stream().filter(ClueField::required).map(ClueField::name))
                .containsExactly(required.split(" "));
    }

    @ParameterizedTest
    @CsvSource({ "ONLINE_PAYMENT, platform, SELECT", "WAGES, monthlyIncome, MONEY", "RECEIVABLE, amount, MONEY",
            "RECEIVABLE, basis, TEXTAREA", "OTHER, description, TEXTAREA", "BANK_ACCOUNT, accountNumber, TEXT",
            "RECEIVABLE, dueDate, TEXT", "VEHICLE, plate, TEXT" })
    void fieldsTellThePageHowToRenderThem(ClueType type, String name, ClueField.Kind kind) {
        assertThat(type.fieldNamed(name).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @EnumSource(ClueType.class)
    void everyFieldHasACamelCaseNameALimitAndLabelsInBothLanguages(ClueType type) {
        List<String> names = type.fields().stream().map(ClueField::name).toList();
        assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.matches("[a-z]+(?:[A-Z][a-z]+)*"));
        for (ClueField field : type.fields()) {
            assertThat(field.maxLength()).as(field.name()).isPositive();
            assertThat(field.label(Languages.ZH)).as(field.name()).containsPattern("\\p{IsHan}")
                    .isNotEqualTo(field.label(Languages.EN));
            assertThat(field.label(Languages.EN)).as(field.name()).matches("[A-Z].*");
            assertThat(field.hint(Languages.ZH).isEmpty()).as(field.name()).isEqualTo(field.hint(Languages.EN).isEmpty());
            assertThat(field.options(Languages.ZH).isEmpty()).as(field.name())
                    .isEqualTo(field.kind() != ClueField.Kind.SELECT);
        }
    }

    @Test
    void thePaymentPlatformsAreOfferedInOrderInBothLanguages() {
        ClueField platform = ClueType.ONLINE_PAYMENT.fields().get(0);

        assertThat(platform.options(Languages.ZH)).containsExactly(Map.entry("ALIPAY", "支付宝"),
                Map.entry("WECHAT_PAY", "微信支付"), Map.entry("JD_PAY", "京东支付"), Map.entry("OTHER", "其他"));
        assertThat(platform.options(Locale.forLanguageTag("en-GB"))).containsExactly(Map.entry("ALIPAY", "Alipay"),
                Map.entry("WECHAT_PAY", "WeChat Pay"), Map.entry("JD_PAY", "JD Pay"), Map.entry("OTHER", "Other"));
    }

    @Test
    void hintsShowTheExpectedFormat() {
        assertThat(ClueType.EQUITY.fieldNamed("creditCode").hint(Languages.ZH)).contains("18位");
        assertThat(ClueType.RECEIVABLE.fieldNamed("dueDate").hint(Languages.EN)).contains("yyyy-MM-dd");
        assertThat(ClueType.OTHER.fieldNamed("location").hint(Languages.EN)).isEmpty();
    }

    @Test
    void theListOfTypesIsTheOneOtherCodeReliesOn() {
        assertThat(Arrays.stream(ClueType.values()).map(Enum::name)).containsExactly("BANK_ACCOUNT", "ONLINE_PAYMENT",
                "SECURITIES", "VEHICLE", "REAL_ESTATE", "EQUITY", "WAGES", "RECEIVABLE", "OTHER");
    }
}
