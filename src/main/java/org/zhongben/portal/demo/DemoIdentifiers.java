package org.zhongben.portal.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.zhongben.portal.casefile.CreditCode;
import org.zhongben.portal.casefile.ResidentIdNumber;

/** Fictitious identity numbers that pass the real check-character rules. */
final class DemoIdentifiers {

    private static final String ORG_BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

    private DemoIdentifiers() {
    }

    /**
     * 居民身份证号码: division code, birth date, sequence whose last digit is odd for men and even for women, check
     * character (GB 11643).
     */
    static String residentId(SplittableRandom rng, String regionCode, LocalDate birth, boolean male) {
        int sequence = rng.nextInt(100) * 10 + (male ? 1 + 2 * rng.nextInt(5) : 2 * rng.nextInt(5));
        StringBuilder id = new StringBuilder(18).append(regionCode).append(birth.getYear());
        pad2(id, birth.getMonthValue());
        pad2(id, birth.getDayOfMonth());
        if (sequence < 100) {
            id.append('0');
        }
        if (sequence < 10) {
            id.append('0');
        }
        id.append(sequence);
        return id.append(ResidentIdNumber.checkCharacter(id)).toString();
    }

    /**
     * 统一社会信用代码: 9 (registered by market regulation) 1 (enterprise), division code, nine-character
     * organisation code (with its own GB 11714 check character), check character (GB 32100).
     */
    static String creditCode(SplittableRandom rng, String regionCode) {
        StringBuilder code = new StringBuilder(18).append("91").append(regionCode);
        StringBuilder org = new StringBuilder(9);
        if (rng.nextInt(10) < 7) {
            // codes issued since 2015 usually start with MA
            org.append("MA");
            for (int i = 0; i < 6; i++) {
                org.append(ORG_BODY.charAt(rng.nextInt(ORG_BODY.length())));
            }
        } else {
            for (int i = 0; i < 8; i++) {
                org.append((char) ('0' + (i == 0 ? 1 + rng.nextInt(9) : rng.nextInt(10))));
            }
        }
        org.append(organisationCheck(org));
        code.append(org);
        return code.append(CreditCode.checkCharacter(code)).toString();
    }

    /** GB 11714 check character of an eight-character organisation code body. */
    static char organisationCheck(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value = c <= '9' ? c - '0' : c - 'A' + 10;
            sum += value * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** A masked bank account number as shown in query results, e.g. 6222 **** **** 4821. */
    static String maskedAccount(SplittableRandom rng) {
        String prefix = switch (rng.nextInt(5)) {
            case 0 -> "6222";
            case 1 -> "6217";
            case 2 -> "6228";
            case 3 -> "6214";
            default -> "6230";
        };
        return prefix + " **** **** " + (1000 + rng.nextInt(9000));
    }

    /** A licence plate of the court's province, e.g. 京N3F28K. */
    static String plate(SplittableRandom rng, char province) {
        String letters = "ABCDEFGHJKLMN";
        String symbols = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder plate = new StringBuilder(7).append(province).append(letters.charAt(rng.nextInt(letters.length())));
        for (int i = 0; i < 5; i++) {
            plate.append(i < 2 ? (char) ('0' + rng.nextInt(10)) : symbols.charAt(rng.nextInt(symbols.length())));
        }
        return plate.toString();
    }

    private static void pad2(StringBuilder out, int value) {
        if (value < 10) {
            out.append('0');
        }
        out.append(value);
    }
}
