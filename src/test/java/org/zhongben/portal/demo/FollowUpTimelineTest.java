package org.zhongben.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.vocabulary.ClosingMode;
import org.zhongben.portal.casefile.vocabulary.QueryChannel;
import org.zhongben.portal.casefile.vocabulary.QueryPurpose;

class FollowUpTimelineTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void follow_ups_lie_between_the_ruling_and_today_and_are_only_owed_once_due() {
        List<CaseFile> zhongben = new CaseFileGenerator(55L, TODAY).stream(0, 5_000).parallel()
                .filter(f -> f.closingMode() == ClosingMode.ZHONGBEN).toList();
        for (CaseFile file : zhongben) {
            LocalDate ruled = file.ruling().ruledOn();
            Map<String, CaseFile.NetworkQuery> queries = file.networkQueries().stream()
                    .collect(Collectors.toMap(CaseFile.NetworkQuery::id, Function.identity()));
            for (CaseFile.FollowUp followUp : file.followUps()) {
                LocalDate due = ruled.plusMonths(6L * followUp.sequence());
                assertThat(due).as(file.caseNumber()).isBeforeOrEqualTo(TODAY);
                if (followUp.performedOn() == null) {
                    continue;
                }
                assertThat(followUp.performedOn()).isAfter(ruled).isBeforeOrEqualTo(TODAY);
                assertThat(followUp.performedOn()).isAfterOrEqualTo(due.minusDays(10));
                if (followUp.creditorNotifiedOn() != null) {
                    assertThat(followUp.creditorNotifiedOn()).isAfterOrEqualTo(followUp.performedOn())
                            .isBeforeOrEqualTo(TODAY);
                }
                CaseFile.NetworkQuery query = queries.get(followUp.networkQueryId());
                assertThat(query.purpose()).isEqualTo(QueryPurpose.FOLLOW_UP);
                assertThat(query.channel()).isEqualTo(QueryChannel.NATIONAL);
                assertThat(query.submittedOn()).isEqualTo(followUp.performedOn());
            }
        }
    }

    @Test
    void a_compliant_court_performs_every_due_follow_up_near_its_due_date() {
        List<CaseFile> zhongben = new CaseFileGenerator(56L, TODAY, DemoMix.compliant()).stream(0, 2_000)
                .filter(f -> f.closingMode() == ClosingMode.ZHONGBEN).toList();
        for (CaseFile file : zhongben) {
            List<LocalDate> due = Breaches.dueFollowUps(file, TODAY);
            assertThat(file.followUps()).as(file.caseNumber()).hasSize(due.size());
            for (CaseFile.FollowUp followUp : file.followUps()) {
                LocalDate dueOn = due.get(followUp.sequence() - 1);
                assertThat(followUp.performedOn()).isBetween(dueOn.minusDays(10), dueOn.plusDays(7));
            }
        }
    }

    @Test
    void controls_expire_by_their_term_and_some_run_out_within_the_next_thirty_days() {
        List<CaseFile> files = new CaseFileGenerator(57L, TODAY).stream(0, 5_000).parallel().toList();
        long expiringSoon = 0;
        for (CaseFile file : files) {
            Map<String, CaseFile.Asset> assets = file.assets().stream()
                    .collect(Collectors.toMap(CaseFile.Asset::id, Function.identity()));
            for (CaseFile.Control control : file.controls()) {
                int months = assets.get(control.assetId()).category().controlTerm().months();
                assertThat(control.expiresOn()).isEqualTo(control.effectiveOn().plusMonths(months));
                control.renewals().forEach(r -> assertThat(r.expiresOn()).isEqualTo(r.renewedOn().plusMonths(months)));
                LocalDate current = control.renewals().isEmpty() ? control.expiresOn()
                        : control.renewals().get(control.renewals().size() - 1).expiresOn();
                if (control.liftedOn() == null && current.isAfter(TODAY) && !current.isAfter(TODAY.plusDays(30))) {
                    expiringSoon++;
                }
            }
        }
        assertThat(expiringSoon).isGreaterThan(20);
    }
}
