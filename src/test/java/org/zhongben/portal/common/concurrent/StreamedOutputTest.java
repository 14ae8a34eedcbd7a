package org.zhongben.portal.common.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;

class StreamedOutputTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void everyByteArrivesInOrder() {
        byte[] expected = new byte[StreamedOutput.CHUNK * 5 + 123];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) (i * 31);
        }
        List<byte[]> chunks = StreamedOutput.of(out -> {
            out.write(expected, 0, 1000);
            out.write(expected[1000]);
            out.write(expected, 1001, expected.length - 1001);
        }, executor).collect().asList().await().atMost(Duration.ofSeconds(10));
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        chunks.forEach(joined::writeBytes);
        assertThat(joined.toByteArray()).isEqualTo(expected);
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.length).isLessThanOrEqualTo(StreamedOutput.CHUNK));
    }

    @Test
    void theWriterWaitsForTheReaderSoMemoryStaysBounded() throws InterruptedException {
        AtomicLong written = new AtomicLong();
        AssertSubscriber<byte[]> reader = StreamedOutput.of(out -> {
            byte[] chunk = new byte[StreamedOutput.CHUNK];
            for (int i = 0; i < 10_000; i++) {
                out.write(chunk);
                written.addAndGet(chunk.length);
            }
        }, executor).subscribe().withSubscriber(AssertSubscriber.create(1));
        Thread.sleep(500);
        // a reader that took one chunk holds the writer at the queue's capacity, not at 10,000 chunks
        assertThat(written.get()).isLessThanOrEqualTo((long) StreamedOutput.CHUNK * (StreamedOutput.QUEUED_CHUNKS + 3));
        reader.cancel();
    }

    @Test
    void aFailingWriterFailsTheStream() {
        assertThatThrownBy(() -> StreamedOutput.of(out -> {
            out.write(new byte[10]);
            throw new IOException("disk gone");
        }, executor).collect().asList().await().atMost(Duration.ofSeconds(10))).hasMessageContaining("disk gone");
    }
}
