package org.zhongben.portal.demo;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.stream.Stream;

import org.zhongben.portal.casefile.CaseFile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Case files as NDJSON: one JSON object per line, dates as ISO strings, amounts as plain decimal numbers, null fields
 * left out. The format the intake API accepts in bulk and the demo loader reads.
 */
public final class CaseFileNdjson {

    private static final ObjectMapper MAPPER = newMapper();
    private static final ObjectWriter WRITER = MAPPER.writerFor(CaseFile.class);
    private static final ObjectReader READER = MAPPER.readerFor(CaseFile.class);

    private CaseFileNdjson() {
    }

    /** A new mapper with the NDJSON settings, for callers that need one of their own. */
    public static ObjectMapper newMapper() {
        // no separator between root values: the writer ends every line itself
        JsonFactory factory = new JsonFactoryBuilder().rootValueSeparator((String) null).build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
    }

    /** One file as a single line of JSON (without the line break). */
    public static String toLine(CaseFile file) {
        try {
            return WRITER.writeValueAsString(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a case file always serialises", e);
        }
    }

    /** One file as UTF-8 JSON bytes (without the line break); lets callers serialise on several threads. */
    public static byte[] toBytes(CaseFile file) {
        try {
            return WRITER.writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a case file always serialises", e);
        }
    }

    /** Parses one line written by this class. */
    public static CaseFile fromLine(String line) {
        try {
            return READER.readValue(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a case file: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes {@code files} one per line; the stream is consumed in order. Leaves {@code out} open. */
    public static long write(Stream<CaseFile> files, OutputStream out) throws IOException {
        return write(files.iterator(), out);
    }

    /** Writes {@code files} one per line. Leaves {@code out} open. */
    public static long write(Iterator<CaseFile> files, OutputStream out) throws IOException {
        try (LineWriter writer = writer(out)) {
            while (files.hasNext()) {
                writer.write(files.next());
            }
            return writer.count();
        }
    }

    /** The files of an NDJSON text, lazily; blank lines are skipped. */
    public static Stream<CaseFile> read(BufferedReader reader) {
        return reader.lines().filter(line -> !line.isBlank()).map(CaseFileNdjson::fromLine);
    }

    /** A writer that appends case files to {@code out}, one per line; closing it flushes but leaves {@code out} open. */
    public static LineWriter writer(OutputStream out) throws IOException {
        return new LineWriter(WRITER.createGenerator(out, JsonEncoding.UTF8));
    }

    /** Appends case files as lines to one output, reusing a single JSON generator. Not thread-safe. */
    public static final class LineWriter implements Closeable {

        private final JsonGenerator generator;
        private long count;

        private LineWriter(JsonGenerator generator) {
            this.generator = generator;
        }

        public void write(CaseFile file) throws IOException {
            WRITER.writeValue(generator, file);
            generator.writeRaw('\n');
            count++;
        }

        /** Lines written so far. */
        public long count() {
            return count;
        }

        public void flush() throws IOException {
            generator.flush();
        }

        @Override
        public void close() throws IOException {
            generator.close();
        }
    }
}
