package org.zhongben.portal.resumption.clue;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.zhongben.portal.common.i18n.Labelled;
import org.zhongben.portal.common.i18n.Text;

/**
 * One input of a clue form. The HTML form, the JSON API and {@link ClueValidator} read the same definition, so a
 * label, a length limit or a choice list cannot drift between them.
 */
public final class ClueField {

    /** How a page renders the input. */
    public enum Kind {
        TEXT,
        TEXTAREA,
        SELECT,
        MONEY
    }

    /** How {@link ClueValidator} normalises and checks the value; pages only need the {@link Kind}. */
    enum Format {
        TEXT(Kind.TEXT),
        PROSE(Kind.TEXTAREA),
        CHOICE(Kind.SELECT),
        MONEY(Kind.MONEY),
        DATE(Kind.TEXT),
        BANK_ACCOUNT_NUMBER(Kind.TEXT),
        PAYMENT_ACCOUNT(Kind.TEXT),
        FUND_ACCOUNT(Kind.TEXT),
        PLATE(Kind.TEXT),
        CERTIFICATE(Kind.TEXT),
        CREDIT_CODE(Kind.TEXT),
        SHARE(Kind.TEXT);

        private final Kind kind;

        Format(Kind kind) {
            this.kind = kind;
        }
    }

    private static final Text NO_HINT = Text.of("", "");

    private final String name;
    private final Format format;
    private final Text label;
    private final boolean required;
    private final int minLength;
    private final int maxLength;
    private final Text hint;
    private final Map<String, Labelled> options;

    private ClueField(String name, Format format, Text label, boolean required, int minLength, int maxLength, Text hint,
            Map<String, Labelled> options) {
        this.name = Objects.requireNonNull(name, "name");
        this.format = Objects.requireNonNull(format, "format");
        this.label = Objects.requireNonNull(label, "label");
        this.required = required;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.hint = Objects.requireNonNull(hint, "hint");
        this.options = options;
    }

    /** An optional field without hint; refine it with {@link #asRequired()} and the {@code with} methods. */
    static ClueField field(String name, Format format, int maxLength, String zh, String en) {
        return new ClueField(name, format, Text.of(zh, en), false, 0, maxLength, NO_HINT, Map.of());
    }

    /** A select whose options are the constants of {@code choices}, in declaration order. */
    static <E extends Enum<E> & Labelled> ClueField choice(String name, Class<E> choices, String zh, String en) {
        Map<String, Labelled> options = new LinkedHashMap<>();
        Arrays.stream(choices.getEnumConstants()).forEach(choice -> options.put(choice.name(), choice));
        int longest = options.keySet().stream().mapToInt(String::length).max().orElse(0);
        return new ClueField(name, Format.CHOICE, Text.of(zh, en), false, 0, longest,
                NO_HINT, Collections.unmodifiableMap(options));
    }

    ClueField asRequired() {
        return new ClueField(name, format, label, true, minLength, maxLength, hint, options);
    }

    ClueField withMinLength(int characters) {
        return new ClueField(name, format, label, required, characters, maxLength, hint, options);
    }

    ClueField withHint(String zh, String en) {
        return new ClueField(name, format, label, required, minLength, maxLength, Text.of(zh, en), options);
    }

    /** The form and JSON key, in camelCase. */
    public String name() {
        return name;
    }

    public String label(Locale locale) {
        return label.label(locale);
    }

    /** Option code to label, in display order; empty unless the field is a {@link Kind#SELECT}. */
    public Map<String, String> options(Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        options.forEach((code, choice) -> labels.put(code, choice.label(locale)));
        return Collections.unmodifiableMap(labels);
    }

    public boolean required() {
        return required;
    }

    public Kind kind() {
        return format.kind;
    }

    /** Upper bound in characters, counted after normalisation; also the form's {@code maxlength}. */
    public int maxLength() {
        return maxLength;
    }

    /** A format example or advice for the form; empty when the label says enough. */
    public String hint(Locale locale) {
        return hint.label(locale);
    }

    Text label() {
        return label;
    }

    Format format() {
        return format;
    }

    int minLength() {
        return minLength;
    }

    @Override
    public String toString() {
        return name;
    }
}
