package org.zhongben.portal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.zhongben.portal.accounts.CourtClientService;
import org.zhongben.portal.accounts.QueryCodeService;
import org.zhongben.portal.accounts.Roles;
import org.zhongben.portal.accounts.SecretHasher;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.IdDisclosure;
import org.zhongben.portal.casefile.StoredCaseFile;
import org.zhongben.portal.common.crypto.FieldCipher;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.intake.DocumentIntake;
import org.zhongben.portal.intake.IntakeResult;
import org.zhongben.portal.intake.IntakeService;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Fills an empty database with demo data when the demo profile runs: four hand-written showcase cases with
 * published credentials, then generated cases, all through the intake path a court system uses. Registers a demo
 * court-system client per court and prints what a visitor needs to sign in.
 */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** Demo-only, published in the README; production never runs the demo loader. */
    public static final String DEMO_CLIENT_SECRET = "demo-only-secret";
    static final String SHOWCASE_COURT = "京0105";
    private static final List<String> SHOWCASE = List.of("showcase-1-example", "showcase-2-hasty", "showcase-3-resumed",
            "showcase-4-resumed-child");

    /** The published demo sign-ins: case number, party in the file, and its fixed query code. */
    public record DemoCredential(String caseNumber, String partyId, String who, String queryCode) {
    }

    static final List<DemoCredential> CREDENTIALS = List.of(
            new DemoCredential("(2023)京0105执1234号", "P1", "申请执行人 北京示例商贸有限公司", "DEMO-0000-0000-0001"),
            new DemoCredential("(2024)京0105执888号", "P1", "申请执行人 李秀英", "DEMO-0000-0000-0002"),
            new DemoCredential("(2021)京0105执555号", "P1", "申请执行人 北京恒信装饰工程有限公司", "DEMO-0000-0000-0003"),
            new DemoCredential("(2023)京0105执1234号", "P2", "被执行人 张伟", "DEMO-0000-0000-0009"));

    /** A published demo organisation account holding every demo case in which this bank is a creditor. */
    public static final String DEMO_BANK_EMAIL = "bank@demo.invalid";
    public static final String DEMO_BANK_PASSWORD = "demo-bank-password";
    /** A published demo clerk of the showcase court, who decides the court's resumption applications. */
    public static final String DEMO_CLERK_EMAIL = "clerk@demo.invalid";
    public static final String DEMO_CLERK_PASSWORD = "demo-clerk-password";
    /**
     * The demo clerk's authenticator secret, enrolled already so the demo can be walked without a phone set-up: add it
     * to any authenticator app (time-based, 6 digits) or compute codes with {@code oathtool --totp -b}.
     */
    public static final String DEMO_CLERK_TOTP_SECRET = "KRSXG5DDNRSXE2ZAGEZDGNBVGY3TQOJQ";
    /** A published demo lawyer whose licence is already checked, so the delegation walk can start at once. */
    public static final String DEMO_LAWYER_EMAIL = "lawyer@demo.invalid";
    public static final String DEMO_LAWYER_PASSWORD = "demo-lawyer-password";
    static final String DEMO_LAWYER_LICENCE = "11101202310000001";
    static final String DEMO_BANK = "中国工商银行股份有限公司";

    private final DemoConfig config;
    private final IntakeService intake;
    private final DocumentIntake documents;
    private final CaseFileStore store;
    private final QueryCodeService queryCodes;
    private final CourtClientService courtClients;
    private final SecretHasher hasher;
    private final FieldCipher cipher;
    private final Pool pool;
    private final Clock clock;
    private final ObjectMapper json;
    private final Path dataDirectory;

    DemoLoader(DemoConfig config, IntakeService intake, DocumentIntake documents, CaseFileStore store,
            QueryCodeService queryCodes, CourtClientService courtClients, SecretHasher hasher, FieldCipher cipher,
            Pool pool, Clock clock,
            ObjectMapper json,
            @ConfigProperty(name = "portal.data-dir") Path dataDirectory) {
        this.config = config;
        this.intake = intake;
        this.documents = documents;
        this.store = store;
        this.queryCodes = queryCodes;
        this.courtClients = courtClients;
        this.hasher = hasher;
        this.cipher = cipher;
        this.pool = pool;
        this.clock = clock;
        this.json = json;
        this.dataDirectory = dataDirectory;
    }

    void onStart(@Observes StartupEvent start) throws Throwable {
        if (!config.enabled()) {
            return;
        }
        long cases = pool.query("SELECT count(*) FROM enforcement_case").execute().await().atMost(TIMEOUT).iterator()
                .next().getLong(0);
        if (cases == 0) {
            load();
        }
        registerCourtClients();
        createBankAccount();
        createClerkAccount();
        createLawyerAccount();
        printCredentials();
    }

    /** Loads the showcase and generated cases; public so tests and benchmarks can load demo data on purpose. */
    public void load() throws IOException {
        long started = System.nanoTime();
        List<CaseFile> showcase = new ArrayList<>();
        for (String name : SHOWCASE) {
            showcase.add(json.readValue(resource(name + ".json"), CaseFile.class));
        }
        expectAllAccepted(intake.storeFiles(SHOWCASE_COURT, showcase, Languages.ZH));
        uploadShowcaseDocuments();
        fixShowcaseCodes();

        CaseFileGenerator generator = new CaseFileGenerator(config.seed(), LocalDate.now(clock));
        List<CaseFile> generated = generator.stream(0, config.caseCount()).toList();
        Map<String, List<CaseFile>> byCourt = generated.stream()
                .collect(Collectors.groupingBy(CaseFile::courtCode, LinkedHashMap::new, Collectors.toList()));
        long accepted = 0;
        for (Map.Entry<String, List<CaseFile>> court : byCourt.entrySet()) {
            List<IntakeResult> results = intake.storeFiles(court.getKey(), court.getValue(), Languages.ZH);
            accepted += results.stream().filter(IntakeResult::accepted).count();
            results.stream().filter(result -> !result.accepted()).limit(3).forEach(result -> LOG.warnf(
                    "Demo case %s refused: %s %s", result.caseNumber(), result.code(), result.errors()));
        }
        int uploaded = 0;
        for (CaseFile file : generated.subList(0, Math.min(config.casesWithDocuments(), generated.size()))) {
            for (CaseFile.Document document : file.documents()) {
                documents.upload(file.courtCode(), file.caseNumber(), document.id(),
                        new java.io.ByteArrayInputStream(generator.documentContent(file, document.id())));
                uploaded++;
            }
        }
        LOG.infof("Demo data loaded through intake: %d showcase and %d of %d generated cases, %d documents, in %d ms",
                showcase.size(), accepted, generated.size(), uploaded, (System.nanoTime() - started) / 1_000_000);
    }

    private void uploadShowcaseDocuments() throws IOException {
        documents.upload(SHOWCASE_COURT, "(2023)京0105执1234号", "D1", resource("showcase-1-ruling.pdf"));
        documents.upload(SHOWCASE_COURT, "(2024)京0105执888号", "D1", resource("showcase-2-ruling.pdf"));
    }

    /** Replaces the random codes of the showcase parties with the published ones. */
    private void fixShowcaseCodes() {
        for (DemoCredential credential : CREDENTIALS) {
            long caseId = store.findCaseId(SHOWCASE_COURT, credential.caseNumber()).await().atMost(TIMEOUT).orElseThrow();
            StoredCaseFile stored = store.read(caseId, IdDisclosure.MASKED).await().atMost(TIMEOUT).orElseThrow();
            long partyId = stored.parties().stream().filter(party -> party.externalId().equals(credential.partyId()))
                    .findFirst().orElseThrow().id();
            queryCodes.replace(partyId, credential.queryCode()).await().atMost(TIMEOUT);
        }
    }

    private void registerCourtClients() throws Throwable {
        for (DemoCourt court : DemoCourts.all()) {
            VertxContextSupport.subscribeAndAwait(() -> courtClients.register(clientId(court.code()), DEMO_CLIENT_SECRET,
                    court.code(), court.name() + "(演示)"));
        }
    }

    /**
     * The demo bank's account, linked to every creditor party named after the bank's branches: the portfolio a bank
     * holding hundreds of 终本 cases sees. Created once; a later start leaves it (and any password change) alone.
     */
    private void createBankAccount() {
        String hash = hasher.hashBlocking(DEMO_BANK_PASSWORD);
        pool.withTransaction(connection -> connection.preparedQuery("""
                WITH bank AS (
                    INSERT INTO account (email, password_hash, display_name, kind, role, email_confirmed_at)
                    VALUES ($1, $2, $3, 'ORGANISATION', $4, now())
                    ON CONFLICT ((lower(email))) DO NOTHING
                    RETURNING id)
                INSERT INTO account_party_link (account_id, party_id)
                SELECT bank.id, party.id FROM bank, party
                WHERE party.role = 'CREDITOR' AND party.name LIKE $5""")
                .execute(Tuple.of(DEMO_BANK_EMAIL, hash, DEMO_BANK + "(演示)", Roles.CREDITOR, DEMO_BANK + "%")))
                .await().atMost(TIMEOUT);
    }

    /** The showcase court's demo clerk. Created once, like the bank's account. */
    private void createClerkAccount() {
        String hash = hasher.hashBlocking(DEMO_CLERK_PASSWORD);
        pool.preparedQuery("""
                INSERT INTO account (email, password_hash, display_name, kind, role, court_code, email_confirmed_at)
                VALUES ($1, $2, $3, 'PERSON', $4, $5, now())
                ON CONFLICT ((lower(email))) DO NOTHING""")
                .execute(Tuple.of(DEMO_CLERK_EMAIL, hash, "朝阳法院执行局书记员(演示)", Roles.CLERK, SHOWCASE_COURT))
                .await().atMost(TIMEOUT);
        pool.preparedQuery("""
                INSERT INTO staff_second_factor (account_id, secret_enc, enrolled_at)
                SELECT id, $2, now() FROM account WHERE lower(email) = lower($1)
                ON CONFLICT (account_id) DO NOTHING""")
                .execute(Tuple.of(DEMO_CLERK_EMAIL, Buffer.buffer(cipher.encrypt(DEMO_CLERK_TOTP_SECRET))))
                .await().atMost(TIMEOUT);
    }

    /** The demo lawyer, licence checked. Created once, like the bank's account. */
    private void createLawyerAccount() {
        String hash = hasher.hashBlocking(DEMO_LAWYER_PASSWORD);
        pool.withTransaction(connection -> connection.preparedQuery("""
                WITH lawyer AS (
                    INSERT INTO account (email, password_hash, display_name, kind, role, email_confirmed_at)
                    VALUES ($1, $2, '王律师(演示)', 'PERSON', $3, now())
                    ON CONFLICT ((lower(email))) DO NOTHING
                    RETURNING id)
                INSERT INTO lawyer_profile (account_id, law_firm, licence_number, verified_at)
                SELECT id, '北京示例律师事务所', $4, now() FROM lawyer""")
                .execute(Tuple.of(DEMO_LAWYER_EMAIL, hash, Roles.LAWYER, DEMO_LAWYER_LICENCE))).await().atMost(TIMEOUT);
    }

    public static String clientId(String courtCode) {
        return "demo-" + courtCode;
    }

    private void printCredentials() throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("\n==== 演示账号 Demo credentials (demo data only) ====\n");
        text.append("Court system (intake API): client id ").append(clientId(SHOWCASE_COURT)).append(", secret ")
                .append(DEMO_CLIENT_SECRET).append(" (every demo court has demo-<court code>)\n");
        text.append("Sign in at /login with case number + query code (查询码):\n");
        for (DemoCredential credential : CREDENTIALS) {
            text.append(String.format("  %-22s %-8s %s  (%s)%n", credential.caseNumber(), "", credential.queryCode(),
                    credential.who()));
        }
        text.append("Organisation account (portfolio of a bank): ").append(DEMO_BANK_EMAIL).append(" / ")
                .append(DEMO_BANK_PASSWORD).append('\n');
        text.append("Lawyer (licence checked; desk at /lawyer): ").append(DEMO_LAWYER_EMAIL).append(" / ")
                .append(DEMO_LAWYER_PASSWORD).append('\n');
        text.append("Court clerk of ").append(SHOWCASE_COURT).append(" (resumption queue at /court/resumption): ")
                .append(DEMO_CLERK_EMAIL).append(" / ").append(DEMO_CLERK_PASSWORD)
                .append(", authenticator secret (TOTP) ").append(DEMO_CLERK_TOTP_SECRET).append('\n');
        text.append("===================================================\n");
        LOG.info(text);
        Files.createDirectories(dataDirectory);
        Files.writeString(dataDirectory.resolve("demo-credentials.txt"), text, StandardCharsets.UTF_8);
    }

    private static void expectAllAccepted(List<IntakeResult> results) {
        for (IntakeResult result : results) {
            if (!result.accepted()) {
                throw new IllegalStateException("Showcase case " + result.caseNumber() + " refused: " + result.code()
                        + " " + result.errors());
            }
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DemoLoader.class.getResourceAsStream("/demo/" + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing demo resource " + name));
        }
        return in;
    }
}
