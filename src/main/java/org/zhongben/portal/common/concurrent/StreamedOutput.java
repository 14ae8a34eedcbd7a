package org.zhongben.portal.common.concurrent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Turns a blocking writer (a ZIP or PDF library writing to an {@link OutputStream}) into a stream of chunks a
 * reactive endpoint can send. The writer runs on a worker thread and blocks when {@value #QUEUED_CHUNKS} chunks are
 * waiting, so memory stays at about {@code QUEUED_CHUNKS × CHUNK} bytes whatever the size of the output and however
 * slow the client; if the client goes away the writer is stopped at its next write.
 */
public final class StreamedOutput {

    /** Writes the whole output; runs on a worker thread. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    static final int CHUNK = 64 * 1024;
    static final int QUEUED_CHUNKS = 16;
    private static final long STALL_SECONDS = 120;
    private static final byte[] END = new byte[0];

    private StreamedOutput() {
    }

    public static Multi<byte[]> of(Writer writer) {
        return of(writer, Infrastructure.getDefaultWorkerPool());
    }

    static Multi<byte[]> of(Writer writer, Executor executor) {
        return Multi.createFrom().deferred(() -> {
            BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
            AtomicBoolean cancelled = new AtomicBoolean();
            executor.execute(() -> produce(writer, queue, cancelled));
            return Multi.createBy().repeating()
                    .uni(() -> Uni.createFrom().item(() -> take(queue)).runSubscriptionOn(executor))
                    .whilst(chunk -> chunk != END)
                    .filter(chunk -> chunk != END)
                    .onCancellation().invoke(() -> cancelled.set(true))
                    .onTermination().invoke(() -> cancelled.set(true));
        });
    }

    private static void produce(Writer writer, BlockingQueue<Object> queue, AtomicBoolean cancelled) {
        try (ChunkingStream out = new ChunkingStream(queue, cancelled)) {
            writer.writeTo(out);
        } catch (IOException | RuntimeException failure) {
            if (!cancelled.get()) {
                put(queue, failure, cancelled);
                return;
            }
        }
        put(queue, END, cancelled);
    }

    private static byte[] take(BlockingQueue<Object> queue) {
        try {
            Object next = queue.poll(STALL_SECONDS, TimeUnit.SECONDS);
            if (next == null) {
                throw new IllegalStateException("the writer stalled");
            }
            if (next instanceof RuntimeException failure) {
                throw failure;
            }
            if (next instanceof IOException failure) {
                throw new java.io.UncheckedIOException(failure);
            }
            return (byte[]) next;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item, AtomicBoolean cancelled) {
        try {
            while (!cancelled.get() && !queue.offer(item, 1, TimeUnit.SECONDS)) {
                // the client is slow: wait, unless it has gone
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects writes into chunks and hands each full chunk to the queue, blocking while the queue is full. */
    private static final class ChunkingStream extends OutputStream {

        private final BlockingQueue<Object> queue;
        private final AtomicBoolean cancelled;
        private byte[] buffer = new byte[CHUNK];
        private int filled;

        ChunkingStream(BlockingQueue<Object> queue, AtomicBoolean cancelled) {
            this.queue = queue;
            this.cancelled = cancelled;
        }

        @Override
        public void write(int b) throws IOException {
            if (filled == buffer.length) {
                flushChunk();
            }
            buffer[filled++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            while (length > 0) {
                if (filled == buffer.length) {
                    flushChunk();
                }
                int n = Math.min(length, buffer.length - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
            }
        }

        @Override
        public void close() throws IOException {
            if (filled > 0) {
                flushChunk();
            }
        }

        private void flushChunk() throws IOException {
            if (cancelled.get()) {
                throw new InterruptedIOException("the client went away");
            }
            byte[] chunk = filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
            try {
                while (!queue.offer(chunk, 1, TimeUnit.SECONDS)) {
                    if (cancelled.get()) {
                        throw new InterruptedIOException("the client went away");
                    }
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted");
            }
            buffer = new byte[CHUNK];
            filled = 0;
        }
    }
}
