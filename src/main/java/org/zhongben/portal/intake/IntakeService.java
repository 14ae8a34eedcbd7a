package org.zhongben.portal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.zhongben.portal.accounts.QueryCodeService;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileListener;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.WriteOutcome;
import org.zhongben.portal.common.db.SavepointTransaction;
import org.zhongben.portal.common.error.DatabaseFailures;
import org.zhongben.portal.common.error.FieldError;
import org.zhongben.portal.common.error.JsonPaths;
import org.zhongben.portal.common.i18n.Languages;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Stores case files pushed by court systems. Each file is validated first, then written atomically by
 * (court, case number) with its version check; files are committed in batches, each behind its own savepoint, so
 * one bad line never affects another and a stream of any length runs in bounded memory.
 */
@ApplicationScoped
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class);
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(2);

    private final Pool pool;
    private final CaseFileStore store;
    private final QueryCodeService queryCodes;
    private final Instance<CaseFileListener> listeners;
    private final Clock clock;
    private final IntakeConfig config;
    private final ObjectReader caseFileReader;
    private final ObjectWriter resultWriter;

    IntakeService(Pool pool, CaseFileStore store, QueryCodeService queryCodes, Instance<CaseFileListener> listeners,
            Clock clock, IntakeConfig config, ObjectMapper json) {
        this.pool = pool;
        this.store = store;
        this.queryCodes = queryCodes;
        this.listeners = listeners;
        this.clock = clock;
        this.config = config;
        // unknown fields are mistakes in a court system's mapping: refuse them rather than drop data silently
        // a null inside a list (a party, a payment...) is refused where it stands, like a value of the wrong type
        this.caseFileReader = json.copy().setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .readerFor(CaseFile.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.resultWriter = json.writer();
    }

    /** A parsed line waiting to be stored, or the rejection it already earned. */
    private record Pending(long line, CaseFile file, CaseNumber number, IntakeResult rejection) {
    }

    /** Stores one case file sent as a JSON body. */
    public IntakeResult storeOne(String courtCode, byte[] body, Locale locale) {
        Pending pending = parse(courtCode, 1, body, locale);
        if (pending.rejection() != null) {
            return pending.rejection();
        }
        return storeBatch(courtCode, List.of(pending), locale).get(0);
    }

    /**
     * Stores case files handed over in-process (the demo loader and benchmarks use this), through exactly the
     * validation and write path of the API. Blocking; call from a worker or the main thread.
     */
    public List<IntakeResult> storeFiles(String courtCode, List<CaseFile> files, Locale locale) {
        List<IntakeResult> results = new ArrayList<>(files.size());
        List<Pending> batch = new ArrayList<>(config.batchSize());
        long line = 0;
        for (CaseFile file : files) {
            batch.add(check(courtCode, ++line, file, locale));
            if (batch.size() == config.batchSize()) {
                results.addAll(storeBatch(courtCode, batch, locale));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            results.addAll(storeBatch(courtCode, batch, locale));
        }
        return results;
    }

    /**
     * Reads an NDJSON stream and writes one result line per case file, then a summary line. Runs on a worker
     * thread. Up to {@code parallel-batches} batches are stored at once on separate connections (results still come
     * out in input order, and a batch that repeats a case still being stored waits for it); memory stays bounded by
     * the batch size, the parallelism and the line cap.
     */
    public IntakeResult.Summary storeStream(String courtCode, InputStream body, OutputStream results, Locale locale)
            throws IOException {
        LineReader reader = new LineReader(body, (int) Math.min(Integer.MAX_VALUE - 8, config.maxLineSize().asLongValue()));
        Deque<InFlight> inFlight = new ArrayDeque<>();
        List<Pending> batch = new ArrayList<>(config.batchSize());
        long[] counts = new long[2];
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            counts[0]++;
            batch.add(line.tooLong()
                    ? new Pending(line.number(), null, null, rejected(line.number(), null, IntakeError.LINE_TOO_LONG,
                            null, List.of(), locale))
                    : parse(courtCode, line.number(), line.bytes(), locale));
            if (batch.size() == config.batchSize()) {
                submit(courtCode, batch, inFlight, results, counts, locale);
                batch = new ArrayList<>(config.batchSize());
            }
        }
        if (!batch.isEmpty()) {
            submit(courtCode, batch, inFlight, results, counts, locale);
        }
        while (!inFlight.isEmpty()) {
            writeOldest(inFlight, results, counts);
        }
        IntakeResult.Summary summary = new IntakeResult.Summary(counts[0], counts[1], counts[0] - counts[1]);
        results.write(resultWriter.writeValueAsBytes(Map.of("summary", summary)));
        results.write('\n');
        return summary;
    }

    private record InFlight(Set<String> caseNumbers, CompletableFuture<List<IntakeResult>> results) {
    }

    private void submit(String courtCode, List<Pending> batch, Deque<InFlight> inFlight, OutputStream out, long[] counts,
            Locale locale) throws IOException {
        Set<String> cases = batch.stream().filter(p -> p.number() != null).map(p -> p.number().render())
                .collect(Collectors.toSet());
        boolean overlaps = inFlight.stream().anyMatch(other -> !Collections.disjoint(other.caseNumbers(), cases));
        while (!inFlight.isEmpty() && (overlaps || inFlight.size() >= config.parallelBatches())) {
            writeOldest(inFlight, out, counts);
            overlaps = inFlight.stream().anyMatch(other -> !Collections.disjoint(other.caseNumbers(), cases));
        }
        inFlight.addLast(new InFlight(cases, storeBatchAsync(courtCode, batch, locale).subscribeAsCompletionStage()));
    }

    private void writeOldest(Deque<InFlight> inFlight, OutputStream out, long[] counts) throws IOException {
        List<IntakeResult> stored;
        try {
            stored = inFlight.removeFirst().results().get(BATCH_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while storing case files", e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
        for (IntakeResult result : stored) {
            if (result.accepted()) {
                counts[1]++;
            }
            out.write(resultWriter.writeValueAsBytes(result));
            out.write('\n');
        }
    }

    /**
     * Stores the valid files of a batch in one transaction: first all together in a few set-based statements; if
     * the database refuses that (a constraint the validator could not foresee), line by line, each behind its own
     * savepoint, so only the offending file is rejected. Blocks the (worker) caller.
     */
    List<IntakeResult> storeBatch(String courtCode, List<Pending> batch, Locale locale) {
        return storeBatchAsync(courtCode, batch, locale).await().atMost(BATCH_TIMEOUT);
    }

    private Uni<List<IntakeResult>> storeBatchAsync(String courtCode, List<Pending> batch, Locale locale) {
        List<Pending> valid = batch.stream().filter(p -> p.rejection() == null).toList();
        if (valid.isEmpty()) {
            return Uni.createFrom().item(batch.stream().map(Pending::rejection).toList());
        }
        return SavepointTransaction.run(pool, connection -> {
            if (hasRepeatedCase(valid)) {
                return oneByOne(connection, valid, locale);
            }
            return connection.query("SAVEPOINT batch").execute()
                    .chain(() -> write(connection, valid, locale))
                    .call(() -> connection.query("RELEASE SAVEPOINT batch").execute())
                    .onFailure(failure -> !DatabaseFailures.isUnavailable(failure))
                    .recoverWithUni(failure -> {
                        LOG.infof("Batch refused by the database (%s); storing its files one by one", failure.getMessage());
                        return connection.query("ROLLBACK TO SAVEPOINT batch").execute()
                                .chain(() -> oneByOne(connection, valid, locale));
                    });
        }).map(stored -> batch.stream().map(p -> p.rejection() != null ? p.rejection() : stored.get(p.line())).toList());
    }

    /** The same case twice in one batch must be stored in order, so the batch goes line by line. */
    private static boolean hasRepeatedCase(List<Pending> batch) {
        return batch.stream().map(p -> p.number().render()).distinct().count() < batch.size();
    }

    private Uni<Map<Long, IntakeResult>> oneByOne(SqlConnection connection, List<Pending> lines, Locale locale) {
        Uni<Map<Long, IntakeResult>> chain = Uni.createFrom().item(new HashMap<>());
        for (Pending pending : lines) {
            chain = chain.chain(results -> connection.query("SAVEPOINT line").execute()
                    .chain(() -> write(connection, List.of(pending), locale))
                    .call(() -> connection.query("RELEASE SAVEPOINT line").execute())
                    .onFailure(failure -> !DatabaseFailures.isUnavailable(failure))
                    .recoverWithUni(failure -> {
                        LOG.warnf("Case file on line %d refused by the database: %s", pending.line(), failure.getMessage());
                        return connection.query("ROLLBACK TO SAVEPOINT line").execute()
                                .replaceWith(Map.of(pending.line(), rejected(pending.line(), pending.number().render(),
                                        IntakeError.INVALID_CASE_FILE, null, List.of(), locale)));
                    })
                    .map(stored -> {
                        results.putAll(stored);
                        return results;
                    }));
        }
        return chain;
    }

    /** Writes files, issues query codes to new parties and tells the listeners, all in the caller's transaction. */
    private Uni<Map<Long, IntakeResult>> write(SqlConnection connection, List<Pending> lines, Locale locale) {
        List<CaseFileStore.Write> writes = lines.stream().map(p -> new CaseFileStore.Write(p.file(), p.number())).toList();
        return store.writeAll(connection, writes).chain(outcomes -> {
            List<WriteOutcome.NewParty> newParties = outcomes.stream().flatMap(o -> o.newParties().stream()).toList();
            List<CaseFileListener.StoredChange> changes = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                WriteOutcome outcome = outcomes.get(i);
                if (outcome.status() != WriteOutcome.Status.STALE) {
                    changes.add(new CaseFileListener.StoredChange(outcome.caseId(), outcome.status(), lines.get(i).file()));
                }
            }
            return queryCodes.issue(connection, newParties)
                    .call(() -> notifyListeners(connection, changes))
                    .map(codes -> results(lines, outcomes, codes, locale));
        });
    }

    private static Map<Long, IntakeResult> results(List<Pending> lines, List<WriteOutcome> outcomes,
            List<QueryCodeService.IssuedCode> codes, Locale locale) {
        Map<Long, List<QueryCodeService.IssuedCode>> codesByParty = new HashMap<>();
        for (QueryCodeService.IssuedCode code : codes) {
            codesByParty.computeIfAbsent(code.partyKey(), key -> new ArrayList<>()).add(code);
        }
        Map<Long, IntakeResult> results = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Pending pending = lines.get(i);
            WriteOutcome outcome = outcomes.get(i);
            if (outcome.status() == WriteOutcome.Status.STALE) {
                String detail = Languages.isEnglish(locale) ? "stored version is " + outcome.storedVersion()
                        : "已存储的版本为 " + outcome.storedVersion();
                results.put(pending.line(), rejected(pending.line(), outcome.caseNumber(), IntakeError.STALE_VERSION,
                        detail, List.of(), locale));
                continue;
            }
            List<QueryCodeService.IssuedCode> issued = outcome.newParties().stream()
                    .flatMap(party -> codesByParty.getOrDefault(party.partyId(), List.of()).stream()).toList();
            results.put(pending.line(), new IntakeResult(pending.line(), outcome.caseNumber(),
                    outcome.status() == WriteOutcome.Status.CREATED ? 201 : 200,
                    outcome.status().name().toLowerCase(Locale.ROOT), pending.file().version(), null, null, null,
                    List.of(), issued));
        }
        return results;
    }

    private Uni<Void> notifyListeners(SqlConnection connection, List<CaseFileListener.StoredChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (CaseFileListener listener : listeners) {
            chain = chain.chain(() -> listener.stored(connection, changes));
        }
        return chain;
    }

    private Pending parse(String courtCode, long line, byte[] bytes, Locale locale) {
        CaseFile file;
        try {
            file = caseFileReader.readValue(bytes);
        } catch (JsonMappingException mapping) {
            String field = JsonPaths.of(mapping.getPath());
            String message = Languages.isEnglish(locale) ? "has the wrong type or an unknown value"
                    : "类型错误或取值不在允许范围内";
            return new Pending(line, null, null, rejected(line, null, IntakeError.INVALID_CASE_FILE, null,
                    List.of(new FieldError(field.isEmpty() ? "$" : field, "type", message)), locale));
        } catch (JsonProcessingException | RuntimeException unreadable) {
            return new Pending(line, null, null,
                    rejected(line, null, IntakeError.UNREADABLE_LINE, null, List.of(), locale));
        } catch (IOException unreadable) {
            return new Pending(line, null, null,
                    rejected(line, null, IntakeError.UNREADABLE_LINE, null, List.of(), locale));
        }
        return check(courtCode, line, file, locale);
    }

    /** Validates a parsed file and checks it belongs to the writing court. */
    private Pending check(String courtCode, long line, CaseFile file, Locale locale) {
        if (file == null) {
            return new Pending(line, null, null,
                    rejected(line, null, IntakeError.UNREADABLE_LINE, null, List.of(), locale));
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = CaseFileValidator.validate(file, courtCode, today, locale);
        String caseNumber = CaseNumber.parse(file.caseNumber()).map(CaseNumber::render).orElse(file.caseNumber());
        if (!errors.isEmpty()) {
            return new Pending(line, null, null,
                    rejected(line, caseNumber, IntakeError.INVALID_CASE_FILE, null, errors, locale));
        }
        if (!courtCode.equals(file.courtCode())) {
            // a client writes only its own court's cases; answer as if the case did not exist
            return new Pending(line, null, null,
                    rejected(line, caseNumber, IntakeError.CASE_NOT_FOUND, null, List.of(), locale));
        }
        return new Pending(line, file, CaseNumber.parse(file.caseNumber()).orElseThrow(), null);
    }

    private static IntakeResult rejected(long line, String caseNumber, IntakeError error, String detail,
            List<FieldError> errors, Locale locale) {
        return new IntakeResult(line, caseNumber, error.status(), "rejected", null, error.code(), error.label(locale),
                detail, errors, List.of());
    }
}
