package org.zhongben.portal.casefile;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit sequence, 1 check character
 * (ISO 7064 MOD 11-2, {@code X} for ten).
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = "10X98765432".toCharArray();

    private ResidentIdNumber() {
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("digits expected");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Normalises (upper-case X, no spaces) and validates; returns {@code null} when invalid. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String id = text.strip().toUpperCase(java.util.Locale.ROOT);
        return isValid(id) ? id : null;
    }

    public static boolean isValid(String id) {
        if (id == null || id.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') {
                return false;
            }
        }
        int province = Integer.parseInt(id.substring(0, 2));
        if (province < 11 || province > 91) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.getYear() < 1880) {
                return false;
            }
        } catch (DateTimeException badDate) {
            return false;
        }
        return checkCharacter(id.substring(0, 17)) == id.charAt(17);
    }

    /** Birth date encoded in a valid number. */
    public static LocalDate birthDate(String id) {
        return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                Integer.parseInt(id.substring(12, 14)));
    }

    /**
     * The masked form used everywhere outside the roles that need the full number: first four and last four
     * characters kept, e.g. {@code 3301**********1234}.
     */
    public static String mask(String id) {
        if (id == null || id.length() < 8) {
            return "****";
        }
        return id.substring(0, 4) + "*".repeat(id.length() - 8) + id.substring(id.length() - 4);
    }
}
