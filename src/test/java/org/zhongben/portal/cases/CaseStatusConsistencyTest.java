package org.zhongben.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.IdDisclosure;
import org.zhongben.portal.casefile.SummaryQuery;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.demo.CaseFileGenerator;
import org.zhongben.portal.intake.IntakeService;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The portfolio computes the status in SQL; it must agree with the Java rule the case page uses, for every case. */
@QuarkusTest
class CaseStatusConsistencyTest {

    @Inject
    IntakeService intake;

    @Inject
    CaseFileStore store;

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Test
    void sqlAndJavaAgreeOnTheStatusOfGeneratedCases() {
        LocalDate today = LocalDate.now(clock);
        List<CaseFile> files = new CaseFileGenerator(91, today).stream(50_000, 400).toList();
        Map<String, List<CaseFile>> byCourt = files.stream().collect(Collectors.groupingBy(CaseFile::courtCode));
        byCourt.forEach((court, courtFiles) -> intake.storeFiles(court, courtFiles, Languages.ZH));

        List<Long> partyIds = pool.preparedQuery("""
                SELECT p.id FROM party p JOIN enforcement_case c ON c.id = p.case_id
                WHERE c.case_number = ANY($1) AND p.role = 'CREDITOR'""")
                .execute(Tuple.of((Object) files.stream().map(CaseFile::caseNumber).toArray(String[]::new)))
                .await().indefinitely().stream().map(row -> row.getLong("id")).toList();
        var summaries = store.summaries(new SummaryQuery(partyIds, today, null, null, null,
                SummaryQuery.Order.CASE_NUMBER_ASC, null, 10_000)).await().indefinitely();
        assertThat(summaries).hasSizeGreaterThanOrEqualTo(files.size() - 5);
        long resumed = 0;
        for (var row : summaries) {
            var stored = store.read(row.summary().caseId(), IdDisclosure.MASKED).await().indefinitely().orElseThrow();
            CaseStatus java = CaseStatus.of(stored, today);
            assertThat(row.summary().status()).as(row.summary().caseNumber()).isEqualTo(java.name());
            resumed += java == CaseStatus.RESUMED ? 1 : 0;
        }
        assertThat(resumed).as("the sample holds resumed cases").isPositive();
    }
}
