package org.zhongben.portal.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.testsupport.Intake;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Stored results are recomputed when their day comes and when the engine version changes. */
@QuarkusTest
class ComplianceRefreshTest {

    @Inject
    ComplianceRefresh refresh;

    @Inject
    ComplianceService compliance;

    @Inject
    Pool pool;

    private Row stored(String caseNumber) {
        return pool.preparedQuery("""
                SELECT e.engine_version, e.evaluated_on::text AS evaluated_on, e.recheck_on::text AS recheck_on,
                       e.failed, e.passed FROM compliance_evaluation e JOIN enforcement_case c ON c.id = e.case_id
                WHERE c.case_number = $1""").execute(Tuple.of(caseNumber)).await().indefinitely().iterator().next();
    }

    private void tamper(String caseNumber, String sql) {
        pool.preparedQuery("UPDATE compliance_evaluation e SET " + sql
                + " FROM enforcement_case c WHERE c.id = e.case_id AND c.case_number = $1")
                .execute(Tuple.of(caseNumber)).await().indefinitely();
    }

    @Test
    void resultsWhoseDayHasComeAreRecomputed() {
        Intake.StoredCase stored = Intake.storeFresh();
        Row fresh = stored(stored.caseNumber());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(fresh.getString("evaluated_on")).isEqualTo(today.toString());
        // the example owes follow-up inquiries until 2028: its verdicts change when the next one falls due
        assertThat(LocalDate.parse(fresh.getString("recheck_on"))).isAfter(today);

        tamper(stored.caseNumber(), "failed = '{}', passed = '{}', recheck_on = current_date - 1, evaluated_on = '2020-01-01'");
        ComplianceRefresh.Round round = refresh.refresh().await().indefinitely();

        assertThat(round.ran()).isTrue();
        assertThat(round.rechecked()).isPositive();
        Row again = stored(stored.caseNumber());
        assertThat(again.getString("evaluated_on")).isEqualTo(today.toString());
        assertThat(List.of(again.getArrayOfStrings("failed"))).isEqualTo(List.of(fresh.getArrayOfStrings("failed")));
        assertThat(again.getString("recheck_on")).isEqualTo(fresh.getString("recheck_on"));
    }

    @Test
    void aNewEngineVersionRecomputesEveryCaseOnce() {
        Intake.StoredCase stored = Intake.storeFresh();
        tamper(stored.caseNumber(), "engine_version = 'an older engine', failed = '{}'");
        pool.preparedQuery("DELETE FROM compliance_engine_run WHERE engine_version = $1")
                .execute(Tuple.of(compliance.engineVersion())).await().indefinitely();

        ComplianceRefresh.Round round = refresh.refresh().await().indefinitely();

        assertThat(round.fullyRecomputed()).isPositive();
        Row again = stored(stored.caseNumber());
        assertThat(again.getString("engine_version")).isEqualTo(compliance.engineVersion());
        assertThat(List.of(again.getArrayOfStrings("failed"))).contains("P2");
        // the run is recorded: the next round has nothing left to recompute
        assertThat(refresh.refresh().await().indefinitely().fullyRecomputed()).isZero();
    }
}
