package org.zhongben.portal.privacy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.audit.AuditAction;
import org.zhongben.portal.audit.AuditLog;
import org.zhongben.portal.casefile.CreditCode;
import org.zhongben.portal.casefile.ResidentIdNumber;
import org.zhongben.portal.common.crypto.FieldCipher;
import org.zhongben.portal.common.error.CommonError;
import org.zhongben.portal.common.error.PortalException;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Everything the portal holds about one person, found by their full ID number or credit code through the keyed hash
 * (PIPL Art. 45: the right to access and copy). A supervisor answers the request; the export itself is audited.
 */
@ApplicationScoped
public class PersonalDataExport {

    private final Pool pool;
    private final FieldCipher cipher;
    private final AuditLog audit;

    PersonalDataExport(Pool pool, FieldCipher cipher, AuditLog audit) {
        this.pool = pool;
        this.cipher = cipher;
        this.audit = audit;
    }

    public record Party(String caseNumber, String courtCode, String role, String kind, String name, String idNumber,
            String idType) {
    }

    public record RegisterEntry(String caseNumber, String debtorName, String idMasked, String unperformedAmount,
            LocalDate zhongbenOn, LocalDate shieldedOn) {
    }

    public record LinkedAccount(String email, String displayName, String role, OffsetDateTime createdAt) {
    }

    public record AuditEntry(OffsetDateTime occurredAt, String actorRole, String actorLabel, String action,
            String caseNumber) {
    }

    public record Export(OffsetDateTime exportedAt, List<Party> parties, List<RegisterEntry> register,
            List<LinkedAccount> accounts, List<AuditEntry> audit) {
    }

    public Uni<Export> export(Viewer supervisor, String idNumber) {
        if (supervisor.kind() != Viewer.Kind.ACCOUNT || !supervisor.hasRole(Roles.SUPERVISOR)) {
            return Uni.createFrom().failure(new PortalException(CommonError.FORBIDDEN));
        }
        String normalised = ResidentIdNumber.normalise(idNumber == null ? "" : idNumber);
        if (!ResidentIdNumber.isValid(normalised)) {
            normalised = CreditCode.normalise(idNumber == null ? "" : idNumber);
            if (!CreditCode.isValid(normalised)) {
                return Uni.createFrom().failure(new PortalException(PrivacyError.INVALID_ID));
            }
        }
        Buffer hash = Buffer.buffer(cipher.keyedHash(normalised));
        return pool.withTransaction(connection -> connection.preparedQuery("""
                SELECT p.id, c.case_number, ct.code AS court_code, p.role, p.kind, p.name, p.id_type, p.id_number_enc
                FROM party p JOIN enforcement_case c ON c.id = p.case_id JOIN court ct ON ct.id = c.court_id
                WHERE p.id_number_hash = $1 ORDER BY c.id, p.id""").execute(Tuple.of(hash)).chain(partyRows -> {
            List<Party> parties = new ArrayList<>();
            List<Long> partyIds = new ArrayList<>();
            for (Row row : partyRows) {
                partyIds.add(row.getLong("id"));
                var sealed = row.getBuffer("id_number_enc");
                parties.add(new Party(row.getString("case_number"), row.getString("court_code"), row.getString("role"),
                        row.getString("kind"), row.getString("name"),
                        sealed == null ? null : cipher.decrypt(sealed.getBytes()), row.getString("id_type")));
            }
            Long[] ids = partyIds.toArray(Long[]::new);
            return connection.preparedQuery("""
                    SELECT case_number, debtor_name, id_masked, unperformed_amount::text AS amount, zhongben_on, shielded_on
                    FROM registry_entry WHERE party_id = ANY($1) ORDER BY case_id""").execute(Tuple.of(ids))
                    .chain(registerRows -> connection.preparedQuery("""
                            SELECT a.id, a.email, a.display_name, a.role, a.created_at FROM account a
                            WHERE a.id IN (SELECT account_id FROM account_party_link WHERE party_id = ANY($1))
                            ORDER BY a.id""").execute(Tuple.of(ids)).chain(accountRows -> {
                        List<String> actors = new ArrayList<>();
                        for (Long id : partyIds) {
                            actors.add("party:" + id);
                        }
                        for (Row row : accountRows) {
                            actors.add("account:" + row.getLong("id"));
                        }
                        return connection.preparedQuery("""
                                SELECT e.occurred_at, e.actor_role, e.actor_label, e.action, c.case_number
                                FROM audit_event e LEFT JOIN enforcement_case c ON c.id = e.case_id
                                WHERE e.actor_id = ANY($1) ORDER BY e.id""")
                                .execute(Tuple.of(actors.toArray(String[]::new))).map(auditRows -> {
                                    List<RegisterEntry> register = new ArrayList<>();
                                    for (Row row : registerRows) {
                                        register.add(new RegisterEntry(row.getString("case_number"),
                                                row.getString("debtor_name"), row.getString("id_masked"),
                                                row.getString("amount"), row.getLocalDate("zhongben_on"),
                                                row.getLocalDate("shielded_on")));
                                    }
                                    List<LinkedAccount> accounts = new ArrayList<>();
                                    for (Row row : accountRows) {
                                        accounts.add(new LinkedAccount(row.getString("email"),
                                                row.getString("display_name"), row.getString("role"),
                                                row.getOffsetDateTime("created_at")));
                                    }
                                    List<AuditEntry> trail = new ArrayList<>();
                                    for (Row row : auditRows) {
                                        trail.add(new AuditEntry(row.getOffsetDateTime("occurred_at"),
                                                row.getString("actor_role"), row.getString("actor_label"),
                                                row.getString("action"), row.getString("case_number")));
                                    }
                                    return new Export(OffsetDateTime.now(), List.copyOf(parties), List.copyOf(register),
                                            List.copyOf(accounts), List.copyOf(trail));
                                });
                    }))
                    .call(export -> audit.record(connection, supervisor.toActor(), AuditAction.PERSONAL_DATA_EXPORTED,
                            null, "parties:" + partyIds.size(), Map.of("found", partyIds.size())));
        }));
    }
}
