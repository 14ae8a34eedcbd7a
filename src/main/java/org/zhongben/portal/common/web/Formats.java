package org.zhongben.portal.common.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.zhongben.portal.common.i18n.Languages;

import io.quarkus.qute.TemplateExtension;

/**
 * Template formatting in the page's language: dates as 2023年8月15日 or 15 Aug 2023, money with two decimals and
 * grouping. Times are shown in court time.
 */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final ZoneId COURT_TIME = ZoneId.of("Asia/Shanghai");

    private Formats() {
    }

    /** {@code {date.localDate}}: the date in the page's language. */
    static String localDate(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (date == null) {
            return "";
        }
        return Languages.formatDate(date, english(locale) ? Languages.EN : Languages.ZH);
    }

    /** {@code {date.dateIn('zh')}}: the date in a given language, whatever the page's (for documents filed in Chinese). */
    static String dateIn(LocalDate date, String language) {
        if (date == null) {
            return "";
        }
        return Languages.formatDate(date, Languages.resolve(language));
    }

    /** {@code {time.localTime}}: a moment in court time, in the page's language. */
    static String localTime(OffsetDateTime time, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (time == null) {
            return "";
        }
        return time.atZoneSameInstant(COURT_TIME).format(english(locale) ? EN_TIME : ZH_TIME);
    }

    /** {@code {size.bytes}}: a file size for people, 10 MB, 350 KB or 12 B (powers of 1024, as upload limits are). */
    static String bytes(long size) {
        if (size >= 1024L * 1024 * 1024) {
            return oneDecimal(size / (1024.0 * 1024 * 1024)) + " GB";
        }
        if (size >= 1024L * 1024) {
            return oneDecimal(size / (1024.0 * 1024)) + " MB";
        }
        if (size >= 1024) {
            return oneDecimal(size / 1024.0) + " KB";
        }
        return size + " B";
    }

    private static String oneDecimal(double value) {
        return new java.math.BigDecimal(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** {@code {amount.money}}: 1,234,567.80 */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static boolean english(Object locale) {
        if (locale instanceof Locale value) {
            return Languages.isEnglish(value);
        }
        return locale != null && locale.toString().startsWith("en");
    }
}
