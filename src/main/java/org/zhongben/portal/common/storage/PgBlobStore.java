package org.zhongben.portal.common.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.tika.Tika;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** {@link BlobStore} in PostgreSQL: a {@code blob} row plus 256 KiB {@code blob_chunk} rows. */
@ApplicationScoped
public class PgBlobStore implements BlobStore {

    static final int CHUNK = 256 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Tika TIKA = new Tika();

    private final Pool pool;

    PgBlobStore(Pool pool) {
        this.pool = pool;
    }

    @Override
    public StoredBlob write(SqlConnection transaction, InputStream content, long maxBytes) throws IOException {
        MessageDigest digest = sha256();
        byte[] chunk = new byte[CHUNK];
        long blobId = transaction.preparedQuery(
                "INSERT INTO blob (sha256, size, content_type) VALUES ('\\x'::bytea, 0, 'application/octet-stream') RETURNING id")
                .execute().await().atMost(TIMEOUT).iterator().next().getLong("id");
        String contentType = null;
        long size = 0;
        int seq = 0;
        int filled;
        while ((filled = fill(content, chunk)) > 0) {
            size += filled;
            if (size > maxBytes) {
                throw new BlobTooLargeException(maxBytes);
            }
            if (contentType == null) {
                contentType = TIKA.detect(new ByteArrayInputStream(chunk, 0, filled));
            }
            digest.update(chunk, 0, filled);
            byte[] data = java.util.Arrays.copyOf(chunk, filled);
            transaction.preparedQuery("INSERT INTO blob_chunk (blob_id, seq, data) VALUES ($1, $2, $3)")
                    .execute(Tuple.of(blobId, seq++, io.vertx.core.buffer.Buffer.buffer(data))).await().atMost(TIMEOUT);
            if (filled < chunk.length) {
                break;
            }
        }
        byte[] hash = digest.digest();
        String type = contentType == null ? "application/octet-stream" : contentType;
        transaction.preparedQuery("UPDATE blob SET sha256 = $2, size = $3, content_type = $4 WHERE id = $1")
                .execute(Tuple.of(blobId, io.vertx.core.buffer.Buffer.buffer(hash), size, type)).await().atMost(TIMEOUT);
        return new StoredBlob(blobId, HexFormat.of().formatHex(hash), size, type);
    }

    @Override
    public Multi<byte[]> stream(long blobId) {
        AtomicInteger seq = new AtomicInteger();
        // one query per chunk, issued when the previous chunk has been taken: memory stays at one chunk per download
        return Multi.createBy().repeating().uni(() -> chunk(blobId, seq.getAndIncrement()))
                .whilst(data -> data.length > 0)
                .filter(data -> data.length > 0);
    }

    @Override
    public void copyTo(long blobId, OutputStream out) throws IOException {
        // the next chunk is asked for before this one is written, so PostgreSQL reads while the caller writes: two
        // chunks in memory at most
        int seq = 0;
        CompletableFuture<byte[]> next = chunk(blobId, seq++).subscribeAsCompletionStage();
        while (true) {
            byte[] data = await(next);
            if (data.length == 0) {
                return;
            }
            next = chunk(blobId, seq++).subscribeAsCompletionStage();
            out.write(data);
        }
    }

    /** Chunk {@code seq} of a blob; empty after the last. */
    private Uni<byte[]> chunk(long blobId, int seq) {
        return pool.preparedQuery("SELECT data FROM blob_chunk WHERE blob_id = $1 AND seq = $2")
                .execute(Tuple.of(blobId, seq))
                .map(rows -> rows.size() == 0 ? new byte[0] : rows.iterator().next().getBuffer("data").getBytes());
    }

    private static byte[] await(CompletableFuture<byte[]> chunk) throws IOException {
        try {
            return chunk.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading a stored file");
        } catch (ExecutionException e) {
            throw new IOException("cannot read a stored file", e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("reading a stored file took longer than " + TIMEOUT, e);
        }
    }

    /** Reads until {@code chunk} is full or the stream ends; returns the bytes read. */
    private static int fill(InputStream in, byte[] chunk) throws IOException {
        int filled = 0;
        while (filled < chunk.length) {
            int read = in.read(chunk, filled, chunk.length - filled);
            if (read < 0) {
                break;
            }
            filled += read;
        }
        return filled;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
