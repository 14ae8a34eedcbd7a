package org.zhongben.portal.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhongben.portal.common.outbox.Outbox;
import org.zhongben.portal.testsupport.Browser;
import org.zhongben.portal.testsupport.CaseFiles;
import org.zhongben.portal.testsupport.Intake;
import org.zhongben.portal.testsupport.TestAccounts;
import org.zhongben.portal.testsupport.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Delivery through a real SMTP exchange: the portal's mailer talks to a GreenMail server inside the test JVM.
 * Dispatch and digest runs are called directly (the scheduler is off in tests).
 */
@QuarkusTest
@TestProfile(NotificationDeliveryTest.RealSmtp.class)
class NotificationDeliveryTest {

    static final int SMTP_PORT = 32525;
    static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    /** The mailer sends through the test's SMTP server; small batches, so concurrent dispatchers interleave. */
    public static class RealSmtp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port",
                    String.valueOf(SMTP_PORT), "quarkus.mailer.start-tls", "DISABLED", "quarkus.mailer.keep-alive", "false",
                    "portal.notify.batch-size", "5", "portal.notify.first-retry", "PT10M");
        }
    }

    static GreenMail smtp;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    Outbox outbox;

    @Inject
    Pool pool;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    record Follower(long accountId, String email, long caseId, String caseNumber, String token) {
    }

    /** A new case and a creditor account (confirmed e-mail) linked to its creditor party. */
    private Follower follower() {
        Intake.StoredCase stored = Intake.store(CaseFiles.fresh());
        long account = TestAccounts.create(pool, "creditor", "测试债权人", null);
        TestAccounts.link(pool, account, stored.caseNumber(), "P1");
        String email = pool.preparedQuery("SELECT email FROM account WHERE id = $1").execute(Tuple.of(account)).await()
                .indefinitely().iterator().next().getString(0);
        long caseId = pool.preparedQuery("SELECT id FROM enforcement_case WHERE case_number = $1")
                .execute(Tuple.of(stored.caseNumber())).await().indefinitely().iterator().next().getLong(0);
        return new Follower(account, email, caseId, stored.caseNumber(),
                TestTokens.account(account, "creditor", "测试债权人"));
    }

    private void event(Follower follower, String topic, String zh, String en) {
        pool.withTransaction(connection -> outbox.append(connection, List.of(new Outbox.Event(UUID.randomUUID().toString(),
                topic, follower.caseId(), Map.of(Outbox.SUMMARY, Outbox.summary(zh, en)), LocalDate.now()))))
                .await().indefinitely();
    }

    private static List<MimeMessage> mailTo(String email) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(email)) {
                    found.add(message);
                }
            } catch (jakarta.mail.MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
        return found;
    }

    /** Every text part of a message, decoded (plain text and HTML alike). */
    private static String text(jakarta.mail.Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    all.append(text(multipart.getBodyPart(i))).append('\n');
                }
                return all.toString();
            }
            return String.valueOf(content);
        } catch (jakarta.mail.MessagingException | java.io.IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private long count(String sql, Object... parameters) {
        return pool.preparedQuery(sql).execute(Tuple.from(parameters)).await().indefinitely().iterator().next().getLong(0);
    }

    @Test
    void aFollowUpResultFromIntakeIsEmailedSayingWhatWhyAndWhere() throws Exception {
        Follower follower = follower();
        ObjectNode file = CaseFiles.fresh();
        file.put("caseNumber", follower.caseNumber()).put("version", 4);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        CaseFiles.add(file, "followUps").put("sequence", 3).put("performedOn", today.toString())
                .put("result", "PROPERTY_FOUND").put("ledToResumption", false);
        Intake.replace(file);

        NotificationDispatcher.Run run = dispatcher.dispatch().await().indefinitely();
        assertThat(run.sent()).isGreaterThanOrEqualTo(1);
        List<MimeMessage> mails = mailTo(follower.email());
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).contains(follower.caseNumber(), "终本后定期查询结果");
        String body = text(mail);
        assertThat(body).contains("第 3 次终本后定期查询", "发现财产", "/cases/", "申请执行人", "法定告知事项",
                "/account/notifications");
        // plain text and HTML
        assertThat(mail.getContentType()).startsWith("multipart/");

        // the same case file again: nothing new to tell
        Intake.replace(file.put("version", 5));
        dispatcher.dispatch().await().indefinitely();
        assertThat(mailTo(follower.email())).hasSize(1);

        // in the inbox too, unread, and the required notice cannot be switched off
        given().auth().oauth2(follower.token()).get("/api/v1/inbox").then().statusCode(200).body("unread", equalTo(1))
                .body("items", hasSize(1)).body("items[0].caseNumber", equalTo(follower.caseNumber()));
        given().auth().oauth2(follower.token()).contentType("application/json").body("{\"FOLLOW_UP_RESULT\":\"INBOX_ONLY\"}")
                .put("/api/v1/notification-preferences").then().statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("notify/required-notice"));
    }

    @Test
    void aRefusedSendIsRetriedWithBackoffAndThenDelivered() {
        Follower follower = follower();
        smtp.stop();
        try {
            event(follower, "resumption.accepted", "法院决定恢复执行。", "The court resumed enforcement.");
            NotificationDispatcher.Run refused = dispatcher.dispatch().await().indefinitely();
            assertThat(refused.failed()).isEqualTo(1);
            assertThat(count("""
                    SELECT count(*) FROM notification_delivery WHERE account_id = $1 AND state = 'PENDING' AND attempts = 1
                      AND last_error IS NOT NULL AND next_attempt_at > now() + interval '9 minutes'""", follower.accountId()))
                    .isEqualTo(1);
            // not before its time
            assertThat(dispatcher.dispatch().await().indefinitely().failed()).isZero();
        } finally {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
        pool.preparedQuery("UPDATE notification_delivery SET next_attempt_at = now() WHERE account_id = $1")
                .execute(Tuple.of(follower.accountId())).await().indefinitely();
        assertThat(dispatcher.dispatch().await().indefinitely().sent()).isGreaterThanOrEqualTo(1);
        assertThat(mailTo(follower.email())).hasSize(1);
        assertThat(count("SELECT count(*) FROM notification_delivery WHERE account_id = $1 AND state = 'SENT' AND attempts = 2",
                follower.accountId())).isEqualTo(1);
    }

    @Test
    void twoDispatchersAtOnceDeliverEachEventExactlyOnce() {
        Follower follower = follower();
        for (int i = 0; i < 23; i++) {
            event(follower, "resumption.materials_requested", "法院要求补充材料 " + i + "。", "More materials, please " + i + ".");
        }
        List<NotificationDispatcher.Run> runs = Uni.join().all(dispatcher.dispatch(), dispatcher.dispatch()).andFailFast()
                .await().indefinitely();
        assertThat(runs.get(0).events() + runs.get(1).events()).isGreaterThanOrEqualTo(23);
        assertThat(mailTo(follower.email())).hasSize(23);
        assertThat(count("SELECT count(*) FROM notification WHERE account_id = $1", follower.accountId())).isEqualTo(23);
        assertThat(count("SELECT count(*) FROM notification_delivery WHERE account_id = $1 AND state = 'SENT' AND attempts = 1",
                follower.accountId())).isEqualTo(23);
    }

    @Test
    void aFailingMessageOrEventDoesNotHoldUpTheOthers() {
        Follower follower = follower();
        long broken = TestAccounts.create(pool, "creditor", "地址错误", null);
        TestAccounts.link(pool, broken, follower.caseNumber(), "P1");
        pool.preparedQuery("UPDATE account SET email = 'no address at all' WHERE id = $1").execute(Tuple.of(broken)).await()
                .indefinitely();
        // an event whose recipients cannot be read, written before the good one
        pool.withTransaction(connection -> outbox.append(connection, List.of(new Outbox.Event(UUID.randomUUID().toString(),
                "resumption.rejected", follower.caseId(), Map.of(Outbox.NOTIFY_ACCOUNTS, List.of("not-a-number")),
                LocalDate.now())))).await().indefinitely();
        event(follower, "resumption.rejected", "法院决定不予恢复执行。", "The court rejected the application.");

        NotificationDispatcher.Run run = dispatcher.dispatch().await().indefinitely();
        assertThat(run.failed()).isGreaterThanOrEqualTo(1);
        assertThat(mailTo(follower.email())).hasSize(1);
        assertThat(count("SELECT count(*) FROM notification_delivery WHERE account_id = $1 AND state = 'PENDING'"
                + " AND attempts = 1 AND last_error IS NOT NULL", broken)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE case_id = $1 AND dispatched_at IS NULL AND attempts = 1"
                + " AND last_error = 'unreadable recipients'", follower.caseId())).isEqualTo(1);
    }

    @Test
    void preferencesDecideBetweenEmailDigestAndInbox() {
        Follower follower = follower();
        given().auth().oauth2(follower.token()).contentType("application/json")
                .body("{\"RESUMPTION\":\"INBOX_ONLY\",\"DOCUMENT\":\"IMMEDIATE\"}").put("/api/v1/notification-preferences")
                .then().statusCode(200);
        event(follower, "resumption.accepted", "法院决定恢复执行。", "The court resumed enforcement.");
        event(follower, "case.document", "案件新增文书《执行裁定书》。", "A new document is on the case.");
        event(follower, "compliance.failing", "规定动作检查新出现不合规。", "A check now fails.");
        dispatcher.dispatch().await().indefinitely();

        List<MimeMessage> mails = mailTo(follower.email());
        assertThat(mails).hasSize(1);
        assertThat(text(mails.get(0))).contains("执行裁定书", "立即发送邮件");
        // everything is in the inbox; compliance (default: digest) waits for the digest
        given().auth().oauth2(follower.token()).get("/api/v1/inbox").then().statusCode(200).body("unread", equalTo(3));
        assertThat(count(
                "SELECT count(*) FROM notification_delivery WHERE account_id = $1 AND mode = 'DIGEST' AND state = 'PENDING'",
                follower.accountId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM notification_delivery d JOIN notification n ON n.id = d.notification_id"
                + " WHERE d.account_id = $1 AND n.kind = 'RESUMPTION'", follower.accountId())).isZero();
    }

    @Test
    void theInboxPageListsMessagesInTheReadersLanguageAndMarksThemRead() {
        Follower follower = follower();
        event(follower, "resumption.accepted", "法院决定恢复执行。", "The court resumed enforcement.");
        dispatcher.dispatch().await().indefinitely();
        long id = count("SELECT max(id) FROM notification WHERE account_id = $1", follower.accountId());

        Browser english = new Browser("en").session(follower.token());
        String page = english.get("/inbox", 200);
        assertThat(page).contains("1 unread", "The court resumed enforcement.", "Resumption application progress",
                "you are the creditor in case", "/cases/");
        assertThat(english.post("/inbox/{id}/read", Map.of(), id).statusCode()).isEqualTo(303);
        assertThat(new Browser("zh").session(follower.token()).get("/inbox", 200)).contains("未读 0 条", "法院决定恢复执行。");
        // without the form's CSRF token nothing changes
        event(follower, "resumption.rejected", "又一条消息。", "One more message.");
        dispatcher.dispatch().await().indefinitely();
        given().cookie("portal_session", follower.token()).contentType("application/x-www-form-urlencoded")
                .redirects().follow(false).post("/inbox/read").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(403)));
        assertThat(count("SELECT count(*) FROM notification WHERE account_id = $1 AND read_at IS NULL",
                follower.accountId())).isEqualTo(1);

        // another account's message is not found, and a sign-in by case number has no inbox
        Follower other = follower();
        given().auth().oauth2(other.token()).post("/api/v1/inbox/{id}/read", id).then().statusCode(404);
        new Browser("zh").session(follower.token()).get("/account/notifications", 200);
    }

    @Test
    void theDigestGroupsADaysEventsIntoOneMessage() throws Exception {
        Follower follower = follower();
        for (String title : List.of("甲", "乙", "丙")) {
            event(follower, "case.document", "案件新增文书《" + title + "号文书》。", "A new document: " + title + ".");
        }
        dispatcher.dispatch().await().indefinitely();
        assertThat(mailTo(follower.email())).isEmpty();

        dispatcher.digest().await().indefinitely();
        List<MimeMessage> mails = mailTo(follower.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("3");
        assertThat(text(mails.get(0))).contains("甲号文书", "乙号文书", "丙号文书", "每日汇总邮件");

        dispatcher.digest().await().indefinitely();
        assertThat(mailTo(follower.email())).hasSize(1);
    }
}
