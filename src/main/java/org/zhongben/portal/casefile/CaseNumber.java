package org.zhongben.portal.casefile;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zhongben.portal.casefile.vocabulary.CaseType;

/**
 * 案号: the case number of an enforcement case, as printed on court documents.
 * <p>
 * Current form (from 2016): {@code (2023)京0105执1234号}: year, court code (法院代字), type code (类型代字),
 * sequence. Older forms such as {@code (2014)朝执字第01234号} are accepted as <em>legacy</em> numbers: they keep their
 * court abbreviation and zero-padded sequence exactly and are rendered back unchanged. Full-width parentheses are
 * accepted on input; the canonical rendering uses ASCII parentheses.
 */
public final class CaseNumber {

    /** Province abbreviations used in court codes, plus 兵 (Production and Construction Corps) and 军 (military). */
    private static final String PROVINCES = "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新兵军";

    private static final String TYPE_CODES = "执恢|执保|执异|执复|执监|执协|执他|执";

    private static final Pattern CURRENT = Pattern.compile(
            "^\\((\\d{4})\\)(最高法|[" + PROVINCES + "](?:\\d{2}|\\d{4})?)(" + TYPE_CODES + ")([1-9]\\d{0,6})号$");

    private static final Pattern LEGACY = Pattern.compile(
            "^\\((\\d{4})\\)([\\p{IsHan}\\d]{1,12}?)(" + TYPE_CODES + ")字第(\\d{1,7})号$");

    private static final Pattern COURT_CODE = Pattern.compile("^(最高法|[" + PROVINCES + "](?:\\d{2}|\\d{4})?)$");

    private final int year;
    private final String court;
    private final CaseType type;
    private final String sequence;
    private final boolean legacy;

    private CaseNumber(int year, String court, CaseType type, String sequence, boolean legacy) {
        this.year = year;
        this.court = court;
        this.type = type;
        this.sequence = sequence;
        this.legacy = legacy;
    }

    /** Builds a current-form case number. */
    public static CaseNumber of(int year, String courtCode, CaseType type, long sequence) {
        if (!isValidCourtCode(courtCode)) {
            throw new IllegalArgumentException("not a court code: " + courtCode);
        }
        if (sequence < 1 || sequence > 9_999_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        checkYear(year);
        return new CaseNumber(year, courtCode, Objects.requireNonNull(type), Long.toString(sequence), false);
    }

    /** Parses a case number; empty when the text is not one. */
    public static Optional<CaseNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.strip().replace('（', '(').replace('）', ')').replace(" ", "");
        if (normalised.length() > 40) {
            return Optional.empty();
        }
        Matcher current = CURRENT.matcher(normalised);
        if (current.matches()) {
            return build(current, false);
        }
        Matcher legacy = LEGACY.matcher(normalised);
        if (legacy.matches()) {
            return build(legacy, true);
        }
        return Optional.empty();
    }

    private static Optional<CaseNumber> build(Matcher m, boolean legacy) {
        int year = Integer.parseInt(m.group(1));
        if (year < 1949 || year > 2199) {
            return Optional.empty();
        }
        return CaseType.fromTypeCode(m.group(3))
                .map(type -> new CaseNumber(year, m.group(2), type, m.group(4), legacy));
    }

    private static void checkYear(int year) {
        if (year < 1949 || year > 2199) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    public static boolean isValidCourtCode(String code) {
        return code != null && COURT_CODE.matcher(code).matches();
    }

    public int year() {
        return year;
    }

    /** Court code (current form) or the court abbreviation as written (legacy form). */
    public String court() {
        return court;
    }

    public CaseType type() {
        return type;
    }

    public String sequence() {
        return sequence;
    }

    public boolean legacy() {
        return legacy;
    }

    /** The canonical text, e.g. {@code (2023)京0105执1234号}. */
    public String render() {
        return legacy
                ? "(" + year + ")" + court + type.typeCode() + "字第" + sequence + "号"
                : "(" + year + ")" + court + type.typeCode() + sequence + "号";
    }

    @Override
    public String toString() {
        return render();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseNumber that && render().equals(that.render());
    }

    @Override
    public int hashCode() {
        return render().hashCode();
    }
}
