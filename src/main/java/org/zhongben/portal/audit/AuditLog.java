package org.zhongben.portal.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes to and reads from the append-only audit log. Writes take the caller's client (a pool for a request on its
 * own, a connection to join a transaction), so a decision and its audit entry commit together.
 */
@ApplicationScoped
public class AuditLog {

    private static final String INSERT = """
            INSERT INTO audit_event (actor_kind, actor_id, actor_role, actor_label, action, case_id, subject,
                                     client_address, detail)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb)""";

    private final Pool pool;
    private final ObjectMapper json;

    AuditLog(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    public Uni<Void> record(SqlClient client, Actor actor, AuditAction action, Long caseId, String subject,
            Map<String, ?> detail) {
        return client.preparedQuery(INSERT)
                .execute(Tuple.from(new Object[] { actor.kind().name(), actor.id(), actor.role(), actor.label(),
                        action.name(), caseId, subject, actor.clientAddress(), detail == null ? null : toJson(detail) }))
                .replaceWithVoid();
    }

    /** Records on its own connection. */
    public Uni<Void> record(Actor actor, AuditAction action, Long caseId, String subject) {
        return record(pool, actor, action, caseId, subject, null);
    }

    /** One access to a case, as its parties see it. */
    public record Access(OffsetDateTime at, String actorRole, String actorLabel, AuditAction action, String subject) {
    }

    /** The latest accesses to a case (views, downloads, sign-ins), newest first. */
    public Uni<List<Access>> accessesOf(long caseId, int limit) {
        return pool.preparedQuery("""
                SELECT occurred_at, actor_role, actor_label, action, subject FROM audit_event
                WHERE case_id = $1 AND action = ANY($2) ORDER BY id DESC LIMIT $3""")
                .execute(Tuple.of(caseId, accessActions(), limit))
                .map(rows -> {
                    List<Access> accesses = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        accesses.add(new Access(row.getOffsetDateTime("occurred_at"), row.getString("actor_role"),
                                row.getString("actor_label"), AuditAction.valueOf(row.getString("action")),
                                row.getString("subject")));
                    }
                    return accesses;
                });
    }

    private static String[] accessActions() {
        return java.util.Arrays.stream(AuditAction.values()).filter(AuditAction::isAccess).map(Enum::name)
                .toArray(String[]::new);
    }

    private String toJson(Map<String, ?> detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit detail is not serialisable", e);
        }
    }
}
