package org.zhongben.portal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.common.db.BlockingTransaction;
import org.zhongben.portal.common.error.CommonError;
import org.zhongben.portal.common.error.PortalException;
import org.zhongben.portal.common.storage.BlobStore;
import org.zhongben.portal.common.storage.BlobTooLargeException;
import org.zhongben.portal.common.storage.StoredBlob;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Upload of a declared document's content. The bytes are hashed while they are stored; content that does not match
 * the declared SHA-256, is not a PDF/JPEG/PNG, or is too large rolls the transaction back, so nothing half-written
 * remains.
 */
@ApplicationScoped
public class DocumentIntake {

    static final Set<String> ALLOWED_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Pool pool;
    private final IntakeReadService reads;
    private final CaseFileStore store;
    private final BlobStore blobs;
    private final long maxBytes;

    DocumentIntake(Pool pool, IntakeReadService reads, CaseFileStore store, BlobStore blobs, StorageLimits limits) {
        this.pool = pool;
        this.reads = reads;
        this.store = store;
        this.blobs = blobs;
        this.maxBytes = limits.maxBlobSize().asLongValue();
    }

    @ConfigMapping(prefix = "portal.storage")
    public interface StorageLimits {
        MemorySize maxBlobSize();
    }

    public record Uploaded(String documentId, String sha256, long size, String contentType) {
    }

    /** Blocking: runs on a worker thread. */
    public Uploaded upload(String courtCode, String caseNumber, String documentId, InputStream body) throws IOException {
        long caseId = reads.caseId(courtCode, caseNumber).await().atMost(TIMEOUT);
        CaseFile.Document declared = store.declaredDocument(caseId, documentId).await().atMost(TIMEOUT)
                .orElseThrow(() -> new PortalException(IntakeError.DOCUMENT_NOT_DECLARED));
        return BlockingTransaction.run(pool, connection -> {
            StoredBlob blob;
            try {
                blob = blobs.write(connection, body, maxBytes);
            } catch (BlobTooLargeException tooLarge) {
                throw new PortalException(CommonError.PAYLOAD_TOO_LARGE);
            }
            if (!ALLOWED_TYPES.contains(blob.contentType())) {
                throw new PortalException(IntakeError.DOCUMENT_TYPE_NOT_ALLOWED);
            }
            if (!blob.sha256().equals(declared.sha256())) {
                throw new PortalException(IntakeError.DOCUMENT_HASH_MISMATCH);
            }
            store.attachDocumentContent(connection, caseId, documentId, blob.id()).await().atMost(TIMEOUT);
            return new Uploaded(documentId, blob.sha256(), blob.size(), blob.contentType());
        });
    }
}
