package org.zhongben.portal.notify;

import java.util.Optional;

/**
 * The kinds of notification an account can set a preference for, each grouping outbox topics. A required notice is
 * always e-mailed at once, whatever the preference: the court owes the creditor each follow-up inquiry's result
 * (终本规定 Art. 9).
 */
public enum NotificationKind {

    FOLLOW_UP_RESULT("followup.result", true, DeliveryMode.IMMEDIATE),
    DEADLINE("deadline.", false, DeliveryMode.IMMEDIATE),
    RESUMPTION("resumption.", false, DeliveryMode.IMMEDIATE),
    DELEGATION("delegation.", false, DeliveryMode.IMMEDIATE),
    DOCUMENT("case.document", false, DeliveryMode.DIGEST),
    COMPLIANCE("compliance.", false, DeliveryMode.DIGEST);

    private final String topic;
    private final boolean required;
    private final DeliveryMode defaultMode;

    NotificationKind(String topic, boolean required, DeliveryMode defaultMode) {
        this.topic = topic;
        this.required = required;
        this.defaultMode = defaultMode;
    }

    /** The kind of an outbox topic: an exact topic, or a prefix ending in a dot. */
    public static Optional<NotificationKind> ofTopic(String topic) {
        for (NotificationKind kind : values()) {
            if (kind.topic.endsWith(".") ? topic.startsWith(kind.topic) : topic.equals(kind.topic)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public boolean required() {
        return required;
    }

    public DeliveryMode defaultMode() {
        return defaultMode;
    }

    /** What an account receives: its preference, the default without one, and always e-mail at once when required. */
    public DeliveryMode effectiveMode(DeliveryMode preference) {
        if (required) {
            return DeliveryMode.IMMEDIATE;
        }
        return preference == null ? defaultMode : preference;
    }
}
