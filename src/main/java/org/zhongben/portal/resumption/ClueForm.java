package org.zhongben.portal.resumption;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.zhongben.portal.common.error.FieldError;
import org.zhongben.portal.investigations.Label;
import org.zhongben.portal.resumption.clue.ClueField;
import org.zhongben.portal.resumption.clue.ClueType;

/**
 * The clue form of one type as the editor renders it: every field with what the creditor typed and, after a refused
 * attempt, the message of its error. Re-rendering the typed values means a refused form never loses input.
 */
public record ClueForm(Label type, String description, List<Field> fields, boolean failed) {

    public record Field(String name, String label, String kind, boolean required, int maxLength, String hint,
            List<Label> options, String value, String error) {

        public boolean select() {
            return "SELECT".equals(kind);
        }

        public boolean textarea() {
            return "TEXTAREA".equals(kind);
        }

        public String inputMode() {
            return "MONEY".equals(kind) ? "decimal" : "text";
        }
    }

    static ClueForm empty(ClueType type, Locale locale) {
        return of(type, Map.of(), List.of(), locale);
    }

    static ClueForm of(ClueType type, Map<String, String> values, List<FieldError> errors, Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError error : errors) {
            messages.putIfAbsent(error.field(), error.message());
        }
        List<Field> fields = new ArrayList<>();
        for (ClueField field : type.fields()) {
            List<Label> options = field.options(locale).entrySet().stream()
                    .map(option -> new Label(option.getKey(), option.getValue())).toList();
            fields.add(new Field(field.name(), field.label(locale), field.kind().name(), field.required(),
                    field.maxLength(), field.hint(locale), options, values.getOrDefault(field.name(), ""),
                    messages.get(field.name())));
        }
        return new ClueForm(Label.of(type, locale), type.hint(locale), List.copyOf(fields), !errors.isEmpty());
    }

    /** The values of {@code type}'s fields among the posted form parameters; everything else is ignored. */
    static Map<String, String> pick(ClueType type, Map<String, List<String>> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ClueField field : type.fields()) {
            List<String> posted = form.get(field.name());
            if (posted != null && !posted.isEmpty() && posted.get(0) != null) {
                values.put(field.name(), posted.get(0));
            }
        }
        return values;
    }
}
