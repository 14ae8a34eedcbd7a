package org.zhongben.portal.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.casefile.CaseFile;
import org.zhongben.portal.casefile.CaseFileStore;
import org.zhongben.portal.casefile.CaseLineage;
import org.zhongben.portal.casefile.IdDisclosure;
import org.zhongben.portal.casefile.StoredCaseFile;
import org.zhongben.portal.common.concurrent.Offload;
import org.zhongben.portal.common.outbox.Outbox;
import org.zhongben.portal.followup.FollowUpService;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * The compliance feature's published service: evaluates stored cases with the configured thresholds and keeps the
 * materialised results up to date.
 */
@ApplicationScoped
public class ComplianceService {

    private final ComplianceSettings settings;
    private final CaseFileStore files;
    private final ComplianceStore store;
    private final FollowUpService followUps;
    private final Pool pool;
    private final Clock clock;
    private final Outbox outbox;

    ComplianceService(ComplianceConfig config, FollowUpService followUps, CaseFileStore files, ComplianceStore store,
            Pool pool, Clock clock, Outbox outbox) {
        this.settings = new ComplianceSettings(config.networkFreshnessDays(), config.negligibleAmount(),
                config.negligibleShare(), config.exOfficioResumptionDays(), followUps.settings());
        this.files = files;
        this.store = store;
        this.followUps = followUps;
        this.pool = pool;
        this.clock = clock;
        this.outbox = outbox;
    }

    public ComplianceSettings settings() {
        return settings;
    }

    public String engineVersion() {
        return ComplianceEngine.version(settings);
    }

    /** The report of a stored case on {@code today}; pure computation. */
    public ComplianceReport evaluate(StoredCaseFile stored, LocalDate today) {
        return ComplianceEngine.evaluate(stored.file(), lineage(stored), today, settings);
    }

    static Lineage lineage(StoredCaseFile stored) {
        return new Lineage(stored.childCases(), stored.earlierTerminations());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Evaluates changed case files (and the parents whose verdicts their change affects) inside the intake
     * transaction and stores the results there, so stored results never disagree with stored files.
     */
    Uni<Void> evaluateChanged(SqlClient connection, Map<Long, CaseFile> changed) {
        LocalDate today = today();
        List<Long> ids = List.copyOf(changed.keySet());
        return files.lineage(connection, ids).chain(lineage -> {
            List<Long> parents = lineage.values().stream().map(CaseLineage::parentCaseId)
                    .filter(parent -> parent != null && !changed.containsKey(parent)).distinct().toList();
            Uni<List<ComplianceStore.Evaluation>> own = Offload.toWorker(() -> {
                List<ComplianceStore.Evaluation> evaluations = new ArrayList<>(changed.size());
                changed.forEach((caseId, file) -> evaluations.add(ComplianceStore.Evaluation.of(caseId,
                        ComplianceEngine.evaluate(file, lineageOf(lineage.get(caseId)), today, settings))));
                return evaluations;
            });
            Uni<List<ComplianceStore.Evaluation>> ofParents = parents.isEmpty() ? Uni.createFrom().item(List.of())
                    : files.readAll(parents, IdDisclosure.MASKED).chain(parentFiles -> files.lineage(connection, parents)
                            .chain(parentLineage -> Offload.toWorker(() -> parentFiles.stream()
                                    .map(parent -> ComplianceStore.Evaluation.of(parent.caseId(), ComplianceEngine.evaluate(
                                            parent.file(), lineageOf(parentLineage.get(parent.caseId())), today, settings)))
                                    .toList())));
            return own.chain(evaluations -> ofParents.chain(parentEvaluations -> {
                List<ComplianceStore.Evaluation> all = new ArrayList<>(evaluations);
                all.addAll(parentEvaluations);
                return store.save(connection, all).chain(newlyFailing -> outbox.append(connection,
                        newlyFailingEvents(newlyFailing, today)).replaceWithVoid());
            }));
        });
    }

    /** One event per case and check that fails after new data and did not before (at most one a day). */
    static List<Outbox.Event> newlyFailingEvents(Map<Long, List<String>> newlyFailing, LocalDate today) {
        List<Outbox.Event> events = new ArrayList<>();
        newlyFailing.forEach((caseId, checks) -> {
            for (String check : checks) {
                CheckCode code = CheckCode.valueOf(check);
                Map<String, Object> payload = new java.util.LinkedHashMap<>();
                payload.put("check", check);
                payload.put(Outbox.SUMMARY, Outbox.summary("规定动作检查新出现不合规:" + code.zh() + "。",
                        "A prescribed-action check now fails: " + code.en() + "."));
                events.add(new Outbox.Event("compliance-failing:" + caseId + ":" + check + ":" + today, "compliance.failing",
                        caseId, payload, today));
            }
        });
        return events;
    }

    private static Lineage lineageOf(CaseLineage lineage) {
        return lineage == null ? Lineage.NONE : new Lineage(lineage.children(), lineage.earlierTerminations());
    }

    /**
     * Re-evaluates stored cases with today's date and saves the results; with {@code rewriteDeadlines} their tracked
     * deadlines are rebuilt too (a full recomputation after a version change, or cases stored before the feature
     * existed). Returns how many were evaluated.
     */
    Uni<Integer> reevaluate(List<Long> caseIds, boolean rewriteDeadlines) {
        if (caseIds.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        LocalDate today = today();
        return files.readAll(caseIds, IdDisclosure.MASKED).chain(stored -> Offload.toWorker(() -> stored.stream()
                .map(file -> ComplianceStore.Evaluation.of(file.caseId(), evaluate(file, today))).toList())
                .chain(evaluations -> pool.withTransaction(connection -> store.save(connection, evaluations).replaceWithVoid()
                        .call(() -> rewriteDeadlines ? followUps.rewrite(connection, byId(stored))
                                : Uni.createFrom().voidItem()))
                        .replaceWith(evaluations.size())));
    }

    private static Map<Long, CaseFile> byId(List<StoredCaseFile> stored) {
        Map<Long, CaseFile> byId = new java.util.LinkedHashMap<>();
        stored.forEach(file -> byId.put(file.caseId(), file.file()));
        return byId;
    }
}
