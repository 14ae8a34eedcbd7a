package org.zhongben.portal.common.i18n;

import java.util.Locale;

/**
 * A value shown to users in both portal languages. Enumerations of the domain implement it so that a page or an
 * API answer never shows a raw constant name.
 */
public interface Labelled {

    /** Chinese label (the portal's default language). */
    String zh();

    /** English label. */
    String en();

    default String label(Locale locale) {
        return Languages.isEnglish(locale) ? en() : zh();
    }
}
