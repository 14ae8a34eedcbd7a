package org.zhongben.portal.notify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.common.i18n.Languages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The notification tables: fan-out of outbox events, deliveries to send, the inbox and preferences. */
@ApplicationScoped
class NotificationStore {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** Advisory lock key of the digest batches ("dgst"). */
    private static final long DIGEST_LOCK = 0x64677374L;

    private final ObjectMapper json;

    NotificationStore(ObjectMapper json) {
        this.json = json;
    }

    record Event(long id, String topic, Long caseId, Map<String, Object> payload, int attempts) {
    }

    /** An account an event reaches, and why. */
    record Reached(long eventId, long accountId, String reason, boolean emailConfirmed) {
    }

    /** A delivery to send, with everything needed to render it. */
    record Due(long id, int attempts, String channel, Notification notification, Recipient recipient) {
    }

    /** Undispatched events whose time has come, locked; other dispatchers skip them. */
    Uni<List<Event>> claimEvents(SqlClient connection, int limit) {
        return connection.preparedQuery("""
                SELECT id, topic, case_id, payload::text AS payload, attempts FROM outbox_event
                WHERE dispatched_at IS NULL AND next_attempt_at <= now()
                ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED""").execute(Tuple.of(limit))
                .map(rows -> {
                    List<Event> events = new ArrayList<>();
                    for (Row row : rows) {
                        events.add(new Event(row.getLong("id"), row.getString("topic"), row.getLong("case_id"),
                                payload(row.getString("payload")), row.getInteger("attempts")));
                    }
                    return events;
                });
    }

    /**
     * Everyone each event reaches: for a case event, the creditor accounts linked to the case's creditor parties and
     * the lawyers of active delegations; for an event naming recipients, the named accounts and the accounts linked
     * to a named party.
     */
    Uni<List<Reached>> recipients(SqlClient connection, List<Long> caseEvents, List<Long> caseIds, List<Long> partyEvents,
            List<Long> partyIds, List<Long> accountEvents, List<Long> accountIds) {
        return connection.preparedQuery("""
                SELECT r.event_id, r.account_id, min(r.reason) AS reason, a.email_confirmed_at IS NOT NULL AS confirmed
                FROM (SELECT e.event_id, l.account_id, 'CREDITOR' AS reason
                      FROM unnest($1::bigint[], $2::bigint[]) e(event_id, case_id)
                      JOIN party p ON p.case_id = e.case_id AND p.role = 'CREDITOR'
                      JOIN account_party_link l ON l.party_id = p.id
                      UNION ALL
                      SELECT e.event_id, d.lawyer_account_id, 'LAWYER'
                      FROM unnest($1::bigint[], $2::bigint[]) e(event_id, case_id)
                      JOIN delegation d ON d.case_id = e.case_id AND d.state = 'ACTIVE' AND d.expires_on >= current_date
                      UNION ALL
                      SELECT e.event_id, l.account_id, 'NAMED'
                      FROM unnest($3::bigint[], $4::bigint[]) e(event_id, party_id)
                      JOIN account_party_link l ON l.party_id = e.party_id
                      UNION ALL
                      SELECT e.event_id, e.account_id, 'NAMED' FROM unnest($5::bigint[], $6::bigint[]) e(event_id, account_id)
                     ) r
                JOIN account a ON a.id = r.account_id
                GROUP BY r.event_id, r.account_id, a.email_confirmed_at""")
                .execute(Tuple.tuple(List.of(longs(caseEvents), longs(caseIds), longs(partyEvents), longs(partyIds),
                        longs(accountEvents), longs(accountIds))))
                .map(rows -> {
                    List<Reached> reached = new ArrayList<>();
                    for (Row row : rows) {
                        reached.add(new Reached(row.getLong("event_id"), row.getLong("account_id"),
                                row.getString("reason"), row.getBoolean("confirmed")));
                    }
                    return reached;
                });
    }

    /** Each account's chosen mode per kind. */
    Uni<Map<Long, Map<NotificationKind, DeliveryMode>>> preferences(SqlClient client, List<Long> accountIds) {
        return client.preparedQuery("SELECT account_id, kind, mode FROM notification_preference WHERE account_id = ANY($1)")
                .execute(Tuple.of(longs(accountIds))).map(rows -> {
                    Map<Long, Map<NotificationKind, DeliveryMode>> chosen = new HashMap<>();
                    for (Row row : rows) {
                        chosen.computeIfAbsent(row.getLong("account_id"), id -> new HashMap<>()).put(
                                NotificationKind.valueOf(row.getString("kind")), DeliveryMode.valueOf(row.getString("mode")));
                    }
                    return chosen;
                });
    }

    record NewNotification(long eventId, long accountId, NotificationKind kind, String reason, DeliveryMode mode) {
    }

    /** Stores the inbox messages (an event reaches an account once); answers the ids of those not there before. */
    Uni<Map<String, Long>> insertNotifications(SqlClient connection, List<NewNotification> notifications) {
        if (notifications.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return connection.preparedQuery("""
                INSERT INTO notification (event_id, account_id, kind, reason, mode)
                SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[])
                ON CONFLICT (event_id, account_id) DO NOTHING RETURNING id, event_id, account_id""")
                .execute(Tuple.tuple(List.of(
                        longs(notifications.stream().map(NewNotification::eventId).toList()),
                        longs(notifications.stream().map(NewNotification::accountId).toList()),
                        notifications.stream().map(n -> n.kind().name()).toArray(String[]::new),
                        notifications.stream().map(NewNotification::reason).toArray(String[]::new),
                        notifications.stream().map(n -> n.mode().name()).toArray(String[]::new))))
                .map(rows -> {
                    Map<String, Long> ids = new HashMap<>();
                    for (Row row : rows) {
                        ids.put(row.getLong("event_id") + ":" + row.getLong("account_id"), row.getLong("id"));
                    }
                    return ids;
                });
    }

    record NewDelivery(long notificationId, long accountId, String channel, DeliveryMode mode) {
    }

    Uni<Void> insertDeliveries(SqlClient connection, List<NewDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("""
                INSERT INTO notification_delivery (notification_id, account_id, channel, mode)
                SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING""")
                .execute(Tuple.of(longs(deliveries.stream().map(NewDelivery::notificationId).toList()),
                        longs(deliveries.stream().map(NewDelivery::accountId).toList()),
                        deliveries.stream().map(NewDelivery::channel).toArray(String[]::new),
                        deliveries.stream().map(d -> d.mode().name()).toArray(String[]::new)))
                .replaceWithVoid();
    }

    Uni<Void> markDispatched(SqlClient connection, List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("UPDATE outbox_event SET dispatched_at = now() WHERE id = ANY($1)")
                .execute(Tuple.of(longs(eventIds))).replaceWithVoid();
    }

    /** An event that could not be fanned out waits (exponentially longer each time); given up after the last try. */
    Uni<Void> eventFailed(SqlClient connection, long eventId, String error, Backoff backoff) {
        return connection.preparedQuery("""
                UPDATE outbox_event SET attempts = attempts + 1, last_error = $2,
                       next_attempt_at = CASE WHEN attempts + 1 >= $3 THEN 'infinity'::timestamptz
                                              ELSE now() + make_interval(secs => least($4 * power(2, attempts), $5)) END
                WHERE id = $1""")
                .execute(Tuple.of(eventId, error, backoff.maxAttempts(), backoff.firstDelaySeconds(),
                        backoff.longestDelaySeconds()))
                .replaceWithVoid();
    }

    private static final String DUE_COLUMNS = """
            d.id, d.attempts, d.channel, n.id AS notification_id, n.kind, n.reason, n.mode, n.created_at, n.read_at,
            e.topic, e.payload::text AS payload, e.occurred_on, c.case_number, a.id AS account_id, a.email,
            a.display_name, a.preferred_language
            FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
            JOIN outbox_event e ON e.id = n.event_id JOIN account a ON a.id = d.account_id
            LEFT JOIN enforcement_case c ON c.id = e.case_id""";

    /** Immediate deliveries whose time has come, locked while they are sent; other dispatchers skip them. */
    Uni<List<Due>> claimDue(SqlClient connection, int limit) {
        return connection.preparedQuery("SELECT " + DUE_COLUMNS + """

                WHERE d.state = 'PENDING' AND d.mode = 'IMMEDIATE' AND d.next_attempt_at <= now()
                ORDER BY d.next_attempt_at, d.id LIMIT $1 FOR UPDATE OF d SKIP LOCKED""")
                .execute(Tuple.of(limit)).map(this::dues);
    }

    /**
     * Digest deliveries of up to {@code accounts} accounts, all of each account's, locked while they are sent. Batches
     * of concurrent digest runs (every replica fires the digest at the same second) wait for each other under a
     * transaction-scoped advisory lock, so a batch never takes part of an account whose other part another one holds.
     */
    Uni<List<Due>> claimDigest(SqlClient connection, int accounts) {
        return connection.preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(DIGEST_LOCK))
                .chain(() -> claimDigestBatch(connection, accounts));
    }

    private Uni<List<Due>> claimDigestBatch(SqlClient connection, int accounts) {
        return connection.preparedQuery("SELECT " + DUE_COLUMNS + """

                WHERE d.state = 'PENDING' AND d.mode = 'DIGEST' AND d.next_attempt_at <= now()
                  AND d.account_id IN (SELECT DISTINCT account_id FROM notification_delivery
                                       WHERE state = 'PENDING' AND mode = 'DIGEST' AND next_attempt_at <= now()
                                       ORDER BY account_id LIMIT $1)
                ORDER BY d.account_id, d.id FOR UPDATE OF d SKIP LOCKED""")
                .execute(Tuple.of(accounts)).map(this::dues);
    }

    /** Records each send: sent, or failed with the next try after an exponentially growing wait (or given up). */
    Uni<Void> recordSends(SqlClient connection, List<Long> ids, List<String> errors, Backoff backoff) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("""
                UPDATE notification_delivery d
                SET attempts = d.attempts + 1, last_error = o.error,
                    state = CASE WHEN o.error IS NULL THEN 'SENT' WHEN d.attempts + 1 >= $3 THEN 'FAILED' ELSE 'PENDING' END,
                    sent_at = CASE WHEN o.error IS NULL THEN now() END,
                    next_attempt_at = CASE WHEN o.error IS NULL THEN d.next_attempt_at
                                           ELSE now() + make_interval(secs => least($4 * power(2, d.attempts), $5)) END
                FROM unnest($1::bigint[], $2::text[]) o(id, error) WHERE d.id = o.id""")
                .execute(Tuple.of(longs(ids), errors.toArray(String[]::new), backoff.maxAttempts(),
                        backoff.firstDelaySeconds(), backoff.longestDelaySeconds()))
                .replaceWithVoid();
    }

    // inbox -----------------------------------------------------------------------------------------------------

    /** An account's messages, newest first, before {@code beforeId} when paging. */
    Uni<List<Notification>> inbox(SqlClient client, long accountId, Long beforeId, int limit) {
        return client
                .preparedQuery(
                        """
                                SELECT n.id, n.account_id, n.kind, n.reason, n.mode, n.created_at, n.read_at, e.topic, e.payload::text AS payload,
                                       e.occurred_on, c.case_number
                                FROM notification n JOIN outbox_event e ON e.id = n.event_id
                                LEFT JOIN enforcement_case c ON c.id = e.case_id
                                WHERE n.account_id = $1 AND n.id < $2 ORDER BY n.id DESC LIMIT $3""")
                .execute(Tuple.of(accountId, beforeId == null ? Long.MAX_VALUE : beforeId, limit)).map(rows -> {
                    List<Notification> list = new ArrayList<>();
                    for (Row row : rows) {
                        list.add(notification(row, row.getLong("account_id")));
                    }
                    return list;
                });
    }

    Uni<Long> unread(SqlClient client, long accountId) {
        return client.preparedQuery("SELECT count(*) FROM notification WHERE account_id = $1 AND read_at IS NULL")
                .execute(Tuple.of(accountId)).map(rows -> rows.iterator().next().getLong(0));
    }

    /** Marks one message (or all, when {@code id} is null) of the account read; answers how many changed. */
    Uni<Integer> markRead(SqlClient client, long accountId, Long id) {
        return client.preparedQuery("""
                UPDATE notification SET read_at = now()
                WHERE account_id = $1 AND read_at IS NULL AND ($2::bigint IS NULL OR id = $2)""")
                .execute(Tuple.of(accountId, id)).map(RowSet::rowCount);
    }

    Uni<Void> savePreferences(SqlClient connection, long accountId, Map<NotificationKind, DeliveryMode> chosen) {
        List<String> kinds = new ArrayList<>();
        List<String> modes = new ArrayList<>();
        chosen.forEach((kind, mode) -> {
            kinds.add(kind.name());
            modes.add(mode.name());
        });
        return connection.preparedQuery("""
                INSERT INTO notification_preference (account_id, kind, mode)
                SELECT $1, * FROM unnest($2::text[], $3::text[])
                ON CONFLICT (account_id, kind) DO UPDATE SET mode = excluded.mode""")
                .execute(Tuple.of(accountId, kinds.toArray(String[]::new), modes.toArray(String[]::new)))
                .replaceWithVoid();
    }

    // ------------------------------------------------------------------------------------------------------------

    private List<Due> dues(RowSet<Row> rows) {
        List<Due> due = new ArrayList<>();
        for (Row row : rows) {
            long accountId = row.getLong("account_id");
            due.add(new Due(row.getLong("id"), row.getInteger("attempts"), row.getString("channel"),
                    notification(row, accountId), new Recipient(accountId, row.getString("email"),
                            row.getString("display_name"), Languages.resolve(row.getString("preferred_language")))));
        }
        return due;
    }

    private Notification notification(Row row, long accountId) {
        long id = row.getColumnIndex("notification_id") >= 0 ? row.getLong("notification_id") : row.getLong("id");
        return new Notification(id, accountId, NotificationKind.valueOf(row.getString("kind")), row.getString("reason"),
                DeliveryMode.valueOf(row.getString("mode")), row.getString("topic"), row.getString("case_number"),
                payload(row.getString("payload")),
                row.getLocalDate("occurred_on"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("read_at"));
    }

    private Map<String, Object> payload(String text) {
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException malformed) {
            return Map.of();
        }
    }

    static Long[] longs(List<Long> values) {
        return values.toArray(Long[]::new);
    }
}
