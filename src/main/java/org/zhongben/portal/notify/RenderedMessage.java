package org.zhongben.portal.notify;

/**
 * A notification in one language: the subject line, what happened, the link to the case, and why the reader
 * receives it (with the way to change that).
 */
public record RenderedMessage(String subject, String kind, String caseNumber, String date, String summary, String link,
        String why, String preferencesLink) {
}
