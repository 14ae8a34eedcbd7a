package org.zhongben.portal.resumption.clue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhongben.portal.resumption.clue.ClueInputs.valid;
import static org.zhongben.portal.resumption.clue.ClueInputs.with;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhongben.portal.common.i18n.Languages;

class ClueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BANK_ACCOUNT   | 中国工商银行北京朝阳支行 ****2444          | 中国工商银行北京朝阳支行 ****2444
            ONLINE_PAYMENT | 支付宝 138****8000                        | Alipay 138****8000
            SECURITIES     | 华泰证券南京中山路营业部 ****6789          | 华泰证券南京中山路营业部 ****6789
            VEHICLE        | 比亚迪汉 京A·1***5                        | 比亚迪汉 京A·1***5
            REAL_ESTATE    | 北京市朝阳区建国路1号院2号楼301           | 北京市朝阳区建国路1号院2号楼301
            EQUITY         | 福州某某科技有限公司 持股35%                | 福州某某科技有限公司, 35% share
            WAGES          | 深圳某某网络有限公司（产品经理）           | 深圳某某网络有限公司 (产品经理)
            RECEIVABLE     | 某某建设工程有限公司，欠款 ¥120,000.00      | 某某建设工程有限公司, owing ¥120,000.00
            OTHER          | 被执行人在城南服装市场经营一家服装店，店内有大量存货 | 被执行人在城南服装市场经营一家服装店，店内有大量存货
            """)
    void theSummaryIsOneMaskedLineInTheReadersLanguage(ClueType type, String chinese, String english) {
        Clue clue = ClueValidator.validate(type, valid(type), Languages.ZH).clue();

        assertThat(clue.summary(Languages.ZH)).isEqualTo(chinese);
        assertThat(clue.summary(Languages.EN)).isEqualTo(english);
        assertThat(clue.summary(null)).isEqualTo(chinese);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ONLINE_PAYMENT | account     | zhang.san@example.com | 支付宝 z***@example.com
            ONLINE_PAYMENT | account     | wxid_abc123           | 支付宝 w***3
            ONLINE_PAYMENT | account     | ab                    | 支付宝 ***
            VEHICLE        | plate       | 京AD12345             | 比亚迪汉 京A·D****5
            VEHICLE        | plate       | 粤B12345D             | 比亚迪汉 粤B·1****D
            VEHICLE        | plate       | 京A1234学             | 比亚迪汉 京A·1***学
            EQUITY         | share       |                       | 福州某某科技有限公司
            WAGES          | position    |                       | 深圳某某网络有限公司
            RECEIVABLE     | amount      | 1234567.5             | 某某建设工程有限公司，欠款 ¥1,234,567.50
            BANK_ACCOUNT   | bank        | 工行                  | 工行 ****2444
            """)
    void everyKindOfValueIsMasked(ClueType type, String field, String value, String summary) {
        Clue clue = ClueValidator.validate(type, with(type, field, value), Languages.ZH).clue();

        assertThat(clue.summary(Languages.ZH)).isEqualTo(summary);
    }

    static Stream<String> accountNumbers() {
        Random random = new Random(7812);
        return IntStream.range(0, 50).mapToObj(i -> {
            StringBuilder number = new StringBuilder("1");
            IntStream.range(0, 7 + random.nextInt(13)).forEach(k -> number.append(random.nextInt(10)));
            return number.toString();
        });
    }

    @ParameterizedTest
    @MethodSource("accountNumbers")
    void anAccountSummaryShowsOnlyTheLastFourDigits(String number) {
        for (ClueType type : new ClueType[] { ClueType.BANK_ACCOUNT, ClueType.SECURITIES }) {
            Map<String, String> input = with(type, "accountNumber", number);
            input.put(type == ClueType.BANK_ACCOUNT ? "bank" : "brokerage", "某银行");
            String summary = ClueValidator.validate(type, input, Languages.ZH).clue().summary(Languages.EN);

            assertThat(summary).doesNotContain(number).isEqualTo("某银行 ****" + number.substring(number.length() - 4));
            assertThat(summary.replaceAll("\\D", "")).hasSize(4);
        }
    }

    @Test
    void aMobileNumberKeepsOnlyItsPrefixAndLastFourDigits() {
        for (int i = 0; i < 50; i++) {
            String mobile = "1" + (3 + i % 7) + String.format("%09d", i * 19_531_247L % 1_000_000_000L);
            Clue clue = ClueValidator.validate(ClueType.ONLINE_PAYMENT, with(ClueType.ONLINE_PAYMENT, "account", mobile),
                    Languages.ZH).clue();

            assertThat(clue.summary(Languages.ZH)).doesNotContain(mobile)
                    .endsWith(mobile.substring(0, 3) + "****" + mobile.substring(7));
        }
    }

    @Test
    void longProseIsShortenedToOneLine() {
        String description = "第一段：" + "货".repeat(60) + "\n\n第二段";
        Clue clue = ClueValidator.validate(ClueType.OTHER, with(ClueType.OTHER, "description", description),
                Languages.ZH).clue();

        assertThat(clue.summary(Languages.ZH)).isEqualTo("第一段：" + "货".repeat(36) + "…").doesNotContain("\n");
        Clue shortClue = ClueValidator.validate(ClueType.OTHER,
                with(ClueType.OTHER, "description", "一辆红色电动三轮车\n停在院内"), Languages.ZH).clue();
        assertThat(shortClue.summary(Languages.ZH)).isEqualTo("一辆红色电动三轮车 停在院内");
    }

    @ParameterizedTest
    @EnumSource(ClueType.class)
    void aClueRebuiltFromPartialValuesStillSummarisesWithoutLeakingOrFailing(ClueType type) {
        Clue empty = new Clue(type, null, "f");
        assertThat(empty.values()).isEmpty();
        assertThat(empty.summary(Languages.ZH)).isNotNull().doesNotContain("null");

        Clue odd = new Clue(type, Map.of("accountNumber", "123", "plate", "京A", "amount", "n/a", "account", "x"), "f");
        assertThat(odd.summary(Languages.EN)).doesNotContain("123").doesNotContain("null");
    }

    @Test
    void theValuesCannotBeChangedAfterValidation() {
        Map<String, String> values = new HashMap<>(Map.of("plate", "京A12345"));
        Clue clue = new Clue(ClueType.VEHICLE, values, "f");
        values.put("plate", "京B12345");

        assertThat(clue.values()).containsEntry("plate", "京A12345");
        assertThatThrownBy(() -> clue.values().put("brand", "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Clue(null, Map.of(), "f")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Clue(ClueType.VEHICLE, Map.of(), null)).isInstanceOf(NullPointerException.class);
    }
}
