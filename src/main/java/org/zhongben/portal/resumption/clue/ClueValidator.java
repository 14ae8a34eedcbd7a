package org.zhongben.portal.resumption.clue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.zhongben.portal.casefile.CreditCode;
import org.zhongben.portal.common.error.FieldError;
import org.zhongben.portal.common.i18n.Text;
import org.zhongben.portal.resumption.clue.ClueField.Format;

/**
 * Checks and normalises a clue as typed into the form or sent to the API. Normalising first (full-width digits,
 * spacing, separators, case) lets the same clue typed twice get the same fingerprint, so the court is not asked to
 * verify it twice.
 */
public final class ClueValidator {

    /** Either a clue or the reasons there is none. */
    public record Result(Clue clue, List<FieldError> errors) {

        public Result {
            errors = List.copyOf(errors);
            if ((clue == null) == errors.isEmpty()) {
                throw new IllegalArgumentException("a result has either a clue or errors");
            }
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    static final String REQUIRED = "required";
    static final String TOO_LONG = "too_long";
    static final String TOO_SHORT = "too_short";
    static final String FORMAT = "format";
    static final String CHECK_DIGIT = "check_digit";
    static final String UNKNOWN_OPTION = "unknown_option";
    static final String AMOUNT = "amount";
    static final String UNKNOWN_FIELD = "unknown_field";

    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    private static final String SPACE = "\\p{javaWhitespace}\\u00A0\\u2007\\u202F";

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r]]");
    private static final Pattern WHITESPACE = Pattern.compile("[" + SPACE + "]+");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[[" + SPACE + "]&&[^\\n]]+");
    private static final Pattern LINE_EDGE_SPACE = Pattern.compile(" ?\n ?");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Pattern SEPARATORS = Pattern.compile("[" + SPACE + "-]+");
    private static final Pattern PLATE_SEPARATORS = Pattern.compile("[" + SPACE + "·•・‧.-]+");
    private static final Pattern OPENING_BRACKETS = Pattern.compile("[〔【\\[]");
    private static final Pattern CLOSING_BRACKETS = Pattern.compile("[〕】\\]]");

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern FUND_ACCOUNT = Pattern.compile("[A-Z0-9]{6,20}");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern PERCENTAGE = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,4})?)%?");
    private static final Pattern YUAN = Pattern.compile("[¥￥]?(\\d+(?:\\.\\d{1,2})?)元?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Province abbreviations that start a mainland plate (GA 36-2018). */
    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    /** Ordinary plates have 5 symbols after the issuing letter, special-use ones 4 and a suffix, new-energy ones 6. */
    private static final Pattern PLATE = Pattern.compile("[" + PROVINCES + "][A-HJ-NP-Z]"
            + "(?:[A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{4}[挂学警港澳]|[DF][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[DF])");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private ClueValidator() {
    }

    /**
     * Validates {@code raw} (form or JSON values by field name) as a clue of {@code type}. Keys that are not fields of
     * the type are errors rather than ignored, so a misspelt key cannot silently drop what the creditor typed.
     */
    public static Result validate(ClueType type, Map<String, String> raw, Locale locale) {
        if (type == null) {
            return new Result(null, List.of(new FieldError("type", REQUIRED,
                    Text.of("请选择线索类型", "Choose the kind of clue.").label(locale))));
        }
        Map<String, String> input = raw == null ? Map.of() : raw;
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (ClueField field : type.fields()) {
            Outcome outcome = check(field, input.get(field.name()));
            if (outcome.failed()) {
                errors.add(new FieldError(field.name(), outcome.code(), outcome.message().label(locale)));
            } else if (!outcome.value().isEmpty()) {
                values.put(field.name(), outcome.value());
            }
        }
        Set<String> unknown = new TreeSet<>();
        input.keySet().stream().map(String::valueOf).filter(key -> type.fieldNamed(key) == null).forEach(unknown::add);
        for (String key : unknown) {
            errors.add(new FieldError(key, UNKNOWN_FIELD, unknownField(type, key).label(locale)));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new Clue(type, values, fingerprint(type, values)), List.of());
    }

    private static Outcome check(ClueField field, String raw) {
        String value = clean(field.format(), raw);
        Text label = field.label();
        if (value.isEmpty()) {
            return field.required()
                    ? Outcome.fail(REQUIRED, Text.of("请填写" + label.zh(), label.en() + " is required."))
                    : Outcome.ok("");
        }
        // a select is judged by its options alone: "too long" would not tell the caller what to send
        if (field.format() != Format.CHOICE) {
            int length = value.codePointCount(0, value.length());
            if (length > field.maxLength()) {
                return Outcome.fail(TOO_LONG, Text.of(
                        label.zh() + "最多" + field.maxLength() + "个字符，现有" + length + "个",
                        label.en() + " may have at most " + field.maxLength() + " characters; it has " + length + "."));
            }
            if (length < field.minLength()) {
                return Outcome.fail(TOO_SHORT, Text.of(
                        label.zh() + "至少需要" + field.minLength() + "个字，现有" + length + "个；请写明是什么财产、在哪里、如何得知",
                        label.en() + " needs at least " + field.minLength() + " characters; it has " + length
                                + ". Say what the property is, where it is and how you know."));
            }
        }
        return switch (field.format()) {
            case TEXT, PROSE -> Outcome.ok(value);
            case CHOICE -> choice(field, value);
            case MONEY -> money(label, value);
            case DATE -> date(label, value);
            case BANK_ACCOUNT_NUMBER -> bankAccountNumber(value);
            case PAYMENT_ACCOUNT -> paymentAccount(value);
            case FUND_ACCOUNT -> fundAccount(value);
            case PLATE -> plate(value);
            case CERTIFICATE -> certificate(value);
            case CREDIT_CODE -> creditCode(value);
            case SHARE -> share(value);
        };
    }

    /** Spacing, width and case as the format needs them; blank input becomes "". */
    private static String clean(Format format, String raw) {
        if (raw == null) {
            return "";
        }
        String text = CONTROL.matcher(raw).replaceAll("");
        return switch (format) {
            case TEXT -> collapse(halfWidth(text, false));
            case PROSE -> prose(halfWidth(text, false));
            case CHOICE, FUND_ACCOUNT, BANK_ACCOUNT_NUMBER, CREDIT_CODE ->
                SEPARATORS.matcher(halfWidth(text, true)).replaceAll("").toUpperCase(Locale.ROOT);
            case PAYMENT_ACCOUNT -> collapse(halfWidth(text, true));
            case PLATE -> PLATE_SEPARATORS.matcher(halfWidth(text, true)).replaceAll("").toUpperCase(Locale.ROOT);
            case CERTIFICATE -> WHITESPACE.matcher(asciiBrackets(halfWidth(text, true))).replaceAll("");
            case MONEY, SHARE, DATE -> WHITESPACE.matcher(halfWidth(text, true)).replaceAll("");
        };
    }

    private static Outcome choice(ClueField field, String code) {
        Map<String, String> zh = field.options(Locale.SIMPLIFIED_CHINESE);
        if (zh.containsKey(code)) {
            return Outcome.ok(code);
        }
        Map<String, String> en = field.options(Locale.ENGLISH);
        return Outcome.fail(UNKNOWN_OPTION, Text.of(
                "请从以下选项中选择" + field.label().zh() + "：" + String.join("、", zh.values()),
                "Choose the " + field.label().en().toLowerCase(Locale.ROOT) + " from: "
                        + String.join(", ", en.values()) + "."));
    }

    private static Outcome bankAccountNumber(String number) {
        if (!DIGITS.matcher(number).matches()) {
            return Outcome.fail(FORMAT, Text.of("银行账号只能包含数字（可用空格或短横线分隔）",
                    "A bank account number may contain only digits (spaces and dashes are fine)."));
        }
        int digits = number.length();
        if (digits < 8 || digits > 30) {
            return Outcome.fail(FORMAT, Text.of("银行账号应为8至30位数字，现为" + digits + "位",
                    "A bank account number has 8 to 30 digits; this one has " + digits + "."));
        }
        // UnionPay cards (62…, 16–19 digits) carry a Luhn check digit; corporate and passbook accounts do not.
        if (digits >= 16 && digits <= 19 && number.startsWith("62") && !luhn(number)) {
            return Outcome.fail(CHECK_DIGIT, Text.of("以62开头的" + digits + "位银联卡号末位校验码不符，请逐位核对卡号",
                    "This " + digits + "-digit UnionPay card number (starting 62) fails its check digit;"
                            + " please check each digit."));
        }
        return Outcome.ok(number);
    }

    private static Outcome paymentAccount(String account) {
        String compact = SEPARATORS.matcher(account).replaceAll("");
        if (PHONE_LIKE.matcher(compact).matches()) {
            String digits = compact.startsWith("+") ? compact.substring(1) : compact;
            if (digits.length() == 13 && digits.startsWith("86")) {
                digits = digits.substring(2);
            }
            return MOBILE.matcher(digits).matches() ? Outcome.ok(digits)
                    : Outcome.fail(FORMAT, Text.of("纯数字账号应为11位手机号，以1开头、第二位为3至9，如 13800138000",
                            "An all-digit account must be an 11-digit mainland mobile number starting 13 to 19,"
                                    + " e.g. 13800138000."));
        }
        if (account.contains("@")) {
            return EMAIL.matcher(account).matches() ? Outcome.ok(account.toLowerCase(Locale.ROOT))
                    : Outcome.fail(FORMAT, Text.of("邮箱格式应如 name@example.com",
                            "An e-mail address looks like name@example.com."));
        }
        return Outcome.ok(account);
    }

    private static Outcome fundAccount(String account) {
        return FUND_ACCOUNT.matcher(account).matches() ? Outcome.ok(account)
                : Outcome.fail(FORMAT, Text.of("资金账号应为6至20位数字或英文字母",
                        "A fund account number has 6 to 20 digits or Latin letters."));
    }

    private static Outcome plate(String plate) {
        return PLATE.matcher(plate).matches() ? Outcome.ok(plate)
                : Outcome.fail(FORMAT, Text.of(
                        "车牌号应为省份简称、一个字母和5位字母或数字，如 京A12345；新能源车为6位，如 京AD12345、粤B12345D；"
                                + "字母不含I和O",
                        "A plate is a province character, a letter and 5 letters or digits, e.g. 京A12345;"
                                + " new-energy plates have 6, e.g. 京AD12345 or 粤B12345D. The letters I and O"
                                + " are not used."));
    }

    private static Outcome certificate(String number) {
        return HAS_DIGIT.matcher(number).find() ? Outcome.ok(number)
                : Outcome.fail(FORMAT, Text.of("不动产权证号应包含编号数字，如 京(2020)朝阳区不动产权第0001234号",
                        "A title certificate number contains digits, e.g. 京(2020)朝阳区不动产权第0001234号."));
    }

    private static Outcome creditCode(String code) {
        if (code.length() != 18) {
            return Outcome.fail(FORMAT, Text.of("统一社会信用代码应为18位，现为" + code.length() + "位",
                    "A unified social credit code has 18 characters; this one has " + code.length() + "."));
        }
        String alphabet = CreditCode.alphabet();
        for (char c : code.toCharArray()) {
            if (alphabet.indexOf(c) < 0) {
                return Outcome.fail(FORMAT, Text.of("统一社会信用代码含有不使用的字符“" + c + "”：只用数字和除I、O、S、V、Z以外的大写字母",
                        "A unified social credit code does not use \"" + c + "\": only digits and capital letters"
                                + " other than I, O, S, V and Z."));
            }
        }
        return CreditCode.isValid(code) ? Outcome.ok(code)
                : Outcome.fail(CHECK_DIGIT, Text.of("统一社会信用代码应为18位，最后一位校验码不符，请核对营业执照",
                        "The last character of a unified social credit code is a check character and it does not"
                                + " match the first 17; please compare with the business licence."));
    }

    private static Outcome share(String text) {
        Matcher matcher = PERCENTAGE.matcher(text);
        if (matcher.matches()) {
            BigDecimal percent = new BigDecimal(matcher.group(1));
            if (percent.signum() > 0 && percent.compareTo(HUNDRED) <= 0) {
                return Outcome.ok(percent.stripTrailingZeros().toPlainString());
            }
        }
        return Outcome.fail(FORMAT, Text.of("持股比例应为大于0且不超过100的百分数，最多4位小数，如 35 或 35.5%",
                "The shareholding is a percentage above 0 and at most 100 with up to 4 decimals, e.g. 35 or 35.5%."));
    }

    private static Outcome money(Text label, String text) {
        Matcher matcher = YUAN.matcher(text.replace(",", ""));
        if (!matcher.matches()) {
            return Outcome.fail(FORMAT, Text.of(label.zh() + "应为以元为单位的数字，最多两位小数，如 1,234.50",
                    label.en() + " is a number of yuan with at most two decimals, e.g. 1,234.50."));
        }
        BigDecimal amount = new BigDecimal(matcher.group(1));
        if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
            return Outcome.fail(AMOUNT, Text.of(label.zh() + "应大于0元且不超过999,999,999,999.99元",
                    label.en() + " must be more than 0 and at most 999,999,999,999.99 yuan."));
        }
        return Outcome.ok(amount.setScale(2).toPlainString());
    }

    private static Outcome date(Text label, String text) {
        if (ISO_DATE.matcher(text).matches()) {
            try {
                return Outcome.ok(LocalDate.parse(text).toString());
            } catch (DateTimeParseException impossible) {
                return Outcome.fail(FORMAT, Text.of(label.zh() + "“" + text + "”不是存在的日期",
                        label.en() + " " + text + " is not a calendar date."));
            }
        }
        return Outcome.fail(FORMAT, Text.of(label.zh() + "应写作 yyyy-MM-dd，如 2024-06-30",
                label.en() + " is written yyyy-MM-dd, e.g. 2024-06-30."));
    }

    private static Text unknownField(ClueType type, String key) {
        String names = type.fields().stream().map(ClueField::name).collect(Collectors.joining(", "));
        return Text.of("“" + key + "”不是" + type.zh() + "线索的字段；可用字段：" + names,
                "\"" + key + "\" is not a field of a " + type.en().toLowerCase(Locale.ROOT) + " clue; its fields are "
                        + names + ".");
    }

    /** Luhn (ISO/IEC 7812) check over a digit string, the check digit last. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /**
     * SHA-256 over the type and the fields that identify the property. Descriptive fields (bank name, holder, where
     * a car was seen) are left out: a creditor who re-types the same account with another branch name still names
     * the same property.
     */
    private static String fingerprint(ClueType type, Map<String, String> values) {
        Map<String, String> keys = new LinkedHashMap<>();
        switch (type) {
            case BANK_ACCOUNT, SECURITIES -> keys.put("accountNumber", values.get("accountNumber"));
            case ONLINE_PAYMENT -> {
                keys.put("platform", values.get("platform"));
                keys.put("account", values.get("account").toLowerCase(Locale.ROOT));
            }
            case VEHICLE -> keys.put("plate", values.get("plate"));
            case REAL_ESTATE -> keys.put("certificateNumber", values.get("certificateNumber"));
            case EQUITY -> keys.put("creditCode", values.get("creditCode"));
            case WAGES -> {
                if (values.containsKey("employerCreditCode")) {
                    keys.put("employerCreditCode", values.get("employerCreditCode"));
                } else {
                    keys.put("employer", loose(values.get("employer")));
                }
            }
            case RECEIVABLE -> {
                keys.put("thirdParty", loose(values.get("thirdParty")));
                keys.put("amount", values.get("amount"));
            }
            case OTHER -> keys.put("description", loose(values.get("description")));
        }
        StringBuilder key = new StringBuilder(type.name());
        keys.forEach((name, value) -> key.append('|').append(name).append('=')
                .append(Objects.requireNonNull(value, name).replace("\\", "\\\\").replace("|", "\\|")));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }

    /** Names and prose compared loosely: no spacing, one kind of bracket, one case. */
    private static String loose(String text) {
        String folded = asciiBrackets(halfWidth(text, true));
        return WHITESPACE.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * Full-width forms (Ａ１，) typed by Chinese input methods, as ASCII. Free text keeps its full-width punctuation,
     * which is correct Chinese; codes and numbers lose it.
     */
    private static String halfWidth(String text, boolean punctuationToo) {
        StringBuilder result = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            char ascii = (char) (c - FULL_WIDTH_OFFSET);
            if (c == IDEOGRAPHIC_SPACE) {
                result.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFF5E' && (punctuationToo || Character.isLetterOrDigit(ascii))) {
                result.append(ascii);
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    private static String asciiBrackets(String text) {
        return CLOSING_BRACKETS.matcher(OPENING_BRACKETS.matcher(text).replaceAll("(")).replaceAll(")");
    }

    private static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Like {@link #collapse} but keeps single line breaks and one empty line between paragraphs. */
    private static String prose(String text) {
        String lines = HORIZONTAL_SPACE.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll(" ");
        String trimmed = LINE_EDGE_SPACE.matcher(lines).replaceAll("\n");
        return BLANK_LINES.matcher(trimmed).replaceAll("\n\n").strip();
    }

    private record Outcome(String value, String code, Text message) {

        static Outcome ok(String value) {
            return new Outcome(value, null, null);
        }

        static Outcome fail(String code, Text message) {
            return new Outcome(null, code, message);
        }

        boolean failed() {
            return code != null;
        }
    }
}
