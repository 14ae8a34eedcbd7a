package org.zhongben.portal.accounts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.zhongben.portal.common.i18n.Languages;

/** Small helpers of the delegation pages: notices after a redirect, and dates from forms. */
public final class LawyerTexts {

    private LawyerTexts() {
    }

    /** The notice shown after {@code ?done=…}; {@code null} for an unknown code. */
    public static String notice(String done, Locale locale) {
        boolean english = Languages.isEnglish(locale);
        return switch (done) {
            case "requested" -> english ? "Sent; waiting for the court." : "申请已提交,等待法院审核。";
            case "granted" -> english ? "The lawyer is authorised." : "已授权该律师。";
            case "revoked" -> english ? "Authorisation revoked, effective immediately." : "授权已撤销,立即生效。";
            case "decided" -> english ? "Recorded." : "已记录。";
            default -> null;
        };
    }

    /** An ISO date from a form field; {@code null} when blank or malformed (the service then refuses clearly). */
    public static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
