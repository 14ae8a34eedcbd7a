package org.zhongben.portal.registry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileListener;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.CaseLineage;
import org.zhongben.portal.casefile.CreditCode;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.IdType;
import org.zhongben.portal.casefile.vocabulary.PartyKind;
import org.zhongben.portal.casefile.vocabulary.PartyRole;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Keeps the registry in step with intake, in the intake transaction: a 终本 case's debtors appear when the ruling is
 * recorded; a case resumed by a 执恢 case, fully performed, finally terminated or shielded by the court stays in the
 * table but is shielded. Set-based: one statement per kind of change for the whole batch, rows in key order.
 */
@ApplicationScoped
class RegistryListener implements CaseFileListener {

    static final int FOLLOW_UP_YEARS = 5;

    private final CaseFileStore files;
    private final Clock clock;

    RegistryListener(CaseFileStore files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    record Entry(long caseId, long partyId, String courtCode, String courtName, String caseNumber, String name,
            String kind, String idMasked, String creditCode, byte[] idHash, BigDecimal unperformed, LocalDate docketedOn,
            LocalDate zhongbenOn, LocalDate shieldedOn, String shieldReason) {
    }

    /** The pinyin dictionary loads on first use: at startup, on the main thread, not in the first intake on the event loop. */
    void loadPinyin(@Observes StartupEvent started) {
        NameKeys.sounds("王伟");
    }

    @Override
    public Uni<Void> stored(SqlConnection connection, List<StoredChange> changes) {
        List<Long> ids = changes.stream().map(StoredChange::caseId).toList();
        return files.lineage(connection, ids).chain(lineage -> debtors(connection, ids).chain(parties -> {
            List<Entry> entries = new ArrayList<>();
            List<Long> leaving = new ArrayList<>();
            List<Long> resumedParents = new ArrayList<>();
            for (StoredChange change : changes) {
                CaseLineage line = lineage.get(change.caseId());
                if (line != null && line.parentCaseId() != null) {
                    resumedParents.add(line.parentCaseId());
                }
                CaseFile file = change.file();
                if (file.closingMode() != ClosingMode.ZHONGBEN || file.ruling() == null) {
                    leaving.add(change.caseId());
                    continue;
                }
                entries.addAll(entries(change.caseId(), file, line, parties.getOrDefault(change.caseId(), Map.of())));
            }
            entries.sort(Comparator.comparingLong(Entry::caseId).thenComparingLong(Entry::partyId));
            return upsert(connection, entries).chain(() -> shield(connection, leaving, "TERMINATED"))
                    .chain(() -> shield(connection, resumedParents, "RESUMED"))
                    .chain(() -> nameKeys(connection, ids, entries));
        }));
    }

    private List<Entry> entries(long caseId, CaseFile file, CaseLineage line, Map<String, Row> parties) {
        LocalDate today = LocalDate.now(clock);
        LocalDate shieldedOn = null;
        String reason = null;
        if (line != null && !line.children().isEmpty()) {
            shieldedOn = line.children().get(0).docketedOn();
            reason = "RESUMED";
        } else if (file.unperformedAmount() != null && file.unperformedAmount().signum() == 0) {
            shieldedOn = file.closedOn() != null ? file.closedOn() : today;
            reason = "PERFORMED";
        } else if (file.databaseEntry() != null && file.databaseEntry().shieldedOn() != null) {
            shieldedOn = file.databaseEntry().shieldedOn();
            reason = "COURT";
        }
        List<Entry> entries = new ArrayList<>();
        for (CaseFile.Party party : file.parties()) {
            Row row = parties.get(party.id());
            if (party.role() != PartyRole.DEBTOR || row == null) {
                continue;
            }
            boolean person = party.kind() == PartyKind.NATURAL_PERSON;
            String creditCode = !person && party.idType() == IdType.USCC && party.idNumber() != null
                    ? CreditCode.normalise(party.idNumber())
                    : null;
            entries.add(new Entry(caseId, row.getLong("id"), file.courtCode(), file.courtName() == null ? file.courtCode()
                    : file.courtName(), file.caseNumber(), party.name(), party.kind().name(),
                    person ? row.getString("id_number_masked") : null, creditCode,
                    row.getBuffer("id_number_hash") == null ? null : row.getBuffer("id_number_hash").getBytes(),
                    file.unperformedAmount() == null ? BigDecimal.ZERO : file.unperformedAmount(), file.docketedOn(),
                    file.ruling().ruledOn(), shieldedOn, reason));
        }
        return entries;
    }

    private static Uni<Map<Long, Map<String, Row>>> debtors(SqlConnection connection, List<Long> ids) {
        return connection.preparedQuery("""
                SELECT id, case_id, external_id, id_number_masked, id_number_hash FROM party
                WHERE case_id = ANY($1) AND role = 'DEBTOR'""").execute(Tuple.of(ids.toArray(Long[]::new))).map(rows -> {
            Map<Long, Map<String, Row>> byCase = new HashMap<>();
            for (Row row : rows) {
                byCase.computeIfAbsent(row.getLong("case_id"), ignored -> new HashMap<>())
                        .put(row.getString("external_id"), row);
            }
            return byCase;
        });
    }

    private static Uni<Void> upsert(SqlConnection connection, List<Entry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> batch = entries.stream().map(entry -> Tuple.tuple(List.of(entry.caseId(), entry.partyId(),
                entry.courtCode(), entry.courtName(), entry.caseNumber(), entry.name(), entry.kind()))
                .addValue(entry.idMasked()).addValue(entry.creditCode())
                .addValue(entry.idHash() == null ? null : io.vertx.core.buffer.Buffer.buffer(entry.idHash()))
                .addValue(entry.unperformed()).addValue(entry.docketedOn()).addValue(entry.zhongbenOn())
                .addValue(entry.zhongbenOn().plusYears(FOLLOW_UP_YEARS)).addValue(entry.shieldedOn())
                .addValue(entry.shieldReason())).toList();
        return connection.preparedQuery("""
                INSERT INTO registry_entry (case_id, party_id, court_code, court_name, case_number, debtor_name,
                    debtor_kind, id_masked, credit_code, id_hash, unperformed_amount, docketed_on, zhongben_on,
                    follow_up_until, shielded_on, shield_reason)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
                ON CONFLICT (case_id, party_id) DO UPDATE SET court_code = excluded.court_code,
                    court_name = excluded.court_name, case_number = excluded.case_number,
                    debtor_name = excluded.debtor_name, debtor_kind = excluded.debtor_kind,
                    id_masked = excluded.id_masked, credit_code = excluded.credit_code, id_hash = excluded.id_hash,
                    unperformed_amount = excluded.unperformed_amount, docketed_on = excluded.docketed_on,
                    zhongben_on = excluded.zhongben_on, follow_up_until = excluded.follow_up_until,
                    shielded_on = coalesce(registry_entry.shielded_on, excluded.shielded_on),
                    shield_reason = coalesce(registry_entry.shield_reason, excluded.shield_reason), updated_at = now()""")
                .executeBatch(batch).replaceWithVoid();
    }

    private Uni<Void> shield(SqlConnection connection, List<Long> caseIds, String reason) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("""
                UPDATE registry_entry SET shielded_on = $2, shield_reason = $3, updated_at = now()
                WHERE case_id = ANY($1) AND shielded_on IS NULL""")
                .execute(Tuple.of(caseIds.stream().sorted().distinct().toArray(Long[]::new), LocalDate.now(clock), reason))
                .replaceWithVoid();
    }

    private static Uni<Void> nameKeys(SqlConnection connection, List<Long> caseIds, List<Entry> entries) {
        List<Tuple> keys = new ArrayList<>();
        for (Entry entry : entries) {
            for (String key : NameKeys.of(entry.name())) {
                keys.add(Tuple.of(key, entry.caseId(), entry.partyId(), entry.zhongbenOn()));
            }
        }
        Uni<Void> deleted = connection.preparedQuery("DELETE FROM registry_name_key WHERE case_id = ANY($1)")
                .execute(Tuple.of(caseIds.toArray(Long[]::new))).replaceWithVoid();
        return keys.isEmpty() ? deleted
                : deleted.chain(() -> connection.preparedQuery(
                        "INSERT INTO registry_name_key (key, case_id, party_id, zhongben_on) VALUES ($1, $2, $3, $4)"
                                + " ON CONFLICT DO NOTHING")
                        .executeBatch(keys).replaceWithVoid());
    }
}
