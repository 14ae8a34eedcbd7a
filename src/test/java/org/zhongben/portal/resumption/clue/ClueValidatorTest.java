package org.zhongben.portal.resumption.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhongben.portal.resumption.clue.ClueInputs.valid;
import static org.zhongben.portal.resumption.clue.ClueInputs.with;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhongben.portal.common.error.FieldError;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.resumption.clue.ClueValidator.Result;

class ClueValidatorTest {

    private static final Locale ZH = Languages.ZH;
    private static final Locale EN = Languages.EN;
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // ---- whole clues -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(ClueType.class)
    void everyTypeAcceptsAFullyFilledClue(ClueType type) {
        Result result = ClueValidator.validate(type, valid(type), ZH);

        assertThat(result.valid()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(result.clue().type()).isEqualTo(type);
        assertThat(result.clue().values().keySet())
                .containsExactlyElementsOf(type.fields().stream().map(ClueField::name).toList());
        assertThat(result.clue().fingerprint()).matches("[0-9a-f]{64}");
    }

    @ParameterizedTest
    @EnumSource(ClueType.class)
    void onlyTheRequiredFieldsAreNeeded(ClueType type) {
        Map<String, String> input = valid(type);
        type.fields().stream().filter(field -> !field.required()).forEach(field -> input.remove(field.name()));

        Result result = ClueValidator.validate(type, input, ZH);

        assertThat(result.valid()).isTrue();
        assertThat(result.clue().values().keySet()).containsExactlyElementsOf(
                type.fields().stream().filter(ClueField::required).map(ClueField::name).toList());
    }

    @ParameterizedTest
    @EnumSource(ClueType.class)
    void blankOptionalValuesAreLeftOutOfTheClue(ClueType type) {
        Map<String, String> input = valid(type);
        type.fields().stream().filter(field -> !field.required()).forEach(field -> input.put(field.name(), " \u3000\t"));

        Result result = ClueValidator.validate(type, input, ZH);

        assertThat(result.valid()).isTrue();
        type.fields().stream().filter(field -> !field.required())
                .forEach(field -> assertThat(result.clue().values()).doesNotContainKey(field.name()));
    }

    @Test
    void noTypeIsReportedAgainstTheTypeField() {
        Result result = ClueValidator.validate(null, Map.of("bank", "工商银行"), EN);

        assertThat(result.valid()).isFalse();
        assertThat(result.clue()).isNull();
        assertThat(result.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("type", "required"));
        assertThat(ClueValidator.validate(null, Map.of(), ZH).errors().get(0).message()).isEqualTo("请选择线索类型");
    }

    @Test
    void noInputMeansEveryRequiredFieldIsMissingInFormOrder() {
        Result result = ClueValidator.validate(ClueType.RECEIVABLE, null, ZH);

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("thirdParty", "amount", "basis");
        assertThat(result.errors()).extracting(FieldError::code).containsOnly("required");
        assertThat(result.errors()).extracting(FieldError::message).containsExactly("请填写欠款人（次债务人）",
                "请填写金额（元）", "请填写债权依据");
    }

    @Test
    void everyProblemIsReportedAtOnceFieldsFirstThenUnknownKeys() {
        Map<String, String> input = new LinkedHashMap<>();
        input.put("zzz", "x");
        input.put("creditCode", "91350100M000100Y44");
        input.put("share", "120");
        input.put("colour", "red");

        Result result = ClueValidator.validate(ClueType.EQUITY, input, EN);

        assertThat(result.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("company", "required"),
                tuple("creditCode", "check_digit"),
                tuple("share", "format"),
                tuple("colour", "unknown_field"),
                tuple("zzz", "unknown_field"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "colour", "type", "_csrf", "accountnumber", "" })
    void keysThatAreNotFieldsOfTheTypeAreRefusedNotIgnored(String key) {
        Map<String, String> input = valid(ClueType.BANK_ACCOUNT);
        input.put(key, "x");

        Result result = ClueValidator.validate(ClueType.BANK_ACCOUNT, input, ZH);

        assertThat(result.clue()).isNull();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo(key);
            assertThat(error.code()).isEqualTo("unknown_field");
            assertThat(error.message()).contains("bank, accountNumber, holder");
        });
        assertThat(ClueValidator.validate(ClueType.BANK_ACCOUNT, input, EN).errors().get(0).message())
                .contains("not a field of a bank account clue");
    }

    @Test
    void aFieldOfAnotherTypeIsUnknownHere() {
        Map<String, String> input = valid(ClueType.VEHICLE);
        input.put("accountNumber", "6222600260001072444");

        assertThat(ClueValidator.validate(ClueType.VEHICLE, input, ZH).errors()).extracting(FieldError::code)
                .containsExactly("unknown_field");
    }

    @Test
    void aResultHasEitherAClueOrErrors() {
        assertThatThrownBy(() -> new Result(null, List.of())).isInstanceOf(IllegalArgumentException.class);
        Clue clue = ClueValidator.validate(ClueType.OTHER, valid(ClueType.OTHER), ZH).clue();
        FieldError error = new FieldError("description", "required", "请填写财产情况");
        assertThatThrownBy(() -> new Result(clue, List.of(error))).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- required and length -----------------------------------------------------------------------------------

    static Stream<Arguments> requiredFields() {
        return Stream.of(ClueType.values()).flatMap(type -> type.fields().stream().filter(ClueField::required)
                .flatMap(field -> Stream.of(null, "", "   ", "\u3000\u00A0\n").map(blank -> Arguments.of(type,
                        field.name(), blank))));
    }

    @ParameterizedTest(name = "{0}.{1} = [{2}]")
    @MethodSource("requiredFields")
    void aMissingOrBlankRequiredFieldIsReported(ClueType type, String field, String blank) {
        assertSingleError(type, with(type, field, blank), field, "required");
    }

    static Stream<Arguments> limitedFields() {
        return Stream.of(ClueType.values()).flatMap(type -> type.fields().stream()
                .filter(field -> field.kind() != ClueField.Kind.SELECT).map(field -> Arguments.of(type, field)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("limitedFields")
    void everyFieldRefusesMoreThanItsMaximumLength(ClueType type, ClueField field) {
        String tooLong = "1".repeat(field.maxLength() + 1);

        List<FieldError> errors = assertSingleError(type, with(type, field.name(), tooLong), field.name(), "too_long");

        assertThat(errors.get(0).message()).contains(String.valueOf(field.maxLength()));
    }

    @Test
    void lengthIsCountedInCharactersNotBytesOrUtf16Units() {
        String hundred = "工".repeat(99) + "𠀀";
        assertThat(ClueValidator.validate(ClueType.BANK_ACCOUNT, with(ClueType.BANK_ACCOUNT, "bank", hundred), ZH)
                .valid()).isTrue();
        assertSingleError(ClueType.BANK_ACCOUNT, with(ClueType.BANK_ACCOUNT, "bank", hundred + "行"), "bank",
                "too_long");
    }

    @ParameterizedTest
    @CsvSource({ "9, too_short", "10, ", "1000, ", "1001, too_long" })
    void anOtherClueNeedsTenToAThousandCharacters(int length, String code) {
        Map<String, String> input = with(ClueType.OTHER, "description", "财".repeat(length));
        if (code == null) {
            assertThat(ClueValidator.validate(ClueType.OTHER, input, ZH).valid()).isTrue();
        } else {
            assertSingleError(ClueType.OTHER, input, "description", code);
        }
    }

    // ---- normalisation -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}.{1}: [{2}] -> [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            BANK_ACCOUNT   | bank              | '  中国工商银行   北京分行 '            | 中国工商银行 北京分行
            BANK_ACCOUNT   | bank              | 中国工商银行（北京分行）               | 中国工商银行（北京分行）
            BANK_ACCOUNT   | accountNumber     | 6222 6002 6000 1072 444               | 6222600260001072444
            BANK_ACCOUNT   | accountNumber     | ６２２２６００２６０００１０７２４４４ | 6222600260001072444
            BANK_ACCOUNT   | accountNumber     | 1100-1234-5678-9012                   | 1100123456789012
            BANK_ACCOUNT   | accountNumber     | 12345678                              | 12345678
            BANK_ACCOUNT   | holder            | ＡＢＣ贸易有限公司                    | ABC贸易有限公司
            ONLINE_PAYMENT | platform          | alipay                                | ALIPAY
            ONLINE_PAYMENT | platform          | ' Wechat_Pay '                        | WECHAT_PAY
            ONLINE_PAYMENT | platform          | ｊｄ＿ｐａｙ                           | JD_PAY
            ONLINE_PAYMENT | account           | 138 0013 8000                         | 13800138000
            ONLINE_PAYMENT | account           | +86 138-0013-8000                     | 13800138000
            ONLINE_PAYMENT | account           | 8613800138000                         | 13800138000
            ONLINE_PAYMENT | account           | １３８００１３８０００                | 13800138000
            ONLINE_PAYMENT | account           | Zhang.San@Example.COM                 | zhang.san@example.com
            ONLINE_PAYMENT | account           | wxid_Abc123                           | wxid_Abc123
            SECURITIES     | accountNumber     | a1234 5678-9                          | A123456789
            SECURITIES     | accountNumber     | 123456                                | 123456
            VEHICLE        | plate             | 京A·12345                             | 京A12345
            VEHICLE        | plate             | 京a-12345                             | 京A12345
            VEHICLE        | plate             | 京Ａ１２３４５                         | 京A12345
            VEHICLE        | plate             | 沪 AD • 12345                         | 沪AD12345
            VEHICLE        | seenAt            | 2024年5月    某小区                    | 2024年5月 某小区
            REAL_ESTATE    | certificateNumber | 京（2020）朝阳区不动产权第 0001234 号 | 京(2020)朝阳区不动产权第0001234号
            REAL_ESTATE    | certificateNumber | 京〔2020〕朝阳区不动产权第０００１２３４号 | 京(2020)朝阳区不动产权第0001234号
            REAL_ESTATE    | certificateNumber | X京房权证朝字第123456号               | X京房权证朝字第123456号
            EQUITY         | creditCode        | 91350100m000100y43                    | 91350100M000100Y43
            EQUITY         | creditCode        | ９１３５０１００Ｍ０００１００Ｙ４３    | 91350100M000100Y43
            EQUITY         | creditCode        | 9135 0100 M000 100Y 43                | 91350100M000100Y43
            EQUITY         | share             | 35                                    | 35
            EQUITY         | share             | 35%                                   | 35
            EQUITY         | share             | 35.50％                               | 35.5
            EQUITY         | share             | 0.0001                                | 0.0001
            EQUITY         | share             | 100                                   | 100
            EQUITY         | share             | 100.0000                              | 100
            EQUITY         | share             | 007                                   | 7
            WAGES          | monthlyIncome     | 8,000                                 | 8000.00
            WAGES          | monthlyIncome     | ￥8,000.5                             | 8000.50
            RECEIVABLE     | amount            | 1,234.50                              | 1234.50
            RECEIVABLE     | amount            | １２３４．５                           | 1234.50
            RECEIVABLE     | amount            | 1，234元                              | 1234.00
            RECEIVABLE     | amount            | ¥ 0.01                                | 0.01
            RECEIVABLE     | amount            | 999,999,999,999.99                    | 999999999999.99
            RECEIVABLE     | dueDate           | 2024-02-29                            | 2024-02-29
            RECEIVABLE     | dueDate           | ２０２４－０６－３０                  | 2024-06-30
            RECEIVABLE     | thirdParty        | 某某建设　有限公司                     | 某某建设 有限公司
            """)
    void valuesAreNormalised(ClueType type, String field, String input, String expected) {
        Result result = ClueValidator.validate(type, with(type, field, input), ZH);

        assertThat(result.errors()).isEmpty();
        assertThat(result.clue().values()).containsEntry(field, expected);
    }

    @Test
    void proseKeepsParagraphsButNotStraySpacing() {
        String typed = "  第一行   内容 \r\n  第二行\t内容\n\n\n\n第三段  \u200B";

        Result result = ClueValidator.validate(ClueType.OTHER, with(ClueType.OTHER, "description", typed), ZH);

        assertThat(result.clue().values()).containsEntry("description", "第一行 内容\n第二行 内容\n\n第三段");
    }

    @Test
    void controlCharactersAreDropped() {
        Result result = ClueValidator.validate(ClueType.BANK_ACCOUNT,
                with(ClueType.BANK_ACCOUNT, "holder", "张\u0000三\u200B"), ZH);

        assertThat(result.clue().values()).containsEntry("holder", "张三");
    }

    // ---- refusals, each with a specific message in both languages ----------------------------------------------

    @ParameterizedTest(name = "{0}.{1}: [{2}] -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            BANK_ACCOUNT   | accountNumber      | 6222-6002-abc                   | format
            BANK_ACCOUNT   | accountNumber      | 1234567                         | format
            BANK_ACCOUNT   | accountNumber      | 1234567890123456789012345678901 | format
            BANK_ACCOUNT   | accountNumber      | 6222600260001072445             | check_digit
            BANK_ACCOUNT   | accountNumber      | 6228 4804 0256 4890 019         | check_digit
            ONLINE_PAYMENT | platform           | PAYPAL                          | unknown_option
            ONLINE_PAYMENT | platform           | 支付宝                          | unknown_option
            ONLINE_PAYMENT | account            | 12345678                        | format
            ONLINE_PAYMENT | account            | 12800138000                     | format
            ONLINE_PAYMENT | account            | 138001380001                    | format
            ONLINE_PAYMENT | account            | +44 20 7946 0958                | format
            ONLINE_PAYMENT | account            | zhang@                          | format
            ONLINE_PAYMENT | account            | zhang@example                   | format
            SECURITIES     | accountNumber      | A1234                           | format
            SECURITIES     | accountNumber      | A12345678901234567890           | format
            SECURITIES     | accountNumber      | A1234_5678                      | format
            VEHICLE        | plate              | 京I12345                        | format
            VEHICLE        | plate              | 京A1234                         | format
            VEHICLE        | plate              | XA12345                         | format
            REAL_ESTATE    | certificateNumber  | 京朝阳区不动产权第号            | format
            EQUITY         | creditCode         | 9135010M000100Y43               | format
            EQUITY         | creditCode         | 91350100M000100Y4I              | format
            EQUITY         | creditCode         | 91350100M000100S43              | format
            EQUITY         | creditCode         | 91350100M000100Y44              | check_digit
            EQUITY         | creditCode         | 911100001011077423              | check_digit
            EQUITY         | share              | 0                               | format
            EQUITY         | share              | 0.00001                         | format
            EQUITY         | share              | 100.01                          | format
            EQUITY         | share              | -5                              | format
            EQUITY         | share              | 1000                            | format
            EQUITY         | share              | 三成                            | format
            EQUITY         | share              | 35%%                            | format
            WAGES          | employerCreditCode | 91440300708461136X              | check_digit
            WAGES          | employerCreditCode | 1234                            | format
            WAGES          | monthlyIncome      | 八千                            | format
            WAGES          | monthlyIncome      | 0                               | amount
            RECEIVABLE     | amount             | 0.00                            | amount
            RECEIVABLE     | amount             | -1                              | format
            RECEIVABLE     | amount             | 1.234                           | format
            RECEIVABLE     | amount             | 1e5                             | format
            RECEIVABLE     | amount             | 1,000,000,000,000               | amount
            RECEIVABLE     | dueDate            | 2023-02-29                      | format
            RECEIVABLE     | dueDate            | 2024-13-01                      | format
            RECEIVABLE     | dueDate            | 2024/06/30                      | format
            RECEIVABLE     | dueDate            | 2024-6-3                        | format
            OTHER          | description        | 太短的描述                      | too_short
            """)
    void invalidValuesAreRefusedWithAReason(ClueType type, String field, String input, String code) {
        assertSingleError(type, with(type, field, input), field, code);
    }

    @Test
    void messagesSayWhatIsExpected() {
        assertThat(message(ClueType.EQUITY, "creditCode", "91350100M000100Y44", ZH))
                .isEqualTo("统一社会信用代码应为18位，最后一位校验码不符，请核对营业执照");
        assertThat(message(ClueType.EQUITY, "creditCode", "9135010", ZH)).isEqualTo("统一社会信用代码应为18位，现为7位");
        assertThat(message(ClueType.EQUITY, "creditCode", "9135010", EN))
                .isEqualTo("A unified social credit code has 18 characters; this one has 7.");
        assertThat(message(ClueType.BANK_ACCOUNT, "accountNumber", "1234567", ZH)).isEqualTo("银行账号应为8至30位数字，现为7位");
        assertThat(message(ClueType.ONLINE_PAYMENT, "platform", "PAYPAL", ZH))
                .isEqualTo("请从以下选项中选择支付平台：支付宝、微信支付、京东支付、其他");
        assertThat(message(ClueType.ONLINE_PAYMENT, "platform", "PAYPAL", EN))
                .isEqualTo("Choose the platform from: Alipay, WeChat Pay, JD Pay, Other.");
        assertThat(message(ClueType.RECEIVABLE, "dueDate", "2023-02-29", EN))
                .isEqualTo("Due date 2023-02-29 is not a calendar date.");
        assertThat(message(ClueType.BANK_ACCOUNT, "holder", "", EN)).isEqualTo("Account holder is required.");
    }

    @Test
    void noLocaleMeansChinese() {
        assertThat(ClueValidator.validate(ClueType.BANK_ACCOUNT, Map.of(), null).errors().get(0).message())
                .isEqualTo("请填写开户银行");
    }

    // ---- check digits ------------------------------------------------------------------------------------------

    static Stream<String> unionPayCards() {
        Random random = new Random(20240630);
        Stream<String> known = Stream.of("6222600260001072444", "6228480402564890018");
        Stream<String> generated = IntStream.rangeClosed(16, 19).boxed().flatMap(length -> IntStream.range(0, 5)
                .mapToObj(i -> withLuhnDigit("62" + digits(random, length - 3))));
        return Stream.concat(known, generated);
    }

    @ParameterizedTest
    @MethodSource("unionPayCards")
    void aUnionPayCardNeedsItsLuhnDigitAndEveryOtherLastDigitFails(String card) {
        assertThat(ClueValidator.validate(ClueType.BANK_ACCOUNT, with(ClueType.BANK_ACCOUNT, "accountNumber", card),
                ZH).valid()).isTrue();
        String body = card.substring(0, card.length() - 1);
        for (char digit = '0'; digit <= '9'; digit++) {
            if (digit != card.charAt(card.length() - 1)) {
                assertSingleError(ClueType.BANK_ACCOUNT, with(ClueType.BANK_ACCOUNT, "accountNumber", body + digit),
                        "accountNumber", "check_digit");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "622260026000108", "62226002600010724440", "4222600260001072445",
            "110012345678901234567890", "0200004909000123456" })
    void accountsOutsideTheUnionPayCardRangeAreNotLuhnChecked(String account) {
        assertThat(ClueValidator.luhn(account)).isFalse();
        assertThat(ClueValidator.validate(ClueType.BANK_ACCOUNT,
                with(ClueType.BANK_ACCOUNT, "accountNumber", account), ZH).valid()).isTrue();
    }

    static Stream<String> creditCodes() {
        Random random = new Random(32100);
        Stream<String> known = Stream.of("91350100M000100Y43", "91110108551385082Q", "91440300708461136T",
                "91310000MA1FL3L09R");
        Stream<String> generated = IntStream.range(0, 40).mapToObj(i -> {
            StringBuilder first17 = new StringBuilder();
            for (int k = 0; k < 17; k++) {
                first17.append(CREDIT_ALPHABET.charAt(random.nextInt(CREDIT_ALPHABET.length())));
            }
            return first17 + String.valueOf(creditCheck(first17.toString()));
        });
        return Stream.concat(known, generated);
    }

    @ParameterizedTest
    @MethodSource("creditCodes")
    void aCreditCodeNeedsItsCheckCharacterAndEveryOtherOneFails(String code) {
        assertThat(creditCheck(code.substring(0, 17))).isEqualTo(code.charAt(17));
        assertThat(ClueValidator.validate(ClueType.EQUITY, with(ClueType.EQUITY, "creditCode", code), ZH).valid())
                .isTrue();
        for (char check : CREDIT_ALPHABET.toCharArray()) {
            if (check != code.charAt(17)) {
                assertSingleError(ClueType.EQUITY, with(ClueType.EQUITY, "creditCode", code.substring(0, 17) + check),
                        "creditCode", "check_digit");
            }
        }
    }

    @Test
    void theCheckCharacterCoversEveryResidueIncludingZero() {
        // 31 - (sum mod 31) is 31 when the sum is a multiple of 31; the code then ends in 0
        assertThat(creditCheck("00000000000000000")).isEqualTo('0');
        assertThat(ClueValidator.validate(ClueType.EQUITY, with(ClueType.EQUITY, "creditCode", "000000000000000000"),
                ZH).valid()).isTrue();
    }

    // ---- plates ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({ "京A12345, 京A12345", "沪BZ9X8Y, 沪BZ9X8Y", "京AD12345, 京AD12345", "京AFA1234, 京AFA1234",
            "粤B12345D, 粤B12345D", "粤B12345F, 粤B12345F", "京A1234学, 京A1234学", "京A0001警, 京A0001警",
            "粤Z1234港, 粤Z1234港", "粤Z1234澳, 粤Z1234澳", "京A1234挂, 京A1234挂", "琼Y00001, 琼Y00001",
            "'藏 A · 2 3 4 5 6', 藏A23456", "新a12345, 新A12345", "京Ａ•ｄ１２３４５, 京AD12345" })
    void ordinaryNewEnergyAndSpecialPlatesAreAccepted(String input, String canonical) {
        Result result = ClueValidator.validate(ClueType.VEHICLE, with(ClueType.VEHICLE, "plate", input), ZH);

        assertThat(result.errors()).isEmpty();
        assertThat(result.clue().values()).containsEntry("plate", canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = { "京I12345", "京O12345", "京A1234", "XA12345", "A12345", "京12345", "京A12I45", "京A123O5",
            "京A123456", "京AA12345", "京AD1234O", "京AD12A45", "京A1234D5", "京A12345挂", "京A123学", "港A12345",
            "京A12345X", "京A·1234·56·7", "京京12345" })
    void malformedPlatesAreRefused(String plate) {
        assertSingleError(ClueType.VEHICLE, with(ClueType.VEHICLE, "plate", plate), "plate", "format");
    }

    // ---- fingerprints ------------------------------------------------------------------------------------------

    static Stream<Arguments> sameClueTypedTwice() {
        return Stream.of(
                Arguments.of(ClueType.BANK_ACCOUNT, Map.of("accountNumber", "6222 6002 6000 1072 444", "bank", "工行"),
                        Map.of("accountNumber", "６２２２６００２６０００１０７２４４４", "bank", "中国工商银行朝阳支行")),
                Arguments.of(ClueType.ONLINE_PAYMENT, Map.of("platform", "ALIPAY", "account", "Zhang@Example.com"),
                        Map.of("platform", "alipay", "account", " zhang@example.COM ")),
                Arguments.of(ClueType.ONLINE_PAYMENT, Map.of("platform", "WECHAT_PAY", "account", "WXID_abc"),
                        Map.of("platform", "WECHAT_PAY", "account", "wxid_ABC")),
                Arguments.of(ClueType.ONLINE_PAYMENT, Map.of("platform", "JD_PAY", "account", "+86 138 0013 8000"),
                        Map.of("platform", "JD_PAY", "account", "13800138000")),
                Arguments.of(ClueType.SECURITIES, Map.of("brokerage", "华泰证券", "accountNumber", "a123456789"),
                        Map.of("brokerage", "华泰证券股份有限公司", "accountNumber", "A1234-56789")),
                Arguments.of(ClueType.VEHICLE, Map.of("plate", "京A·12345"), Map.of("plate", "京a12345", "brand", "奥迪")),
                Arguments.of(ClueType.REAL_ESTATE,
                        Map.of("certificateNumber", "京（2020）朝阳区不动产权第 0001234 号", "address", "朝阳区"),
                        Map.of("certificateNumber", "京(2020)朝阳区不动产权第0001234号", "address", "北京市朝阳区建国路1号")),
                Arguments.of(ClueType.EQUITY, Map.of("company", "甲公司", "creditCode", "91350100m000100y43"),
                        Map.of("company", "甲有限公司", "creditCode", "９１３５０１００Ｍ０００１００Ｙ４３", "share", "10")),
                Arguments.of(ClueType.WAGES, Map.of("employer", "甲公司", "employerCreditCode", "91440300708461136T"),
                        Map.of("employer", "乙公司", "employerCreditCode", "91440300708461136t")),
                Arguments.of(ClueType.WAGES, Map.of("employer", "深圳某某 网络（有限）公司"),
                        Map.of("employer", "深圳某某网络(有限)公司", "position", "经理")),
                Arguments.of(ClueType.RECEIVABLE,
                        Map.of("thirdParty", "某某 建设公司", "amount", "1,234.5", "basis", "合同"),
                        Map.of("thirdParty", "某某建设公司", "amount", "1234.50", "basis", "判决书")),
                Arguments.of(ClueType.OTHER, Map.of("description", "An   Antique Car in the garage"),
                        Map.of("description", "an antique car\nin the  garage", "location", "Nanjing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameClueTypedTwice")
    void theSameClueTypedDifferentlyHasTheSameFingerprint(ClueType type, Map<String, String> first,
            Map<String, String> second) {
        Result one = ClueValidator.validate(type, fill(type, first), ZH);
        Result two = ClueValidator.validate(type, fill(type, second), ZH);

        assertThat(one.errors()).isEmpty();
        assertThat(two.errors()).isEmpty();
        assertThat(one.clue().fingerprint()).isEqualTo(two.clue().fingerprint());
    }

    static Stream<Arguments> differentClues() {
        return Stream.of(
                Arguments.of(ClueType.BANK_ACCOUNT, "accountNumber", "6222600260001072444", "6228480402564890018"),
                Arguments.of(ClueType.ONLINE_PAYMENT, "platform", "ALIPAY", "WECHAT_PAY"),
                Arguments.of(ClueType.ONLINE_PAYMENT, "account", "13800138000", "13800138001"),
                Arguments.of(ClueType.SECURITIES, "accountNumber", "A123456789", "A123456780"),
                Arguments.of(ClueType.VEHICLE, "plate", "京A12345", "津A12345"),
                Arguments.of(ClueType.REAL_ESTATE, "certificateNumber", "京(2020)朝阳区不动产权第0001234号",
                        "京(2021)朝阳区不动产权第0001234号"),
                Arguments.of(ClueType.EQUITY, "creditCode", "91350100M000100Y43", "91440300708461136T"),
                Arguments.of(ClueType.WAGES, "employerCreditCode", "91440300708461136T", null),
                Arguments.of(ClueType.RECEIVABLE, "amount", "1234.50", "1234.51"),
                Arguments.of(ClueType.RECEIVABLE, "thirdParty", "甲公司", "乙公司"),
                Arguments.of(ClueType.OTHER, "description", "城南服装市场的一家服装店", "城北服装市场的一家服装店"));
    }

    @ParameterizedTest(name = "{0}.{1}: {2} vs {3}")
    @MethodSource("differentClues")
    void differentPropertyHasADifferentFingerprint(ClueType type, String field, String first, String second) {
        String one = ClueValidator.validate(type, with(type, field, first), ZH).clue().fingerprint();
        String two = ClueValidator.validate(type, with(type, field, second), ZH).clue().fingerprint();

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void theSameNumberUnderAnotherTypeIsAnotherClue() {
        String bank = ClueValidator.validate(ClueType.BANK_ACCOUNT,
                with(ClueType.BANK_ACCOUNT, "accountNumber", "12345678"), ZH).clue().fingerprint();
        String securities = ClueValidator.validate(ClueType.SECURITIES,
                with(ClueType.SECURITIES, "accountNumber", "12345678"), ZH).clue().fingerprint();

        assertThat(bank).isNotEqualTo(securities);
    }

    @Test
    void theFingerprintIsTheSha256OfTheTypeAndItsIdentifyingFields() throws Exception {
        // stored fingerprints are compared across releases, so the exact input format is part of the contract
        assertThat(fingerprint(ClueType.BANK_ACCOUNT, valid(ClueType.BANK_ACCOUNT)))
                .isEqualTo(sha256("BANK_ACCOUNT|accountNumber=6222600260001072444"));
        assertThat(fingerprint(ClueType.ONLINE_PAYMENT, with(ClueType.ONLINE_PAYMENT, "account", "Wxid_A")))
                .isEqualTo(sha256("ONLINE_PAYMENT|platform=ALIPAY|account=wxid_a"));
        assertThat(fingerprint(ClueType.RECEIVABLE, valid(ClueType.RECEIVABLE)))
                .isEqualTo(sha256("RECEIVABLE|thirdParty=某某建设工程有限公司|amount=120000.00"));
        assertThat(fingerprint(ClueType.WAGES, with(ClueType.WAGES, "employerCreditCode", null)))
                .isEqualTo(sha256("WAGES|employer=深圳某某网络有限公司"));
        assertThat(fingerprint(ClueType.OTHER, with(ClueType.OTHER, "description", "A | B\\C 十个字以上的描述")))
                .isEqualTo(sha256("OTHER|description=a\\|b\\\\c十个字以上的描述"));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Exactly one error, on {@code field} with {@code code}, in both languages; returns the Chinese errors. */
    private static List<FieldError> assertSingleError(ClueType type, Map<String, String> input, String field,
            String code) {
        Result zh = ClueValidator.validate(type, input, ZH);
        Result en = ClueValidator.validate(type, input, EN);

        assertThat(zh.valid()).isFalse();
        assertThat(zh.clue()).isNull();
        assertThat(zh.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple(field, code));
        assertThat(en.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple(field, code));
        String chinese = zh.errors().get(0).message();
        String english = en.errors().get(0).message();
        assertThat(chinese).isNotBlank().containsPattern("\\p{IsHan}").isNotEqualTo(english);
        assertThat(english).isNotBlank().containsPattern("[A-Za-z]{4,}");
        return zh.errors();
    }

    private static String message(ClueType type, String field, String value, Locale locale) {
        return ClueValidator.validate(type, with(type, field, value), locale).errors().get(0).message();
    }

    private static String fingerprint(ClueType type, Map<String, String> input) {
        return ClueValidator.validate(type, input, ZH).clue().fingerprint();
    }

    /** Required fields the case does not set come from the valid input. */
    private static Map<String, String> fill(ClueType type, Map<String, String> values) {
        Map<String, String> input = new LinkedHashMap<>();
        type.fields().stream().filter(ClueField::required)
                .forEach(field -> input.put(field.name(), valid(type).get(field.name())));
        input.putAll(values);
        return input;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** Luhn check digit, computed as the digit that makes the doubled-from-the-right sum a multiple of ten. */
    private static String withLuhnDigit(String body) {
        for (int check = 0; check <= 9; check++) {
            String candidate = body + check;
            int sum = 0;
            boolean doubled = false;
            for (int i = candidate.length() - 1; i >= 0; i--) {
                int digit = candidate.charAt(i) - '0';
                int value = doubled ? digit * 2 : digit;
                sum += value / 10 + value % 10;
                doubled = !doubled;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new AssertionError("no Luhn digit for " + body);
    }

    /** GB 32100 check character with the weights derived as 3^i mod 31 rather than read from a table. */
    private static char creditCheck(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
