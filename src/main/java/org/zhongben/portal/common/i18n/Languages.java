package org.zhongben.portal.common.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The two languages of the portal: Chinese (default) and English. */
public final class Languages {

    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    public static final Locale EN = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ZH, EN);

    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", ZH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", EN);

    private Languages() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** A date as readers of {@code locale} write it: 2023年8月15日 or 15 Aug 2023. */
    public static String formatDate(LocalDate date, Locale locale) {
        return date.format(isEnglish(locale) ? EN_DATE : ZH_DATE);
    }

    /** Maps a language tag such as {@code en-GB} or {@code zh-Hans-CN} onto one of the supported locales. */
    public static Locale resolve(String tag) {
        if (tag == null || tag.isBlank()) {
            return ZH;
        }
        return tag.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
    }

    /** Picks the first supported language of an {@code Accept-Language} header; Chinese when none matches. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ZH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("en")) {
                    return EN;
                }
                if (tag.startsWith("zh")) {
                    return ZH;
                }
            }
        } catch (RuntimeException malformed) {
            // the JDK's parser throws more than IllegalArgumentException on some malformed headers
            return ZH;
        }
        return ZH;
    }
}
