package org.zhongben.portal.notify;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.zhongben.portal.accounts.Viewer;
import org.zhongben.portal.common.error.PortalException;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** An account's inbox and notification choices. Only accounts have them: every query is scoped to the account. */
@ApplicationScoped
public class InboxService {

    static final int PAGE_SIZE = 20;

    private final Pool pool;
    private final NotificationStore store;
    private final NotificationRenderer renderer;

    InboxService(Pool pool, NotificationStore store, NotificationRenderer renderer) {
        this.pool = pool;
        this.store = store;
        this.renderer = renderer;
    }

    /** One message as the reader sees it. */
    public record Message(long id, String kind, String caseNumber, String date, String summary, String link, String why,
            boolean unread, OffsetDateTime createdAt) {
    }

    public record Page(long unread, List<Message> items, Long next) {
    }

    /** A kind of notice with the account's current choice. */
    public record Choice(NotificationKind kind, String label, DeliveryMode mode, boolean required) {
    }

    public Uni<Page> page(Viewer viewer, Long before, Locale locale) {
        long account = accountOf(viewer);
        return store.inbox(pool, account, before, PAGE_SIZE + 1).chain(list -> store.unread(pool, account).map(unread -> {
            List<Message> items = new ArrayList<>();
            Long next = null;
            for (Notification notification : list) {
                if (items.size() == PAGE_SIZE) {
                    next = items.get(items.size() - 1).id();
                    break;
                }
                RenderedMessage shown = renderer.render(notification, locale);
                items.add(new Message(notification.id(), shown.kind(), shown.caseNumber(), shown.date(), shown.summary(),
                        shown.link(), shown.why(), notification.unread(), notification.createdAt()));
            }
            return new Page(unread, List.copyOf(items), next);
        }));
    }

    public Uni<Long> unread(Viewer viewer) {
        return viewer.kind() == Viewer.Kind.ACCOUNT ? store.unread(pool, viewer.accountId()) : Uni.createFrom().item(0L);
    }

    /** Marks one of the account's messages read; another account's message is "not found". */
    public Uni<Void> markRead(Viewer viewer, long id) {
        return store.markRead(pool, accountOf(viewer), id).chain(changed -> changed > 0 ? Uni.createFrom().voidItem()
                : store.inbox(pool, viewer.accountId(), id + 1, 1).map(found -> {
                    if (found.isEmpty() || found.get(0).id() != id) {
                        throw new PortalException(NotifyError.NOT_FOUND);
                    }
                    return null; // already read
                }));
    }

    public Uni<Integer> markAllRead(Viewer viewer) {
        return store.markRead(pool, accountOf(viewer), null);
    }

    public Uni<List<Choice>> choices(Viewer viewer, Locale locale) {
        long account = accountOf(viewer);
        NotifyMessages words = NotificationRenderer.messages(locale);
        return store.preferences(pool, List.of(account)).map(all -> {
            Map<NotificationKind, DeliveryMode> chosen = all.getOrDefault(account, Map.of());
            List<Choice> choices = new ArrayList<>();
            for (NotificationKind kind : NotificationKind.values()) {
                choices.add(new Choice(kind, NotificationRenderer.kindLabel(kind, words),
                        kind.effectiveMode(chosen.get(kind)), kind.required()));
            }
            return choices;
        });
    }

    /**
     * Saves the account's choices (kinds left out keep theirs). Asking for anything but immediate e-mail for a
     * required notice is refused, and nothing is saved.
     */
    public Uni<Void> choose(Viewer viewer, Map<String, String> choices) {
        long account = accountOf(viewer);
        Map<NotificationKind, DeliveryMode> chosen = new EnumMap<>(NotificationKind.class);
        for (Map.Entry<String, String> choice : choices.entrySet()) {
            NotificationKind kind;
            DeliveryMode mode;
            try {
                kind = NotificationKind.valueOf(choice.getKey());
                mode = DeliveryMode.valueOf(choice.getValue());
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw new PortalException(NotifyError.INVALID_PREFERENCE, choice.getKey());
            }
            if (kind.required() && mode != DeliveryMode.IMMEDIATE) {
                throw new PortalException(NotifyError.REQUIRED_NOTICE, kind.name());
            }
            if (!kind.required()) {
                chosen.put(kind, mode);
            }
        }
        return chosen.isEmpty() ? Uni.createFrom().voidItem()
                : pool.withTransaction(connection -> store.savePreferences(connection, account, chosen));
    }

    private static long accountOf(Viewer viewer) {
        if (viewer.kind() != Viewer.Kind.ACCOUNT || viewer.accountId() == null) {
            throw new PortalException(NotifyError.ACCOUNT_ONLY);
        }
        return viewer.accountId();
    }
}
