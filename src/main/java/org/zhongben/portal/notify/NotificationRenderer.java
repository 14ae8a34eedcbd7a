package org.zhongben.portal.notify;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.outbox.Outbox;
import org.zhongben.portal.common.web.UrlPaths;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Turns a stored notification into words in the reader's language, for the inbox and for e-mails. */
@ApplicationScoped
public class NotificationRenderer {

    private final String publicUrl;

    NotificationRenderer(@ConfigProperty(name = "portal.public-url") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    static NotifyMessages messages(Locale locale) {
        return MessageBundles.get(NotifyMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }

    public RenderedMessage render(Notification notification, Locale locale) {
        DeliveryMode mode = notification.mode();
        NotifyMessages words = messages(locale);
        String kind = kindLabel(notification.kind(), words);
        String caseNumber = notification.caseNumber() == null ? "" : notification.caseNumber();
        String why = switch (notification.reason()) {
            case "LAWYER" -> words.whyLawyer(caseNumber, kind, modeLabel(mode, words));
            case "NAMED" -> words.whyNamed(caseNumber, kind, modeLabel(mode, words));
            default -> words.whyCreditor(caseNumber, kind, modeLabel(mode, words));
        };
        if (notification.kind().required()) {
            why = why + " " + words.whyRequired();
        }
        return new RenderedMessage(words.subject(kind, caseNumber), kind, caseNumber,
                Languages.formatDate(notification.occurredOn(), locale), summary(notification.payload(), locale, kind),
                link(notification), why, publicUrl + "/account/notifications");
    }

    /** The producer's own sentence in the reader's language; the kind's name when it wrote none. */
    private static String summary(Map<String, Object> payload, Locale locale, String fallback) {
        if (payload.get(Outbox.SUMMARY) instanceof Map<?, ?> summary) {
            Object text = summary.get(Languages.isEnglish(locale) ? "en" : "zh");
            if (text instanceof String sentence && !sentence.isBlank()) {
                return sentence;
            }
        }
        return fallback;
    }

    private String link(Notification notification) {
        if (notification.payload().get("path") instanceof String path && path.startsWith("/") && !path.startsWith("//")) {
            return publicUrl + path;
        }
        return notification.caseNumber() == null ? publicUrl + "/inbox"
                : publicUrl + "/cases/" + UrlPaths.segment(notification.caseNumber());
    }

    static String kindLabel(NotificationKind kind, NotifyMessages words) {
        return switch (kind) {
            case FOLLOW_UP_RESULT -> words.kindFollowUpResult();
            case DEADLINE -> words.kindDeadline();
            case RESUMPTION -> words.kindResumption();
            case DELEGATION -> words.kindDelegation();
            case DOCUMENT -> words.kindDocument();
            case COMPLIANCE -> words.kindCompliance();
        };
    }

    static String modeLabel(DeliveryMode mode, NotifyMessages words) {
        return switch (mode) {
            case IMMEDIATE -> words.modeImmediate();
            case DIGEST -> words.modeDigest();
            case INBOX_ONLY -> words.modeInboxOnly();
        };
    }
}
