package org.zhongben.portal.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Command line: streams generated case files as NDJSON, for benchmarks and bulk loads.
 *
 * <pre>
 * java -cp ... org.zhongben.portal.demo.GenerateCaseFiles --seed 42 --count 1000000 --today 2025-06-30 --out cases.ndjson
 * </pre>
 *
 * Files are generated and serialised in parallel in chunks and written in index order; at most two chunks are in
 * memory, so any count can be written.
 */
public final class GenerateCaseFiles {

    private static final int CHUNK = 512;

    private static final String USAGE = """
            usage: GenerateCaseFiles [--seed N] [--count N] [--from N] [--today YYYY-MM-DD] [--out FILE|-] [--threads N]
              --seed     data set seed (default 1)
              --count    number of case files (default 1000)
              --from     first index (default 0)
              --today    reference date (default: today in China Standard Time)
              --out      output file, or - for standard output (default -)
              --threads  generator threads (default: available processors)
            """;

    private GenerateCaseFiles() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; returns the process exit status. */
    static int run(String[] args, OutputStream stdout, PrintStream stderr) {
        long seed = 1;
        long count = 1000;
        long from = 0;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String out = "-";
        int threads = Runtime.getRuntime().availableProcessors();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    stderr.print(USAGE);
                    return 0;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + arg);
                }
                String value = args[++i];
                switch (arg) {
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--count" -> count = Long.parseLong(value);
                    case "--from" -> from = Long.parseLong(value);
                    case "--today" -> today = LocalDate.parse(value);
                    case "--out" -> out = value;
                    case "--threads" -> threads = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            if (count < 0 || from < 0 || threads < 1) {
                throw new IllegalArgumentException("--count and --from cannot be negative, --threads must be positive");
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            stderr.println(e.getMessage());
            stderr.print(USAGE);
            return 2;
        }
        CaseFileGenerator generator;
        try {
            generator = new CaseFileGenerator(seed, today);
            if (from > CaseFileGenerator.maxIndex() - count) {
                throw new IllegalArgumentException("indices beyond " + CaseFileGenerator.maxIndex());
            }
        } catch (IllegalArgumentException e) {
            stderr.println(e.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try (OutputStream target = out.equals("-") ? nonClosing(stdout) : Files.newOutputStream(Path.of(out));
                OutputStream buffered = new BufferedOutputStream(target, 1 << 16)) {
            long end = from + count;
            CompletableFuture<byte[][]> next = chunk(generator, pool, from, end);
            for (long start = from; start < end; start += CHUNK) {
                byte[][] lines = next.get();
                // generate and serialise the next chunk while this one is written
                next = chunk(generator, pool, start + CHUNK, end);
                for (byte[] line : lines) {
                    buffered.write(line);
                    buffered.write('\n');
                }
            }
            buffered.flush();
        } catch (IOException e) {
            stderr.println("cannot write " + out + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (ExecutionException e) {
            stderr.println("generation failed: " + e.getCause());
            return 1;
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        stderr.printf("wrote %d case files (seed %d, from %d, today %s) in %.2f s, %.0f files/s%n", count, seed, from,
                today, seconds, count / Math.max(seconds, 1e-9));
        return 0;
    }

    /** The NDJSON lines (without line breaks) of indices [start, min(start + CHUNK, end)). */
    private static CompletableFuture<byte[][]> chunk(CaseFileGenerator generator, ForkJoinPool pool, long start,
            long end) {
        int size = (int) Math.max(0, Math.min(CHUNK, end - start));
        return CompletableFuture.supplyAsync(() -> {
            byte[][] lines = new byte[size][];
            IntStream.range(0, size).parallel()
                    .forEach(i -> lines[i] = CaseFileNdjson.toBytes(generator.generate(start + i)));
            return lines;
        }, pool);
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
    }
}
