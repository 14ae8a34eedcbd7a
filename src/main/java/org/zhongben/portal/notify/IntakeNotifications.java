package org.zhongben.portal.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileListener;
import org.zhongben.portal.casefile.vocabulary.DocumentVisibility;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.outbox.Outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Outbox events for what intake brings, in the intake transaction: a follow-up inquiry's result (a notice the court
 * owes the creditor) and a new document the parties may see. Each is keyed by what it reports, so a case file sent
 * again never repeats one; anything older than {@value #LOOKBACK_DAYS} days is history (a court loading old cases),
 * not news.
 */
@ApplicationScoped
class IntakeNotifications implements CaseFileListener {

    static final int LOOKBACK_DAYS = 30;

    private final Outbox outbox;
    private final Clock clock;

    IntakeNotifications(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Uni<Void> stored(SqlConnection connection, List<StoredChange> changes) {
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusDays(LOOKBACK_DAYS);
        List<Outbox.Event> events = new ArrayList<>();
        for (StoredChange change : changes) {
            CaseFile file = change.file();
            for (CaseFile.FollowUp followUp : file.followUps()) {
                if (followUp.performedOn() != null && followUp.result() != null && !followUp.performedOn().isBefore(since)
                        && !followUp.performedOn().isAfter(today)) {
                    events.add(followUpResult(change.caseId(), followUp));
                }
            }
            for (CaseFile.Document document : file.documents()) {
                boolean forParties = document.visibility() == DocumentVisibility.PUBLIC
                        || document.visibility() == DocumentVisibility.PARTY;
                LocalDate issued = document.issuedOn() == null ? today : document.issuedOn();
                if (forParties && !issued.isBefore(since) && !issued.isAfter(today)) {
                    events.add(newDocument(change.caseId(), document, issued));
                }
            }
        }
        return outbox.append(connection, events).replaceWithVoid();
    }

    static Outbox.Event followUpResult(long caseId, CaseFile.FollowUp followUp) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sequence", followUp.sequence());
        payload.put("performedOn", followUp.performedOn().toString());
        payload.put("result", followUp.result().name());
        payload.put(Outbox.SUMMARY, Outbox.summary(
                "第 " + followUp.sequence() + " 次终本后定期查询已于" + Languages.formatDate(followUp.performedOn(), Languages.ZH)
                        + "完成,结果:" + followUp.result().zh() + "。",
                "Follow-up inquiry no. " + followUp.sequence() + " was made on "
                        + Languages.formatDate(followUp.performedOn(), Languages.EN) + ". Result: " + followUp.result().en()
                        + "."));
        return new Outbox.Event("followup-result:" + caseId + ":" + followUp.sequence() + ":" + followUp.performedOn(),
                "followup.result", caseId, payload, followUp.performedOn());
    }

    static Outbox.Event newDocument(long caseId, CaseFile.Document document, LocalDate issued) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("documentId", document.id());
        payload.put("documentKind", document.kind() == null ? null : document.kind().name());
        String title = document.title() == null || document.title().isBlank() ? document.id() : document.title();
        String zhKind = document.kind() == null ? "" : "(" + document.kind().zh() + ")";
        String enKind = document.kind() == null ? "" : " (" + document.kind().en() + ")";
        payload.put(Outbox.SUMMARY, Outbox.summary("案件新增文书《" + title + "》" + zhKind + "。",
                "A new document is on the case: “" + title + "”" + enKind + "."));
        return new Outbox.Event("case-document:" + caseId + ":" + document.id(), "case.document", caseId, payload, issued);
    }
}
