package org.zhongben.portal.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.zhongben.portal.common.i18n.Languages;
import org.zhongben.portal.common.outbox.Outbox;

import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Delivers the outbox. Two steps, each in short transactions whose rows are claimed with {@code FOR UPDATE SKIP
 * LOCKED}, so any number of replicas can run it at once and each row is handled by one of them:
 * <ol>
 * <li>fan-out: each event becomes an inbox message for every account it concerns, plus an e-mail delivery per
 * connected channel unless the account keeps that kind in the inbox only (or has no confirmed address);</li>
 * <li>delivery: due e-mails are sent while their rows stay locked; a failed send is retried later with exponential
 * backoff, and one failing message never holds up the others.</li>
 * </ol>
 * Daily-digest deliveries wait for the digest run, which sends each account one message listing them. The digest
 * fires on every replica at the same second, so its batches take turns ({@link NotificationStore#claimDigest}): each
 * claims whole accounts after the previous one committed, and no account's notices are split over two e-mails.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);

    private final Pool pool;
    private final NotificationStore store;
    private final NotificationRenderer renderer;
    private final List<NotificationChannel> channels;
    private final Clock clock;
    private final int batchSize;
    private final Backoff backoff;

    NotificationDispatcher(Pool pool, NotificationStore store, NotificationRenderer renderer,
            @All List<NotificationChannel> channels, Clock clock, NotifyConfig config) {
        this.pool = pool;
        this.store = store;
        this.renderer = renderer;
        this.channels = List.copyOf(channels);
        this.clock = clock;
        this.batchSize = config.batchSize();
        this.backoff = config.backoff();
    }

    /** What a run did: events fanned out, messages sent, sends that failed (to be retried or given up). */
    public record Run(int events, int sent, int failed) {

        Run plus(Run other) {
            return new Run(events + other.events, sent + other.sent, failed + other.failed);
        }
    }

    @Scheduled(every = "${portal.notify.dispatch-interval:10s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduledDispatch() {
        return dispatch().invoke(run -> {
            if (run.failed() > 0) {
                LOG.warnf("Notifications: %d events fanned out, %d sent, %d sends failed (retried later)", run.events(),
                        run.sent(), run.failed());
            }
        }).onFailure().invoke(failure -> LOG.warn("Notification dispatch failed; will retry", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    @Scheduled(cron = "${portal.notify.digest-cron:0 0 8 * * ?}", timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduledDigest() {
        return digest().onFailure().invoke(failure -> LOG.warn("Notification digest failed; will retry", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Fans out every waiting event, then sends every due immediate e-mail. */
    public Uni<Run> dispatch() {
        return fanOut(new Run(0, 0, 0)).chain(fanned -> deliver(fanned));
    }

    private Uni<Run> fanOut(Run soFar) {
        return pool.withTransaction(this::fanOutBatch).chain(count -> {
            Run total = soFar.plus(new Run(count, 0, 0));
            return count == batchSize ? fanOut(total) : Uni.createFrom().item(total);
        });
    }

    private Uni<Integer> fanOutBatch(SqlConnection connection) {
        return store.claimEvents(connection, batchSize).chain(events -> {
            if (events.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            Targets targets = new Targets();
            List<NotificationStore.Event> unreadable = new ArrayList<>();
            for (NotificationStore.Event event : events) {
                try {
                    targets.add(event);
                } catch (RuntimeException malformed) {
                    unreadable.add(event);
                }
            }
            Uni<Void> failures = Uni.createFrom().voidItem();
            for (NotificationStore.Event event : unreadable) {
                failures = failures.chain(() -> store.eventFailed(connection, event.id(), "unreadable recipients",
                        backoff));
            }
            List<Long> done = events.stream().filter(event -> !unreadable.contains(event))
                    .map(NotificationStore.Event::id).toList();
            return failures.chain(() -> store.recipients(connection, targets.caseEvents, targets.caseIds,
                    targets.partyEvents, targets.partyIds, targets.accountEvents, targets.accountIds))
                    .chain(reached -> store.preferences(connection, reached.stream()
                            .map(NotificationStore.Reached::accountId).distinct().toList())
                            .chain(chosen -> store(connection, targets.kinds, reached, chosen)))
                    .chain(() -> store.markDispatched(connection, done)).replaceWith(events.size());
        });
    }

    /** Who each event of a batch is for: the case's followers, or the accounts and party it names. */
    private static final class Targets {
        final Map<Long, NotificationKind> kinds = new LinkedHashMap<>();
        final List<Long> caseEvents = new ArrayList<>();
        final List<Long> caseIds = new ArrayList<>();
        final List<Long> partyEvents = new ArrayList<>();
        final List<Long> partyIds = new ArrayList<>();
        final List<Long> accountEvents = new ArrayList<>();
        final List<Long> accountIds = new ArrayList<>();

        void add(NotificationStore.Event event) {
            Optional<NotificationKind> kind = NotificationKind.ofTopic(event.topic());
            if (kind.isEmpty()) {
                return; // not something people are told about
            }
            Object accounts = event.payload().get(Outbox.NOTIFY_ACCOUNTS);
            Object party = event.payload().get(Outbox.NOTIFY_PARTY);
            List<Long> named = new ArrayList<>();
            if (accounts instanceof List<?> list) {
                for (Object id : list) {
                    named.add(((Number) id).longValue());
                }
            }
            kinds.put(event.id(), kind.get());
            if (accounts == null && party == null) {
                if (event.caseId() != null) {
                    caseEvents.add(event.id());
                    caseIds.add(event.caseId());
                }
                return;
            }
            for (Long id : named) {
                accountEvents.add(event.id());
                accountIds.add(id);
            }
            if (party != null) {
                partyEvents.add(event.id());
                partyIds.add(((Number) party).longValue());
            }
        }
    }

    private Uni<Void> store(SqlConnection connection, Map<Long, NotificationKind> kinds,
            List<NotificationStore.Reached> reached, Map<Long, Map<NotificationKind, DeliveryMode>> chosen) {
        List<NotificationStore.NewNotification> notifications = new ArrayList<>();
        Map<String, NotificationStore.Reached> byKey = new LinkedHashMap<>();
        for (NotificationStore.Reached one : reached) {
            NotificationKind kind = kinds.get(one.eventId());
            DeliveryMode mode = kind.effectiveMode(chosen.getOrDefault(one.accountId(), Map.of()).get(kind));
            notifications.add(new NotificationStore.NewNotification(one.eventId(), one.accountId(), kind, one.reason(),
                    mode));
            byKey.put(one.eventId() + ":" + one.accountId(), one);
        }
        return store.insertNotifications(connection, notifications).chain(ids -> {
            List<NotificationStore.NewDelivery> deliveries = new ArrayList<>();
            for (NotificationStore.NewNotification notification : notifications) {
                String key = notification.eventId() + ":" + notification.accountId();
                Long id = ids.get(key);
                if (id == null || notification.mode() == DeliveryMode.INBOX_ONLY || !byKey.get(key).emailConfirmed()) {
                    continue;
                }
                for (NotificationChannel channel : channels) {
                    if (channel.connected()) {
                        deliveries.add(new NotificationStore.NewDelivery(id, notification.accountId(), channel.name(),
                                notification.mode()));
                    }
                }
            }
            return store.insertDeliveries(connection, deliveries);
        });
    }

    // delivery ---------------------------------------------------------------------------------------------------

    private Uni<Run> deliver(Run soFar) {
        return pool.withTransaction(connection -> store.claimDue(connection, batchSize).chain(due -> {
            List<Uni<String>> sends = new ArrayList<>();
            for (NotificationStore.Due one : due) {
                RenderedMessage message = renderer.render(one.notification(), one.recipient().locale());
                sends.add(channel(one.channel()).send(one.recipient(), message).replaceWith((String) null)
                        .onFailure().recoverWithItem(NotificationDispatcher::describe));
            }
            return record(connection, due.stream().map(NotificationStore.Due::id).toList(), sends);
        })).chain(run -> {
            Run total = soFar.plus(run);
            return run.sent() + run.failed() == batchSize ? deliver(total) : Uni.createFrom().item(total);
        });
    }

    /** Sends each account with waiting digest deliveries one message listing them all. */
    public Uni<Run> digest() {
        return digest(new Run(0, 0, 0));
    }

    private Uni<Run> digest(Run soFar) {
        LocalDate today = LocalDate.now(clock);
        return pool.withTransaction(connection -> store.claimDigest(connection, batchSize).chain(due -> {
            Map<Long, List<NotificationStore.Due>> byAccount = new LinkedHashMap<>();
            for (NotificationStore.Due one : due) {
                byAccount.computeIfAbsent(one.recipient().accountId(), id -> new ArrayList<>()).add(one);
            }
            if (byAccount.isEmpty()) {
                return Uni.createFrom().item(new Run(0, 0, 0));
            }
            List<List<NotificationStore.Due>> accounts = List.copyOf(byAccount.values());
            List<Uni<String>> sends = new ArrayList<>();
            for (List<NotificationStore.Due> ofAccount : accounts) {
                Recipient to = ofAccount.get(0).recipient();
                List<RenderedMessage> messages = ofAccount.stream()
                        .map(one -> renderer.render(one.notification(), to.locale())).toList();
                sends.add(channel(ofAccount.get(0).channel())
                        .sendDigest(to, Languages.formatDate(today, to.locale()), messages).replaceWith((String) null)
                        .onFailure().recoverWithItem(NotificationDispatcher::describe));
            }
            return Uni.join().all(sends).andFailFast().chain(errors -> {
                List<Long> ids = new ArrayList<>();
                List<String> rowErrors = new ArrayList<>();
                for (int i = 0; i < accounts.size(); i++) {
                    for (NotificationStore.Due one : accounts.get(i)) {
                        ids.add(one.id());
                        rowErrors.add(errors.get(i));
                    }
                }
                int failed = (int) errors.stream().filter(error -> error != null).count();
                return store.recordSends(connection, ids, rowErrors, backoff)
                        .replaceWith(new Run(0, accounts.size() - failed, failed));
            });
        })).chain(run -> {
            Run total = soFar.plus(run);
            return run.sent() + run.failed() == 0 ? Uni.createFrom().item(total) : digest(total);
        });
    }

    /** Waits for every send (each already turned into its error text, or null) and records the outcomes. */
    private Uni<Run> record(SqlConnection connection, List<Long> ids, List<Uni<String>> sends) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(new Run(0, 0, 0));
        }
        return Uni.join().all(sends).andFailFast().chain(errors -> {
            int failed = (int) errors.stream().filter(error -> error != null).count();
            return store.recordSends(connection, ids, errors, backoff).replaceWith(new Run(0, ids.size() - failed, failed));
        });
    }

    private NotificationChannel channel(String name) {
        return channels.stream().filter(channel -> channel.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no channel " + name));
    }

    private static String describe(Throwable failure) {
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
