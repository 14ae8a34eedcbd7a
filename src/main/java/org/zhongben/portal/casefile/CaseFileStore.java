package org.zhongben.portal.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.common.crypto.FieldCipher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Storage of the case-file aggregate. A case file is written as a whole inside the caller's transaction — head
 * upsert with the version check, party upsert, replacement of every other part in one set-based statement — and
 * read back as a whole in one query. The tables are private to this class; features read case files through
 * {@link #read} and the lookups below.
 */
@ApplicationScoped
public class CaseFileStore {

    private static final String UPSERT_CASES = sql("upsert-cases.sql");
    private static final String LINK_PARENTS = sql("link-parents.sql");
    private static final String WRITE_PARTIES = sql("write-parties.sql");
    private static final String DELETE_CHILDREN = sql("delete-children.sql");
    private static final String INSERT_CHILDREN = sql("insert-children.sql");
    private static final String READ_CASE_FILE = sql("read-case-file.sql");
    private static final String LINEAGE = sql("lineage.sql");
    private static final String CASE_SUMMARIES = sql("case-summaries.sql");

    private final Pool pool;
    private final FieldCipher cipher;
    private final ObjectMapper json;
    private final Map<String, Long> courtIds = new ConcurrentHashMap<>();

    private final Cache maskedFiles;

    public CaseFileStore(Pool pool, FieldCipher cipher, ObjectMapper json, @CacheName("case-files") Cache maskedFiles) {
        this.pool = pool;
        this.cipher = cipher;
        this.json = json;
        this.maskedFiles = maskedFiles;
    }

    /** A validated case file and its parsed number, ready to be stored. */
    public record Write(CaseFile file, CaseNumber number) {
    }

    /**
     * Stores a batch of validated case files in the transaction of {@code connection}, in a handful of set-based
     * statements whatever the batch size. A file whose version is not above the stored one writes nothing and is
     * reported {@link WriteOutcome.Status#STALE}. The batch must not hold the same case twice. Outcomes come back in
     * the order of {@code writes}.
     */
    public Uni<List<WriteOutcome>> writeAll(SqlConnection connection, List<Write> writes) {
        if (writes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // courts are resolved outside the caller's transaction: a court row is committed before its id is cached and
        // shared with concurrent batches, which would otherwise reference a row they cannot see yet
        return courtIds(pool, writes).chain(courts -> {
            List<Map<String, Object>> heads = new ArrayList<>(writes.size());
            for (Write write : writes) {
                heads.add(head(courts.get(write.file().courtCode()), write));
            }
            return connection.preparedQuery(UPSERT_CASES).execute(Tuple.of(toJson(heads)))
                    .chain(rows -> storeParts(connection, writes, courts, rows));
        });
    }

    private Uni<List<WriteOutcome>> storeParts(SqlConnection connection, List<Write> writes, Map<String, Long> courts,
            RowSet<Row> upserted) {
        Map<String, Row> written = new HashMap<>();
        for (Row row : upserted) {
            written.put(row.getLong("court_id") + "|" + row.getString("case_number"), row);
        }
        List<Long> writtenIds = new ArrayList<>();
        List<Long> updatedIds = new ArrayList<>();
        List<Map<String, Object>> parties = new ArrayList<>();
        List<Map<String, Object>> children = new ArrayList<>();
        for (Write write : writes) {
            Row row = written.get(key(courts, write));
            if (row == null) {
                continue;
            }
            long caseId = row.getLong("id");
            writtenIds.add(caseId);
            if (!row.getBoolean("inserted")) {
                updatedIds.add(caseId);
            }
            parties.addAll(partyRows(caseId, write.file()));
            children.add(childRow(caseId, write.file()));
        }
        if (writtenIds.isEmpty()) {
            return staleOutcomes(connection, writes, courts, written, Map.of());
        }
        Long[] ids = writtenIds.toArray(Long[]::new);
        Uni<Void> cleared = updatedIds.isEmpty() ? Uni.createFrom().voidItem()
                : connection.preparedQuery(DELETE_CHILDREN).execute(Tuple.of(updatedIds.toArray(Long[]::new)))
                        .replaceWithVoid();
        return cleared
                .chain(() -> connection.preparedQuery(LINK_PARENTS).execute(Tuple.of((Object) ids)))
                .chain(() -> connection.preparedQuery(WRITE_PARTIES).execute(Tuple.of(toJson(parties), ids)))
                .chain(newParties -> connection.preparedQuery(INSERT_CHILDREN).execute(Tuple.of(toJson(children)))
                        .replaceWith(newParties))
                .chain(newParties -> staleOutcomes(connection, writes, courts, written, groupNewParties(newParties)));
    }

    private static Map<Long, List<WriteOutcome.NewParty>> groupNewParties(RowSet<Row> rows) {
        Map<Long, List<WriteOutcome.NewParty>> byCase = new HashMap<>();
        for (Row row : rows) {
            byCase.computeIfAbsent(row.getLong("case_id"), id -> new ArrayList<>())
                    .add(new WriteOutcome.NewParty(row.getLong("id"), row.getString("external_id"),
                            PartyRole.valueOf(row.getString("role"))));
        }
        return byCase;
    }

    /** Builds the outcomes in input order; the stored version of stale files is looked up in one query. */
    private Uni<List<WriteOutcome>> staleOutcomes(SqlConnection connection, List<Write> writes, Map<String, Long> courts,
            Map<String, Row> written, Map<Long, List<WriteOutcome.NewParty>> newParties) {
        List<Write> stale = writes.stream().filter(write -> !written.containsKey(key(courts, write))).toList();
        Uni<Map<String, long[]>> storedVersions = stale.isEmpty() ? Uni.createFrom().item(Map.of())
                : connection.preparedQuery("""
                        SELECT id, court_id, case_number, version FROM enforcement_case
                        WHERE (court_id, case_number) IN (SELECT * FROM unnest($1::bigint[], $2::text[]))""")
                        .execute(Tuple.of(stale.stream().map(w -> courts.get(w.file().courtCode())).toArray(Long[]::new),
                                stale.stream().map(w -> w.number().render()).toArray(String[]::new)))
                        .map(rows -> {
                            Map<String, long[]> versions = new HashMap<>();
                            for (Row row : rows) {
                                versions.put(row.getLong("court_id") + "|" + row.getString("case_number"),
                                        new long[] { row.getLong("id"), row.getLong("version") });
                            }
                            return versions;
                        });
        return storedVersions.map(versions -> {
            List<WriteOutcome> outcomes = new ArrayList<>(writes.size());
            for (Write write : writes) {
                String key = key(courts, write);
                Row row = written.get(key);
                if (row == null) {
                    long[] stored = versions.getOrDefault(key, new long[] { 0, 0 });
                    outcomes.add(WriteOutcome.stale(write.number().render(), stored[0], stored[1]));
                } else {
                    long caseId = row.getLong("id");
                    outcomes.add(new WriteOutcome(write.number().render(),
                            row.getBoolean("inserted") ? WriteOutcome.Status.CREATED : WriteOutcome.Status.UPDATED,
                            caseId, write.file().version(), newParties.getOrDefault(caseId, List.of())));
                }
            }
            return outcomes;
        });
    }

    private static String key(Map<String, Long> courts, Write write) {
        return courts.get(write.file().courtCode()) + "|" + write.number().render();
    }

    /** Court ids are few and never change; remember them after the first (committed) lookup. */
    private Uni<Map<String, Long>> courtIds(SqlClient client, List<Write> writes) {
        Map<String, Long> resolved = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Write write : writes) {
            String code = write.file().courtCode();
            if (resolved.containsKey(code)) {
                continue;
            }
            Long known = courtIds.get(code);
            resolved.put(code, known);
            if (known == null) {
                chain = chain.chain(() -> courtId(client, code, write.file().courtName()).invoke(id -> resolved.put(code, id))
                        .replaceWithVoid());
            }
        }
        return chain.map(ignored -> resolved);
    }

    private Uni<Long> courtId(SqlClient client, String code, String name) {
        String courtName = name == null || name.isBlank() ? code : name;
        return client.preparedQuery("""
                WITH inserted AS (
                    INSERT INTO court (code, name, level, province) VALUES ($1, $2, $3, $4)
                    ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, updated_at = now()
                        WHERE court.name = court.code
                    RETURNING id)
                SELECT id FROM inserted UNION ALL SELECT id FROM court WHERE code = $1 LIMIT 1""")
                .execute(Tuple.of(code, courtName, CourtLevel.of(code).name(), code.substring(0, 1)))
                .map(rows -> {
                    long id = rows.iterator().next().getLong("id");
                    courtIds.put(code, id);
                    return id;
                });
    }

    private static Map<String, Object> head(long courtId, Write write) {
        CaseFile file = write.file();
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("courtId", courtId);
        head.put("caseNumber", write.number().render());
        head.put("caseYear", write.number().year());
        head.put("caseType", write.number().type().name());
        head.put("legacyNumber", write.number().legacy());
        head.put("parentCaseNumber", file.parentCaseNumber() == null ? null
                : CaseNumber.parse(file.parentCaseNumber()).map(CaseNumber::render).orElse(file.parentCaseNumber()));
        head.put("version", file.version());
        head.put("docketedOn", file.docketedOn());
        head.put("applicationReceivedOn", file.applicationReceivedOn());
        head.put("executionNoticeSentOn", file.executionNoticeSentOn());
        head.put("claimedAmount", file.claimedAmount());
        head.put("realisedAmount", file.realisedAmount());
        head.put("unperformedAmount", file.unperformedAmount());
        head.put("closingMode", file.closingMode());
        head.put("closedOn", file.closedOn());
        head.put("judgeName", file.judge() == null ? null : file.judge().name());
        head.put("judgePhone", file.judge() == null ? null : file.judge().phone());
        return head;
    }

    private List<Map<String, Object>> partyRows(long caseId, CaseFile file) {
        List<Map<String, Object>> rows = new ArrayList<>(file.parties().size());
        int position = 0;
        for (CaseFile.Party party : file.parties()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("caseId", caseId);
            row.put("position", ++position);
            row.put("id", party.id());
            row.put("role", party.role());
            row.put("kind", party.kind());
            row.put("name", party.name());
            row.put("idType", party.idType());
            if (party.idNumber() != null) {
                String normalised = normaliseId(party.idNumber());
                row.put("idNumberEnc", Base64.getEncoder().encodeToString(cipher.encrypt(normalised)));
                row.put("idNumberHash", Base64.getEncoder().encodeToString(cipher.keyedHash(normalised)));
                row.put("idNumberMasked", ResidentIdNumber.mask(normalised));
            }
            row.put("legalRepresentative", party.legalRepresentative());
            row.put("address", party.address());
            row.put("minor", party.minor());
            row.put("deceased", party.deceased());
            row.put("whereaboutsUnknown", party.whereaboutsUnknown());
            rows.add(row);
        }
        return rows;
    }

    /** The form an ID number is stored, hashed and looked up in: upper case, no spaces. */
    public static String normaliseId(String idNumber) {
        return idNumber.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static Map<String, Object> childRow(long caseId, CaseFile file) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("caseId", caseId);
        row.put("basis", file.basis());
        row.put("payments", file.payments());
        row.put("suspensions", file.suspensions());
        row.put("reportOrders", file.reportOrders());
        row.put("clues", file.clues());
        row.put("measures", file.measures());
        row.put("networkQueries", file.networkQueries());
        row.put("assets", file.assets());
        row.put("controls", file.controls());
        row.put("coerciveMeasures", file.coerciveMeasures());
        row.put("restrictions", file.restrictions());
        row.put("dishonestGrounds", file.dishonestGrounds());
        row.put("listings", file.listings());
        row.put("interview", file.interview());
        row.put("ruling", file.ruling());
        row.put("databaseEntry", file.databaseEntry());
        row.put("followUps", file.followUps());
        row.put("remedies", file.remedies());
        row.put("bankruptcyTransfer", file.bankruptcyTransfer());
        row.put("documents", file.documents());
        return row;
    }

    /**
     * Reads a case file with masked ID numbers, from a bounded cache when the stored version is the one given
     * ({@code updated_at}, which every change of the case file, its documents or its resumed children moves on).
     */
    public Uni<Optional<StoredCaseFile>> readMasked(long caseId, OffsetDateTime version) {
        // a newer file read after the version was taken is still the right answer; it is simply cached under the
        // older key, which nobody asks for again
        return maskedFiles.getAsync(new Version(caseId, version), key -> read(caseId, IdDisclosure.MASKED)
                .map(found -> found.orElse(null))).map(Optional::ofNullable);
    }

    /** Cache key: a case as of one stored version. */
    record Version(long caseId, OffsetDateTime updatedAt) {
    }

    /** Reads a stored case file; ID numbers are decrypted only when {@code disclosure} is FULL. */
    public Uni<Optional<StoredCaseFile>> read(long caseId, IdDisclosure disclosure) {
        return pool.preparedQuery(READ_CASE_FILE).execute(Tuple.of(new Long[] { caseId })).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            return Optional.of(parse(rows.iterator().next().getString("document"), disclosure));
        });
    }

    /**
     * Reads many stored case files in one round trip, in no particular order; ids without a case are skipped. For
     * background work over many cases (recomputing derived data).
     */
    public Uni<List<StoredCaseFile>> readAll(List<Long> caseIds, IdDisclosure disclosure) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery(READ_CASE_FILE).execute(Tuple.of(caseIds.toArray(Long[]::new))).map(rows -> {
            List<StoredCaseFile> files = new ArrayList<>(rows.size());
            for (Row row : rows) {
                files.add(parse(row.getString("document"), disclosure));
            }
            return files;
        });
    }

    /** Case ids after {@code afterId} in id order: a keyset walk over every stored case. */
    public Uni<List<Long>> caseIdsAfter(long afterId, int limit) {
        return pool.preparedQuery("SELECT id FROM enforcement_case WHERE id > $1 ORDER BY id LIMIT $2")
                .execute(Tuple.of(afterId, limit)).map(rows -> {
                    List<Long> ids = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        ids.add(row.getLong("id"));
                    }
                    return ids;
                });
    }

    /**
     * The parent, the resuming 执恢 cases and the number of ancestors terminated by 终本 of each case in
     * {@code caseIds}, read through {@code client} (a connection inside a transaction sees its own writes).
     */
    public Uni<Map<Long, CaseLineage>> lineage(SqlClient client, List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return client.preparedQuery(LINEAGE).execute(Tuple.of(caseIds.toArray(Long[]::new))).map(rows -> {
            Map<Long, CaseLineage> lineage = new HashMap<>();
            for (Row row : rows) {
                try {
                    List<StoredCaseFile.ChildCase> children = json.readValue(row.getString("children"),
                            json.getTypeFactory().constructCollectionType(List.class, StoredCaseFile.ChildCase.class));
                    long caseId = row.getLong("case_id");
                    lineage.put(caseId, new CaseLineage(caseId, row.getLong("parent_case_id"), List.copyOf(children),
                            row.getLong("earlier_terminations").intValue()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Case lineage could not be read", e);
                }
            }
            return lineage;
        });
    }

    private StoredCaseFile parse(String document, IdDisclosure disclosure) {
        try {
            JsonNode root = json.readTree(document);
            Map<String, String> idNumbers = new HashMap<>();
            List<StoredCaseFile.StoredParty> parties = new ArrayList<>();
            for (JsonNode party : root.get("parties")) {
                String externalId = party.get("externalId").asText();
                parties.add(new StoredCaseFile.StoredParty(party.get("id").asLong(), externalId,
                        PartyRole.valueOf(party.get("role").asText())));
                JsonNode sealed = party.get("idNumberEnc");
                if (sealed != null && !sealed.isNull()) {
                    idNumbers.put(externalId, disclosure == IdDisclosure.FULL
                            ? cipher.decrypt(Base64.getMimeDecoder().decode(sealed.asText()))
                            : party.get("idNumberMasked").asText());
                }
            }
            ObjectNode fileNode = (ObjectNode) root.get("file");
            for (JsonNode party : fileNode.get("parties")) {
                String number = idNumbers.get(party.get("id").asText());
                if (number != null) {
                    ((ObjectNode) party).put("idNumber", number);
                }
            }
            CaseFile file = json.treeToValue(fileNode, CaseFile.class);
            Set<String> uploaded = Set.copyOf(json.convertValue(root.get("uploadedDocuments"),
                    json.getTypeFactory().constructCollectionType(List.class, String.class)));
            List<StoredCaseFile.ChildCase> children = json.convertValue(root.get("childCases"),
                    json.getTypeFactory().constructCollectionType(List.class, StoredCaseFile.ChildCase.class));
            JsonNode parent = root.get("parentCaseId");
            return new StoredCaseFile(root.get("caseId").asLong(),
                    java.time.OffsetDateTime.parse(root.get("updatedAt").asText()),
                    parent == null || parent.isNull() ? null : parent.asLong(), file, List.copyOf(parties), uploaded,
                    children, root.get("earlierTerminations").asInt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored case file could not be read", e);
        }
    }

    /** The case id for a case number within one court. */
    public Uni<Optional<Long>> findCaseId(String courtCode, String caseNumber) {
        return pool.preparedQuery("""
                SELECT c.id FROM enforcement_case c JOIN court ct ON ct.id = c.court_id
                WHERE ct.code = $1 AND c.case_number = $2""")
                .execute(Tuple.of(courtCode, caseNumber))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong("id")));
    }

    /** The metadata a court declared for a document of a case, if it declared one. */
    public Uni<Optional<CaseFile.Document>> declaredDocument(long caseId, String documentId) {
        return pool.preparedQuery("""
                SELECT external_id, kind, title, issued_on, visibility, sha256, size, content_type
                FROM case_document WHERE case_id = $1 AND external_id = $2""")
                .execute(Tuple.of(caseId, documentId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new CaseFile.Document(row.getString("external_id"),
                            org.zhongben.portal.casefile.vocabulary.DocumentKind.valueOf(row.getString("kind")),
                            row.getString("title"), row.getLocalDate("issued_on"),
                            org.zhongben.portal.casefile.vocabulary.DocumentVisibility.valueOf(row.getString("visibility")),
                            row.getString("sha256"), row.getLong("size"), row.getString("content_type")));
                });
    }

    /** Links uploaded content to a declared document, replacing earlier content; in the caller's transaction. */
    public Uni<Void> attachDocumentContent(SqlConnection connection, long caseId, String documentId, long blobId) {
        return connection.preparedQuery("""
                WITH attached AS (
                    INSERT INTO case_document_content (case_id, external_id, blob_id) VALUES ($1, $2, $3)
                    ON CONFLICT (case_id, external_id) DO UPDATE SET blob_id = EXCLUDED.blob_id, uploaded_at = now())
                UPDATE enforcement_case SET updated_at = now() WHERE id = $1""")
                .execute(Tuple.of(caseId, documentId, blobId)).replaceWithVoid();
    }

    /** The blob holding a document's uploaded content, if uploaded. */
    public Uni<Optional<Long>> documentBlob(long caseId, String documentId) {
        return pool.preparedQuery("SELECT blob_id FROM case_document_content WHERE case_id = $1 AND external_id = $2")
                .execute(Tuple.of(caseId, documentId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong("blob_id")));
    }

    /** A party of a case, found by the case number (for sign-in and access checks). */
    public record CaseParty(long caseId, String caseNumber, long partyId, String externalId, PartyRole role,
            String name, OffsetDateTime caseVersion) {
    }

    /** The parties of the cases with this (canonical) number; usually one case. */
    public Uni<List<CaseParty>> partiesOfCase(String caseNumber) {
        return pool.preparedQuery("""
                SELECT c.id AS case_id, c.case_number, c.updated_at, p.id AS party_id, p.external_id, p.role, p.name
                FROM enforcement_case c JOIN party p ON p.case_id = c.id WHERE c.case_number = $1""")
                .execute(Tuple.of(caseNumber)).map(rows -> {
                    List<CaseParty> parties = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        parties.add(new CaseParty(row.getLong("case_id"), row.getString("case_number"),
                                row.getLong("party_id"), row.getString("external_id"),
                                PartyRole.valueOf(row.getString("role")), row.getString("name"),
                                row.getOffsetDateTime("updated_at")));
                    }
                    return parties;
                });
    }

    /** The parties with these ids, with their cases. */
    public Uni<List<CaseParty>> parties(List<Long> partyIds) {
        if (partyIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery("""
                SELECT c.id AS case_id, c.case_number, c.updated_at, p.id AS party_id, p.external_id, p.role, p.name
                FROM party p JOIN enforcement_case c ON c.id = p.case_id WHERE p.id = ANY($1)""")
                .execute(Tuple.of(partyIds.toArray(Long[]::new))).map(rows -> {
                    List<CaseParty> parties = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        parties.add(new CaseParty(row.getLong("case_id"), row.getString("case_number"),
                                row.getLong("party_id"), row.getString("external_id"),
                                PartyRole.valueOf(row.getString("role")), row.getString("name"),
                                row.getOffsetDateTime("updated_at")));
                    }
                    return parties;
                });
    }

    /** A page of summaries of the cases of the given parties, with the cursor value of each row. */
    public Uni<List<SummaryRow>> summaries(SummaryQuery query) {
        // the order, keyset condition and cursor expression come from a fixed enum, never from the request
        String withKey = CASE_SUMMARIES.replaceFirst("SELECT \\*",
                "SELECT summary.*, (" + query.order().key + ")::text AS cursor_value")
                + (query.after() == null ? "" : " AND " + query.order().after) + " ORDER BY " + query.order().orderBy
                + " LIMIT " + Math.max(1, Math.min(query.limit(), 10_000));
        Object[] params = query.after() == null
                ? new Object[] { query.partyIds().toArray(Long[]::new), query.today(), query.status(), query.courtCode(),
                        query.caseNumberLike() }
                : new Object[] { query.partyIds().toArray(Long[]::new), query.today(), query.status(), query.courtCode(),
                        query.caseNumberLike(), query.after().value(), query.after().id() };
        return pool.preparedQuery(withKey).execute(Tuple.from(params)).map(rows -> {
            List<SummaryRow> page = new ArrayList<>(rows.size());
            for (Row row : rows) {
                page.add(new SummaryRow(new CaseSummary(row.getLong("id"), row.getString("case_number"),
                        row.getString("court_code"), row.getString("court_name"),
                        org.zhongben.portal.casefile.vocabulary.CaseType.valueOf(row.getString("case_type")),
                        row.getLocalDate("docketed_on"), row.getBigDecimal("claimed_amount"),
                        row.getBigDecimal("unperformed_amount"),
                        row.getString("closing_mode") == null ? null
                                : org.zhongben.portal.casefile.vocabulary.ClosingMode.valueOf(row.getString("closing_mode")),
                        row.getLocalDate("closed_on"), row.getLocalDate("ruled_on"), PartyRole.valueOf(row.getString("role")),
                        row.getString("status"), row.getLocalDate("next_follow_up_due")),
                        new SummaryQuery.Cursor(row.getString("cursor_value"), row.getLong("id"))));
            }
            return page;
        });
    }

    /** A summary and the cursor that points just after it. */
    public record SummaryRow(CaseSummary summary, SummaryQuery.Cursor cursor) {
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Case file part could not be serialised", e);
        }
    }

    private static String sql(String name) {
        try (InputStream in = CaseFileStore.class.getResourceAsStream("/casefile/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
