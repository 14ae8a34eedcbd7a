package org.zhongben.portal.common.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import io.smallrye.mutiny.Multi;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Where documents and evidence files live. The PostgreSQL implementation keeps them in chunks; an object store can
 * replace it without the features noticing. Writes join the caller's transaction, so an upload is stored whole or
 * not at all. {@link #write} and {@link #copyTo} block and must run on a worker thread.
 */
public interface BlobStore {

    /** Stores {@code content}, refusing more than {@code maxBytes}; the type is sniffed from the bytes. */
    StoredBlob write(SqlConnection transaction, InputStream content, long maxBytes) throws IOException;

    /** A stored blob's bytes, chunk by chunk as the client takes them; never blocks. */
    Multi<byte[]> stream(long blobId);

    /** Streams a stored blob into {@code out}, at most two chunks in memory at a time. */
    void copyTo(long blobId, OutputStream out) throws IOException;
}
