package org.zhongben.portal.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

import org.zhongben.portal.casefile.vocabulary.CaseType;
import org.zhongben.portal.casefile.vocabulary.IdType;
import org.zhongben.portal.casefile.vocabulary.PartyRole;
import org.zhongben.portal.common.crypto.FieldCipher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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

    private static final String UPSERT_CASE = sql("upsert-case.sql");
    private static final String UPSERT_PARTIES = sql("upsert-parties.sql");
    private static final String DELETE_CHILDREN = sql("delete-children.sql");
    private static final String INSERT_CHILDREN = sql("insert-children.sql");
    private static final String READ_CASE_FILE = sql("read-case-file.sql");

    private final Pool pool;
    private final FieldCipher cipher;
    private final ObjectMapper json;
    private final Map<String, Long> courtIds = new ConcurrentHashMap<>();

    public CaseFileStore(Pool pool, FieldCipher cipher, ObjectMapper json) {
        this.pool = pool;
        this.cipher = cipher;
        this.json = json;
    }

    /**
     * Stores a validated case file in the transaction of {@code connection}. A version not above the stored one
     * writes nothing and reports {@link WriteOutcome.Status#STALE}.
     */
    public Uni<WriteOutcome> write(SqlConnection connection, CaseFile file, CaseNumber number) {
        return courtId(connection, file.courtCode(), file.courtName())
                .chain(courtId -> connection.preparedQuery(UPSERT_CASE).execute(caseHead(courtId, file, number))
                        .chain(rows -> {
                            if (rows.size() == 0) {
                                return storedVersion(connection, courtId, number.render())
                                        .map(head -> WriteOutcome.stale(head[0], head[1]));
                            }
                            Row row = rows.iterator().next();
                            long caseId = row.getLong("id");
                            boolean inserted = row.getBoolean("inserted");
                            return writeParts(connection, caseId, inserted, file, number).map(newParties -> new WriteOutcome(
                                    inserted ? WriteOutcome.Status.CREATED : WriteOutcome.Status.UPDATED, caseId,
                                    file.version(), newParties));
                        }));
    }

    private Uni<List<WriteOutcome.NewParty>> writeParts(SqlConnection connection, long caseId, boolean inserted,
            CaseFile file, CaseNumber number) {
        Uni<Void> cleared = inserted
                ? linkChildren(connection, caseId, number.render())
                : connection.preparedQuery(DELETE_CHILDREN).execute(Tuple.of(caseId)).replaceWithVoid();
        return cleared
                .chain(() -> connection.preparedQuery(UPSERT_PARTIES).execute(Tuple.of(caseId, partiesJson(file))))
                .chain(parties -> connection.preparedQuery(INSERT_CHILDREN).execute(children(caseId, file))
                        .map(ignored -> newParties(parties)));
    }

    /** A 执恢 case may arrive before its parent; once the parent exists, point the children at it. */
    private Uni<Void> linkChildren(SqlConnection connection, long caseId, String caseNumber) {
        return connection.preparedQuery(
                "UPDATE enforcement_case SET parent_case_id = $1 WHERE parent_case_number = $2 AND parent_case_id IS NULL")
                .execute(Tuple.of(caseId, caseNumber)).replaceWithVoid();
    }

    private static List<WriteOutcome.NewParty> newParties(RowSet<Row> rows) {
        List<WriteOutcome.NewParty> created = new ArrayList<>();
        for (Row row : rows) {
            if (row.getBoolean("inserted")) {
                created.add(new WriteOutcome.NewParty(row.getLong("id"), row.getString("external_id"),
                        PartyRole.valueOf(row.getString("role"))));
            }
        }
        return created;
    }

    private Uni<long[]> storedVersion(SqlConnection connection, long courtId, String caseNumber) {
        return connection.preparedQuery("SELECT id, version FROM enforcement_case WHERE court_id = $1 AND case_number = $2")
                .execute(Tuple.of(courtId, caseNumber))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new long[] { row.getLong("id"), row.getLong("version") };
                });
    }

    /** Court ids are few and never change; remember them after the first lookup. */
    private Uni<Long> courtId(SqlClient client, String code, String name) {
        Long known = courtIds.get(code);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
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

    private static Tuple caseHead(long courtId, CaseFile file, CaseNumber number) {
        CaseType type = number.type();
        return Tuple.from(new Object[] { courtId, number.render(), (short) number.year(), type.name(), number.legacy(),
                file.parentCaseNumber() == null ? null : CaseNumber.parse(file.parentCaseNumber()).orElseThrow().render(),
                file.version(), file.docketedOn(), file.applicationReceivedOn(), file.executionNoticeSentOn(),
                file.claimedAmount(), file.realisedAmount(), file.unperformedAmount(),
                file.closingMode() == null ? null : file.closingMode().name(), file.closedOn(),
                file.judge() == null ? null : file.judge().name(), file.judge() == null ? null : file.judge().phone() });
    }

    private String partiesJson(CaseFile file) {
        List<Map<String, Object>> rows = new ArrayList<>(file.parties().size());
        for (CaseFile.Party party : file.parties()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", party.id());
            row.put("role", party.role());
            row.put("kind", party.kind());
            row.put("name", party.name());
            row.put("idType", party.idType());
            if (party.idNumber() != null) {
                String normalised = normaliseId(party.idType(), party.idNumber());
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
        return toJson(rows);
    }

    /** The form an ID number is stored, hashed and looked up in: upper case, no spaces. */
    public static String normaliseId(IdType type, String idNumber) {
        return idNumber.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    private Tuple children(long caseId, CaseFile file) {
        return Tuple.from(new Object[] { caseId, toJson(file.basis()), toJson(file.payments()),
                toJson(file.suspensions()), toJson(file.reportOrders()), toJson(file.clues()), toJson(file.measures()),
                toJson(file.networkQueries()), toJson(file.assets()), toJson(file.controls()),
                toJson(file.coerciveMeasures()), toJson(file.restrictions()), toJson(file.dishonestGrounds()),
                toJson(file.listings()), toJson(file.interview()), toJson(file.ruling()), toJson(file.databaseEntry()),
                toJson(file.followUps()), toJson(file.remedies()), toJson(file.bankruptcyTransfer()),
                toJson(file.documents()) });
    }

    /** Reads a stored case file; ID numbers are decrypted only when {@code disclosure} is FULL. */
    public Uni<Optional<StoredCaseFile>> read(long caseId, IdDisclosure disclosure) {
        return pool.preparedQuery(READ_CASE_FILE).execute(Tuple.of(caseId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            return Optional.of(parse(rows.iterator().next().getString("document"), disclosure));
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
                    children);
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
                INSERT INTO case_document_content (case_id, external_id, blob_id) VALUES ($1, $2, $3)
                ON CONFLICT (case_id, external_id) DO UPDATE SET blob_id = EXCLUDED.blob_id, uploaded_at = now()""")
                .execute(Tuple.of(caseId, documentId, blobId)).replaceWithVoid();
    }

    /** The blob holding a document's uploaded content, if uploaded. */
    public Uni<Optional<Long>> documentBlob(long caseId, String documentId) {
        return pool.preparedQuery("SELECT blob_id FROM case_document_content WHERE case_id = $1 AND external_id = $2")
                .execute(Tuple.of(caseId, documentId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong("blob_id")));
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
