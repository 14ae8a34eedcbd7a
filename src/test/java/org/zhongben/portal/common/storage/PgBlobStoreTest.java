package org.zhongben.portal.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.common.db.BlockingTransaction;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;

/** Stored files come back byte for byte, whole chunks, a partial last chunk and the empty file alike. */
@QuarkusTest
class PgBlobStoreTest {

    @Inject
    PgBlobStore blobs;

    @Inject
    Pool pool;

    private StoredBlob store(byte[] content) throws IOException {
        return BlockingTransaction.run(pool,
                connection -> blobs.write(connection, new ByteArrayInputStream(content), Long.MAX_VALUE));
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void copyToReturnsEveryChunkInOrder() throws IOException {
        for (int size : new int[] { 0, 1, PgBlobStore.CHUNK, PgBlobStore.CHUNK * 3 + 12_345 }) {
            byte[] content = random(size, size);
            StoredBlob blob = store(content);
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            blobs.copyTo(blob.id(), copy);
            assertThat(copy.toByteArray()).as("%d bytes", size).isEqualTo(content);
            assertThat(blob.size()).isEqualTo(size);
        }
    }

    @Test
    void streamReturnsTheSameBytesAsCopyTo() throws IOException {
        byte[] content = random(PgBlobStore.CHUNK * 2 + 7, 7);
        StoredBlob blob = store(content);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        blobs.stream(blob.id()).subscribe().asStream().forEach(streamed::writeBytes);
        assertThat(streamed.toByteArray()).isEqualTo(content);
    }

    @Test
    void aWriterThatFailsStopsTheCopy() throws IOException {
        StoredBlob blob = store(random(PgBlobStore.CHUNK * 4, 4));
        int[] writes = { 0 };
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                writes[0]++;
                throw new IOException("client went away");
            }
        };
        assertThatThrownBy(() -> blobs.copyTo(blob.id(), failing)).isInstanceOf(IOException.class)
                .hasMessage("client went away");
        assertThat(writes[0]).isEqualTo(1);
    }
}
