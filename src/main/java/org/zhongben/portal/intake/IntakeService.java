package org.zhongben.portal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;
import org.zhongben.portal.accounts.QueryCodeService;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileListener;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.CaseNumber;
import org.zhongben.portal.casefile.WriteOutcome;
import org.zhongben.portal.common.error.DatabaseFailures;
import org.zhongben.portal.common.error.FieldError;
import org.zhongben.portal.common.error.JsonPaths;
import org.zhongben.portal.common.i18n.Languages;

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
        this.caseFileReader = json.readerFor(CaseFile.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
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
     * Reads an NDJSON stream and writes one result line per case file, then a summary line. Runs on a worker
     * thread; memory stays bounded by the batch size and the line cap.
     */
    public IntakeResult.Summary storeStream(String courtCode, InputStream body, OutputStream results, Locale locale)
            throws IOException {
        LineReader reader = new LineReader(body, (int) Math.min(Integer.MAX_VALUE - 8, config.maxLineSize().asLongValue()));
        List<Pending> batch = new ArrayList<>(config.batchSize());
        long lines = 0;
        long accepted = 0;
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            lines++;
            batch.add(line.tooLong()
                    ? new Pending(line.number(), null, null, rejected(line.number(), null, IntakeError.LINE_TOO_LONG,
                            null, List.of(), locale))
                    : parse(courtCode, line.number(), line.bytes(), locale));
            if (batch.size() == config.batchSize()) {
                accepted += flush(courtCode, batch, results, locale);
                batch.clear();
            }
        }
        accepted += flush(courtCode, batch, results, locale);
        IntakeResult.Summary summary = new IntakeResult.Summary(lines, accepted, lines - accepted);
        results.write(resultWriter.writeValueAsBytes(java.util.Map.of("summary", summary)));
        results.write('\n');
        return summary;
    }

    private long flush(String courtCode, List<Pending> batch, OutputStream results, Locale locale) throws IOException {
        if (batch.isEmpty()) {
            return 0;
        }
        long accepted = 0;
        for (IntakeResult result : storeBatch(courtCode, batch, locale)) {
            if (result.accepted()) {
                accepted++;
            }
            results.write(resultWriter.writeValueAsBytes(result));
            results.write('\n');
        }
        return accepted;
    }

    /** Stores the valid files of a batch in one transaction, one savepoint per file; blocks the (worker) caller. */
    List<IntakeResult> storeBatch(String courtCode, List<Pending> batch, Locale locale) {
        boolean anyToWrite = batch.stream().anyMatch(p -> p.rejection() == null);
        if (!anyToWrite) {
            return batch.stream().map(Pending::rejection).toList();
        }
        return pool.withTransaction(connection -> {
            Uni<List<IntakeResult>> chain = Uni.createFrom().item(new ArrayList<>(batch.size()));
            for (Pending pending : batch) {
                chain = chain.chain(done -> storeInSavepoint(connection, courtCode, pending, locale).map(result -> {
                    done.add(result);
                    return done;
                }));
            }
            return chain;
        }).await().atMost(BATCH_TIMEOUT);
    }

    private Uni<IntakeResult> storeInSavepoint(SqlConnection connection, String courtCode, Pending pending,
            Locale locale) {
        if (pending.rejection() != null) {
            return Uni.createFrom().item(pending.rejection());
        }
        return connection.query("SAVEPOINT case_file").execute()
                .chain(() -> write(connection, pending, locale))
                .chain(result -> connection.query(result.accepted() ? "RELEASE SAVEPOINT case_file"
                        : "ROLLBACK TO SAVEPOINT case_file").execute().replaceWith(result))
                .onFailure(failure -> !DatabaseFailures.isUnavailable(failure)).recoverWithUni(failure -> {
                    LOG.warnf("Case file on line %d refused by the database: %s", pending.line(), failure.getMessage());
                    return connection.query("ROLLBACK TO SAVEPOINT case_file").execute()
                            .replaceWith(rejected(pending.line(), pending.number().render(),
                                    IntakeError.INVALID_CASE_FILE, null, List.of(), locale));
                });
    }

    private Uni<IntakeResult> write(SqlConnection connection, Pending pending, Locale locale) {
        return store.write(connection, pending.file(), pending.number()).chain(outcome -> {
            if (outcome.status() == WriteOutcome.Status.STALE) {
                String detail = Languages.isEnglish(locale) ? "stored version is " + outcome.storedVersion()
                        : "已存储的版本为 " + outcome.storedVersion();
                return Uni.createFrom().item(rejected(pending.line(), pending.number().render(),
                        IntakeError.STALE_VERSION, detail, List.of(), locale));
            }
            return queryCodes.issue(connection, outcome.newParties())
                    .call(() -> notifyListeners(connection, outcome, pending.file()))
                    .map(codes -> new IntakeResult(pending.line(), pending.number().render(),
                            outcome.status() == WriteOutcome.Status.CREATED ? 201 : 200,
                            outcome.status().name().toLowerCase(Locale.ROOT), pending.file().version(), null, null,
                            null, List.of(), codes));
        });
    }

    private Uni<Void> notifyListeners(SqlConnection connection, WriteOutcome outcome, CaseFile file) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        CaseFileListener.StoredChange change = new CaseFileListener.StoredChange(outcome.caseId(), outcome.status(),
                file);
        for (CaseFileListener listener : listeners) {
            chain = chain.chain(() -> listener.stored(connection, change));
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
