package org.zhongben.portal.accounts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A lawyer's practising-certificate number (律师执业证号): 17 digits. The structure inside (licensing authority,
 * year, category, sex, sequence) varies by issuing period, so only the length and the digits are checked here; a
 * clerk compares the number with the licence itself before the account may act.
 */
public final class LicenceNumber {

    private static final Pattern FORMAT = Pattern.compile("\\d{17}");

    private LicenceNumber() {
    }

    /** The number without spaces, or empty when it is not 17 digits. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s\\u3000-]", "");
        return FORMAT.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}
