package org.zhongben.portal.notify;

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
 * The transactional outbox (published interface of the notifications feature): other features write events here
 * in the same transaction as the change that caused them; delivery happens later. Writing is idempotent: an event
 * whose {@code dedupKey} is already there is dropped.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

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
