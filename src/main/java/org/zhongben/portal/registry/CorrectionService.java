package org.zhongben.portal.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.common.db.BlockingTransaction;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.evidence.EvidenceInspector;
import org.zhongben.portal.common.evidence.EvidenceLimits;
import org.zhongben.portal.common.evidence.InspectedEvidence;
import org.zhongben.portal.common.ratelimit.RateLimiter;
import org.zhongben.portal.common.storage.BlobStore;
import org.zhongben.portal.common.storage.StoredBlob;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Correction requests for registry entries: anyone who finds a wrong entry says who they are, how to reach them, what
 * is wrong, with optional evidence; the request lands in the queue of the entry's court, whose clerks answer it.
 * Blocking (evidence upload): call it from a worker thread.
 */
@ApplicationScoped
public class CorrectionService {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final long MAX_EVIDENCE = 10L * 1024 * 1024;

    /** Anyone may ask for a correction, with a file: per client address, a handful an hour (shared by replicas). */
    static final RateLimiter.Limit PER_ADDRESS = new RateLimiter.Limit("registry-correction:address", 5,
            Duration.ofHours(1));

    private final Pool pool;
    private final BlobStore blobs;
    private final RateLimiter limiter;

    CorrectionService(Pool pool, BlobStore blobs, RateLimiter limiter) {
        this.pool = pool;
        this.blobs = blobs;
        this.limiter = limiter;
    }

    /** An open request as the court's clerks see it. */
    public record Correction(long id, String caseNumber, String debtorName, String requester, String contact,
            String whatIsWrong, String evidenceName, OffsetDateTime createdAt) {
    }

    public long request(String ref, String requester, String contact, String whatIsWrong, Path evidence,
            String evidenceName, String clientAddress) throws IOException {
        long wait = limiter.acquire(PER_ADDRESS, clientAddress == null ? "unknown" : clientAddress).await()
                .atMost(TIMEOUT);
        if (wait > 0) {
            throw PortalException.tooMany(RegistryError.TOO_MANY_CORRECTIONS, wait);
        }
        if (blank(requester) || blank(contact) || blank(whatIsWrong) || requester.length() > 100
                || contact.length() > 200 || whatIsWrong.length() > 4000) {
            throw new PortalException(RegistryError.CORRECTION_INVALID);
        }
        long[] key = parse(ref);
        RowSet<Row> entry = pool.preparedQuery("SELECT court_code FROM registry_entry WHERE case_id = $1 AND party_id = $2")
                .execute(Tuple.of(key[0], key[1])).await().atMost(TIMEOUT);
        if (entry.rowCount() == 0) {
            throw new PortalException(RegistryError.NOT_FOUND);
        }
        String court = entry.iterator().next().getString("court_code");
        InspectedEvidence inspected = evidence == null ? null
                : EvidenceInspector.inspect(evidence, evidenceName, null, EvidenceLimits.of(MAX_EVIDENCE, 40_000_000));
        if (inspected != null && !inspected.accepted()) {
            throw new PortalException(RegistryError.CORRECTION_INVALID, inspected.problems().get(0).code());
        }
        return BlockingTransaction.run(pool, connection -> {
            Long blobId = null;
            if (inspected != null) {
                try (InputStream in = Files.newInputStream(evidence)) {
                    StoredBlob blob = blobs.write(connection, in, MAX_EVIDENCE);
                    blobId = blob.id();
                }
            }
            return connection.preparedQuery("""
                    INSERT INTO registry_correction (case_id, party_id, court_code, requester, contact, what_is_wrong,
                                                     evidence_blob_id, evidence_name)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id""")
                    .execute(Tuple.tuple(List.of(key[0], key[1], court, requester.strip(), contact.strip(),
                            whatIsWrong.strip())).addValue(blobId).addValue(inspected == null ? null : inspected.fileName()))
                    .await().atMost(TIMEOUT).iterator().next().getLong("id");
        });
    }

    /** The open requests of the clerk's court, oldest first. */
    public List<Correction> queue(Viewer clerk) {
        requireClerk(clerk);
        List<Correction> found = new ArrayList<>();
        for (Row row : pool.preparedQuery("""
                SELECT r.id, e.case_number, e.debtor_name, r.requester, r.contact, r.what_is_wrong, r.evidence_name,
                       r.created_at
                FROM registry_correction r JOIN registry_entry e ON e.case_id = r.case_id AND e.party_id = r.party_id
                WHERE r.court_code = $1 AND r.state = 'OPEN' ORDER BY r.created_at LIMIT 200""")
                .execute(Tuple.of(clerk.courtCode())).await().atMost(TIMEOUT)) {
            found.add(new Correction(row.getLong("id"), row.getString("case_number"), row.getString("debtor_name"),
                    row.getString("requester"), row.getString("contact"), row.getString("what_is_wrong"),
                    row.getString("evidence_name"), row.getOffsetDateTime("created_at")));
        }
        return found;
    }

    /** A clerk of the entry's court records the answer; the request leaves the queue. */
    public void answer(Viewer clerk, long id, String answer) {
        requireClerk(clerk);
        // whose request it is comes first: another court's clerk learns nothing, not even that the answer was empty
        if (pool.preparedQuery("SELECT 1 FROM registry_correction WHERE id = $1 AND court_code = $2")
                .execute(Tuple.of(id, clerk.courtCode())).await().atMost(TIMEOUT).rowCount() == 0) {
            throw new PortalException(RegistryError.NOT_FOUND);
        }
        if (blank(answer)) {
            throw new PortalException(RegistryError.CORRECTION_INVALID);
        }
        RowSet<Row> rows = pool.preparedQuery("""
                UPDATE registry_correction SET state = 'ANSWERED', answer = $3, answered_at = now(), answered_by = $4
                WHERE id = $1 AND court_code = $2 AND state = 'OPEN'""")
                .execute(Tuple.of(id, clerk.courtCode(), answer.strip(), clerk.accountId())).await().atMost(TIMEOUT);
        if (rows.rowCount() == 0) {
            throw new PortalException(RegistryError.NOT_FOUND);
        }
    }

    static long[] parse(String ref) {
        try {
            String[] parts = ref.strip().split("-");
            return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
        } catch (RuntimeException malformed) {
            throw new PortalException(RegistryError.NOT_FOUND);
        }
    }

    private static void requireClerk(Viewer viewer) {
        if (viewer.kind() != Viewer.Kind.ACCOUNT || !viewer.hasRole(Roles.CLERK) || viewer.courtCode() == null) {
            throw new PortalException(RegistryError.NOT_FOUND);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
