package org.zhongben.portal.casefile;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters over a 31-symbol alphabet (no I, O, S, V, Z); the last is a check
 * character computed with weights 3^i mod 31.
 */
public final class CreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private CreditCode() {
    }

    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("invalid character");
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** Normalises (upper case, no spaces) and validates; returns {@code null} when invalid. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String code = text.strip().toUpperCase(java.util.Locale.ROOT);
        return isValid(code) ? code : null;
    }

    /** The symbol alphabet, for generators. */
    public static String alphabet() {
        return ALPHABET;
    }
}
