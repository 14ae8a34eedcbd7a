package org.zhongben.portal.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.zhongben.portal.common.outbox.Outbox;
import org.zhongben.portal.notify.NotificationDispatcher;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.TestAccounts;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The daily digest fires on every replica at the same second (a cron time). Replicas running it at once must still
 * send each account one digest listing all its waiting notices: never a notice twice, and never an account's notices
 * split over two e-mails.
 */
@QuarkusTest
class ConcurrentDigestTest {

    private static final int ACCOUNTS = 12;
    private static final int NOTICES = 4;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    Outbox outbox;

    @Inject
    Pool pool;

    @Inject
    MockMailbox mailbox;

    record Reader(long accountId, String email, List<String> notices) {
    }

    /** A creditor following a new case, with several new-document notices waiting for the digest. */
    private Reader reader(int n) {
        Intake.StoredCase stored = Intake.store(CaseFiles.fresh());
        long account = TestAccounts.create(pool, "creditor", "摘要测试" + n, null);
        TestAccounts.link(pool, account, stored.caseNumber(), "P1");
        long caseId = pool.preparedQuery("SELECT id FROM enforcement_case WHERE case_number = $1")
                .execute(Tuple.of(stored.caseNumber())).await().indefinitely().iterator().next().getLong(0);
        List<String> notices = new ArrayList<>();
        List<Outbox.Event> events = new ArrayList<>();
        for (int i = 0; i < NOTICES; i++) {
            String notice = "第" + n + "位读者的第" + i + "份新文书-" + UUID.randomUUID();
            notices.add(notice);
            events.add(new Outbox.Event(UUID.randomUUID().toString(), "case.document", caseId,
                    Map.of(Outbox.SUMMARY, Outbox.summary(notice, notice)), LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        }
        pool.withTransaction(connection -> outbox.append(connection, events)).await().indefinitely();
        String email = pool.preparedQuery("SELECT email FROM account WHERE id = $1").execute(Tuple.of(account)).await()
                .indefinitely().iterator().next().getString(0);
        return new Reader(account, email, notices);
    }

    @Test
    void twoReplicasRunningTheDigestAtOnceSendEachAccountOneCompleteDigest() {
        List<Reader> readers = new ArrayList<>();
        for (int n = 0; n < ACCOUNTS; n++) {
            readers.add(reader(n));
        }
        // fan out: new documents wait for the digest by default
        dispatcher.dispatch().await().indefinitely();
        Long[] ids = readers.stream().map(Reader::accountId).toArray(Long[]::new);
        assertThat(pool.preparedQuery("""
                SELECT count(*) FROM notification_delivery WHERE account_id = ANY($1) AND mode = 'DIGEST'
                  AND state = 'PENDING'""").execute(Tuple.of((Object) ids)).await().indefinitely().iterator().next()
                .getLong(0)).isEqualTo(ACCOUNTS * NOTICES);

        // two "replicas" at the same moment (two runs on separate connections of the pool)
        Uni.combine().all().unis(dispatcher.digest(), dispatcher.digest(), dispatcher.digest()).asTuple().await()
                .indefinitely();

        for (Reader reader : readers) {
            List<Mail> mails = mailbox.getMailsSentTo(reader.email());
            assertThat(mails).as("digests to account %d", reader.accountId()).hasSize(1);
            assertThat(mails.get(0).getText()).contains(reader.notices());
        }
        assertThat(pool.preparedQuery("""
                SELECT count(*) FROM notification_delivery WHERE account_id = ANY($1)
                  AND (state <> 'SENT' OR attempts <> 1)""").execute(Tuple.of((Object) ids)).await().indefinitely()
                .iterator().next().getLong(0)).isZero();
    }
}
