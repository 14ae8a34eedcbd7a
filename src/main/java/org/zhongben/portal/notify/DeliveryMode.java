package org.zhongben.portal.notify;

/** How an account wants a kind of notification: e-mail at once, in the daily digest, or in the portal inbox only. */
public enum DeliveryMode {
    IMMEDIATE,
    DIGEST,
    INBOX_ONLY
}
