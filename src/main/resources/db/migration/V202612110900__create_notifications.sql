-- Notifications: the outbox (written by other features in the transaction of the change) is fanned out to the
-- accounts concerned as inbox messages, and to e-mail deliveries according to each account's preferences.

-- The dispatcher claims events with FOR UPDATE SKIP LOCKED; an event it could not fan out waits before the next try.
ALTER TABLE outbox_event ADD COLUMN attempts int NOT NULL DEFAULT 0;
ALTER TABLE outbox_event ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE outbox_event ADD COLUMN last_error text;
DROP INDEX outbox_event_pending_idx;
CREATE INDEX outbox_event_pending_idx ON outbox_event (next_attempt_at, id) WHERE dispatched_at IS NULL;

-- The inbox: one message per event and recipient. Rendered when read, in the reader's language, from the event.
CREATE TABLE notification (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    bigint      NOT NULL REFERENCES outbox_event (id) ON DELETE CASCADE,
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind        text        NOT NULL,              -- NotificationKind
    reason      text        NOT NULL,              -- why this account receives it: CREDITOR / LAWYER / NAMED
    mode        text        NOT NULL,              -- DeliveryMode chosen when it was sent (messages say so)
    created_at  timestamptz NOT NULL DEFAULT now(),
    read_at     timestamptz,
    UNIQUE (event_id, account_id)
);
CREATE INDEX notification_inbox_idx ON notification (account_id, id DESC);
CREATE INDEX notification_unread_idx ON notification (account_id) WHERE read_at IS NULL;

-- E-mails to send: at once (IMMEDIATE, with retries and exponential backoff) or in the daily digest (DIGEST).
CREATE TABLE notification_delivery (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notification_id  bigint      NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    account_id       bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    channel          text        NOT NULL,          -- EMAIL (SMS and WECHAT are not connected yet)
    mode             text        NOT NULL,          -- IMMEDIATE / DIGEST
    state            text        NOT NULL DEFAULT 'PENDING',   -- PENDING / SENT / FAILED
    attempts         int         NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_error       text,
    sent_at          timestamptz,
    UNIQUE (notification_id, channel)
);
CREATE INDEX notification_delivery_due_idx ON notification_delivery (next_attempt_at, id)
    WHERE state = 'PENDING' AND mode = 'IMMEDIATE';
CREATE INDEX notification_delivery_digest_idx ON notification_delivery (account_id, id)
    WHERE state = 'PENDING' AND mode = 'DIGEST';

-- What each account wants per kind of event; no row means the kind's default. Required notices ignore it.
CREATE TABLE notification_preference (
    account_id  bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind        text   NOT NULL,                    -- NotificationKind
    mode        text   NOT NULL,                    -- IMMEDIATE / DIGEST / INBOX_ONLY
    PRIMARY KEY (account_id, kind)
);

-- recipients of a case's events: creditor accounts through their party links (party (case_id, ...) and
-- account_party_link (party_id) are indexed already), lawyers through active delegations
CREATE INDEX delegation_case_active_idx ON delegation (case_id) WHERE state = 'ACTIVE';
