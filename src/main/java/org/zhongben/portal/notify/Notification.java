package org.zhongben.portal.notify;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One notification as stored: the event it reports (topic, case, payload) and who receives it and why. Rendered in
 * the reader's language when shown or sent.
 *
 * @param reason why the account receives it: CREDITOR, LAWYER or NAMED (the event names the account)
 * @param mode how it was to reach the account when it was sent (its messages say so)
 */
public record Notification(long id, long accountId, NotificationKind kind, String reason, DeliveryMode mode, String topic,
        String caseNumber, Map<String, Object> payload, LocalDate occurredOn, OffsetDateTime createdAt,
        OffsetDateTime readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
