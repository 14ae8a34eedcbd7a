-- Portal accounts (creditors, lawyers, court staff), the cases a creditor account has linked, one-time links for
-- e-mail confirmation and password reset, and revoked sessions (deny-list until their expiry).

CREATE TABLE account (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email                text        NOT NULL,
    password_hash        text        NOT NULL,
    display_name         text        NOT NULL,
    kind                 text        NOT NULL,              -- PERSON / ORGANISATION
    role                 text        NOT NULL,              -- creditor / lawyer / clerk / supervisor
    court_code           text,                              -- court staff: the court they work for
    preferred_language   text        NOT NULL DEFAULT 'zh',
    email_confirmed_at   timestamptz,
    password_changed_at  timestamptz NOT NULL DEFAULT now(),
    created_at           timestamptz NOT NULL DEFAULT now(),
    version              bigint      NOT NULL DEFAULT 0
);
-- e-mail addresses are compared without case
CREATE UNIQUE INDEX account_email_key ON account (lower(email));

CREATE TABLE account_party_link (
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    party_id    bigint      NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    linked_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, party_id)
);
CREATE INDEX account_party_link_party_idx ON account_party_link (party_id);

CREATE TABLE account_token (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     text        NOT NULL,                       -- CONFIRM_EMAIL / RESET_PASSWORD
    token_hash  bytea       NOT NULL UNIQUE,                -- keyed hash; the token itself is only in the e-mail
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX account_token_account_idx ON account_token (account_id, purpose);

CREATE TABLE revoked_session (
    jti         text        PRIMARY KEY,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX revoked_session_expiry_idx ON revoked_session (expires_at);
