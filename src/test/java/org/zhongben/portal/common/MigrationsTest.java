package org.zhongben.portal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/** The test profile cleans the schema and migrates from nothing at every boot, so these checks see a fresh run. */
@QuarkusTest
class MigrationsTest {

    @Inject
    Flyway flyway;

    @Inject
    Pool pool;

    @Test
    void everyMigrationAppliedToTheEmptyDatabase() {
        MigrationInfo[] applied = flyway.info().applied();
        File[] files = new File("src/main/resources/db/migration").listFiles((dir, name) -> name.endsWith(".sql"));
        assertThat(Arrays.stream(applied).filter(info -> info.getScript().endsWith(".sql"))).hasSize(files.length);
        // the Java migrations, which need code the SQL cannot express (pinyin readings)
        assertThat(Arrays.stream(applied).filter(info -> !info.getScript().endsWith(".sql")).map(MigrationInfo::getScript))
                .containsExactly("org.zhongben.portal.registry.V202612100901__RegistrySoundKeys");
        assertThat(applied).allSatisfy(info -> assertThat(info.getState()).isEqualTo(MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void migrationVersionsAreUniqueTimestamps() {
        File[] files = new File("src/main/resources/db/migration").listFiles((dir, name) -> name.endsWith(".sql"));
        List<String> versions = Arrays.stream(files).map(file -> file.getName().split("__")[0]).toList();
        assertThat(versions).allMatch(version -> version.matches("V\\d{12}")).doesNotHaveDuplicates();
    }

    @Test
    void theCaseFileTablesExist() {
        Set<String> tables = pool.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .execute().await().indefinitely().stream().map((Row row) -> row.getString(0))
                .collect(Collectors.toSet());
        assertThat(tables).contains("court", "enforcement_case", "enforcement_basis", "party", "case_payment",
                "suspension_period", "property_report_order", "property_clue", "investigation_measure", "network_query",
                "network_query_result", "asset", "control_measure", "control_renewal", "coercive_measure",
                "consumption_restriction", "dishonest_ground_finding", "dishonest_listing", "creditor_interview",
                "termination_ruling", "zhongben_database_entry", "follow_up_inquiry", "enforcement_remedy",
                "bankruptcy_transfer", "case_document", "case_document_content", "blob", "blob_chunk", "court_client",
                "party_query_code");
    }

    @Test
    void theAuditLogIsAnalysedSoonerThanPostgresqlsDefault() {
        // "who accessed my case" keeps its index plan only while the table's statistics are recent (see the migration)
        List<String> options = pool.query("SELECT unnest(reloptions) FROM pg_class WHERE oid = 'audit_event'::regclass")
                .execute().await().indefinitely().stream().map((Row row) -> row.getString(0)).toList();
        assertThat(options).contains("autovacuum_analyze_scale_factor=0.01", "autovacuum_analyze_threshold=10000");
        String serverDefault = pool.query("SELECT current_setting('autovacuum_analyze_scale_factor')").execute().await()
                .indefinitely().iterator().next().getString(0);
        assertThat(Double.parseDouble(serverDefault)).isGreaterThan(0.01);
    }
}
