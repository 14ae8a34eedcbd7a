package org.zhongben.portal.investigations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.zhongben.portal.common.i18n.Labelled;
import org.zhongben.portal.common.i18n.Languages;

/**
 * A displayed value in view models: a stable {@code code} (the enum constant's name) for CSS classes, tests and API
 * clients, and its {@code label} in the requested language. The same record serves the JSON API and Qute pages.
 */
public record Label(String code, String label) {

    /** The value's code and label in {@code locale}; {@code null} for a {@code null} value. */
    public static Label of(Labelled value, Locale locale) {
        if (value == null) {
            return null;
        }
        String code = value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
        return new Label(code, value.label(locale));
    }

    /** A label for a value that is not an enum, from a literal pair. */
    public static Label of(String code, String zh, String en, Locale locale) {
        return new Label(code, text(locale, zh, en));
    }

    /** Labels of {@code values} in their order, skipping nulls. */
    public static List<Label> all(Collection<? extends Labelled> values, Locale locale) {
        List<Label> labels = new ArrayList<>();
        if (values != null) {
            for (Labelled value : values) {
                if (value != null) {
                    labels.add(of(value, locale));
                }
            }
        }
        return List.copyOf(labels);
    }

    /** Picks the Chinese (default) or English text of a literal pair. */
    public static String text(Locale locale, String zh, String en) {
        return Languages.isEnglish(locale) ? en : zh;
    }
}
