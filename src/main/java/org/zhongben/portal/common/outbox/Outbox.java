package org.zhongben.portal.common.outbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The transactional outbox: features write events here in the same transaction as the change that caused them; the
 * notifications feature delivers them later. Writing is idempotent: an event whose {@code dedupKey} is already there
 * is dropped.
 * <p>
 * Payload conventions read by notifications: {@value #SUMMARY} holds what happened in both languages
 * ({@link #summary}); {@value #NOTIFY_ACCOUNTS} (account ids) and {@value #NOTIFY_PARTY} (a party id, meaning the
 * accounts linked to it) name the recipients when they are not simply everyone following the case.
 */
@ApplicationScoped
public class Outbox {

    public static final String SUMMARY = "summary";
    public static final String NOTIFY_ACCOUNTS = "notifyAccounts";
    public static final String NOTIFY_PARTY = "notifyParty";

    private final ObjectMapper json;

    /** The {@value #SUMMARY} entry of a payload: one sentence saying what happened, in Chinese and in English. */
    public static Map<String, String> summary(String zh, String en) {
        return Map.of("zh", zh, "en", en);
    }

    Outbox(ObjectMapper json) {
        this.json = json;
    }

    /**
     * One event.
     *
     * @param dedupKey identifies the event: writing the same key twice stores it once
     * @param topic what happened, e.g. {@code deadline.overdue}
     * @param occurredOn the day it happened (court time)
     */
    public record Event(String dedupKey, String topic, Long caseId, Map<String, Object> payload, LocalDate occurredOn) {
    }

    /** Appends the events through {@code client} (a connection in the caller's transaction); returns how many were new. */
    public Uni<Integer> append(SqlClient client, List<Event> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        String rows;
        try {
            rows = json.writeValueAsString(events);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return client.preparedQuery("""
                INSERT INTO outbox_event (dedup_key, topic, case_id, payload, occurred_on)
                SELECT e->>'dedupKey', e->>'topic', (e->>'caseId')::bigint, e->'payload', (e->>'occurredOn')::date
                FROM jsonb_array_elements($1::text::jsonb) e
                ON CONFLICT (dedup_key) DO NOTHING""").execute(Tuple.of(rows)).map(result -> result.rowCount());
    }
}
