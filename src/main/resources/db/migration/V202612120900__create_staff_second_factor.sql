-- Second factor of court staff (clerks, supervisors): a TOTP secret (RFC 6238) per account, encrypted with the
-- field key like ID numbers, and single-use recovery codes stored as keyed hashes. A staff session is only issued
-- after a code from here checked out.
CREATE TABLE staff_second_factor (
    account_id       bigint PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    secret_enc       bytea       NOT NULL,
    -- null while the enrolment waits for the first code from the authenticator app
    enrolled_at      timestamptz,
    -- the newest 30-second time step a code was accepted for: a code is never accepted twice (replay)
    last_used_step   bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_recovery_code (
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    code_hash  bytea       NOT NULL,
    used_at    timestamptz,
    PRIMARY KEY (account_id, code_hash)
);
