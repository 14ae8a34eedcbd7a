package org.zhongben.portal.notify;

import java.util.List;

import io.smallrye.mutiny.Uni;

/**
 * A way of reaching an account outside the portal. The inbox is not a channel: every notification is in it.
 * Deliveries are only created for connected channels; a failed send is retried by the dispatcher.
 */
public interface NotificationChannel {

    /** The name stored with each delivery, e.g. {@code EMAIL}. */
    String name();

    boolean connected();

    Uni<Void> send(Recipient to, RenderedMessage message);

    /** One message listing a day's notifications. */
    Uni<Void> sendDigest(Recipient to, String date, List<RenderedMessage> messages);
}
