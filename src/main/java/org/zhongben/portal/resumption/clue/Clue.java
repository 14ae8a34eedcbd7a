package org.zhongben.portal.resumption.clue;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.zhongben.portal.common.i18n.Languages;

/**
 * A validated property clue: normalised values by field name, blank optional fields left out, and a fingerprint that
 * is equal for the same property however it was typed.
 */
public record Clue(ClueType type, Map<String, String> values, String fingerprint) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    private static final int SUMMARY_TEXT = 40;

    public Clue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fingerprint, "fingerprint");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values == null ? Map.of() : values));
    }

    /**
     * One line for lists and notifications. Account numbers, phone numbers and plates are masked because summaries
     * travel further (e-mails, logs, court overviews) than the clue itself.
     */
    public String summary(Locale locale) {
        boolean english = Languages.isEnglish(locale);
        String summary = switch (type) {
            case BANK_ACCOUNT -> join(value("bank"), lastFour(value("accountNumber")));
            case ONLINE_PAYMENT -> join(platform(locale), maskAccount(value("account")));
            case SECURITIES -> join(value("brokerage"), lastFour(value("accountNumber")));
            case VEHICLE -> join(value("brand"), maskPlate(value("plate")));
            case REAL_ESTATE -> shorten(value("address"));
            case EQUITY -> value("share").isEmpty() ? value("company")
                    : english ? value("company") + ", " + value("share") + "% share"
                            : value("company") + " 持股" + value("share") + "%";
            case WAGES -> value("position").isEmpty() ? value("employer")
                    : english ? value("employer") + " (" + value("position") + ")"
                            : value("employer") + "（" + value("position") + "）";
            case RECEIVABLE -> english ? value("thirdParty") + ", owing ¥" + money(value("amount"))
                    : value("thirdParty") + "，欠款 ¥" + money(value("amount"));
            case OTHER -> shorten(value("description"));
        };
        return LINE_BREAKS.matcher(summary).replaceAll(" ").strip();
    }

    private String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    private String platform(Locale locale) {
        String code = value("platform");
        ClueField field = type.fieldNamed("platform");
        return field == null ? code : field.options(locale).getOrDefault(code, code);
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(part -> !part.isBlank()).collect(Collectors.joining(" "));
    }

    /** "****1234": enough for the creditor to recognise the account, too little to use it. */
    static String lastFour(String number) {
        if (number.isEmpty()) {
            return "";
        }
        return number.length() <= 4 ? "****" : "****" + number.substring(number.length() - 4);
    }

    /** 138****8000, z***@example.com, or the first and last character of any other account name. */
    static String maskAccount(String account) {
        if (account.isEmpty()) {
            return "";
        }
        if (MOBILE.matcher(account).matches()) {
            return account.substring(0, 3) + "****" + account.substring(7);
        }
        int at = account.indexOf('@');
        if (at > 0) {
            return account.charAt(0) + "***" + account.substring(at);
        }
        return account.length() <= 2 ? "***" : account.charAt(0) + "***" + account.charAt(account.length() - 1);
    }

    /** 京A·1***5: the issuing region stays readable, only the first and last serial symbols are shown. */
    static String maskPlate(String plate) {
        if (plate.length() < 5) {
            return plate.isEmpty() ? "" : "***";
        }
        String serial = plate.substring(2);
        return plate.substring(0, 2) + "·" + serial.charAt(0) + "*".repeat(serial.length() - 2)
                + serial.charAt(serial.length() - 1);
    }

    private static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= SUMMARY_TEXT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SUMMARY_TEXT)) + "…";
    }

    private static String money(String amount) {
        try {
            DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return format.format(new BigDecimal(amount));
        } catch (NumberFormatException notANumber) {
            return amount;
        }
    }
}
