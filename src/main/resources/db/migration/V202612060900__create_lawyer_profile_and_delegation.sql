-- Lawyers (代理律师): the licence a clerk checks before the account may act, and delegations — a creditor party's
-- authorisation for one lawyer on one case, requested with a power of attorney and approved by a clerk of the case's
-- court, or granted directly by the creditor. Access checks read this table on every request, so a revocation takes
-- effect on the next one.

CREATE TABLE lawyer_profile (
    account_id      bigint      PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    law_firm        text        NOT NULL,
    licence_number  text        NOT NULL,           -- 律师执业证号, 17 digits
    verified_at     timestamptz,
    verified_by     bigint      REFERENCES account (id),
    rejected_at     timestamptz,
    rejection_note  text
);
CREATE UNIQUE INDEX lawyer_profile_licence_key ON lawyer_profile (licence_number);
-- the clerks' list of licences waiting for a check
CREATE INDEX lawyer_profile_pending_idx ON lawyer_profile (account_id) WHERE verified_at IS NULL AND rejected_at IS NULL;

CREATE TABLE delegation (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id            bigint      NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    court_code         text        NOT NULL,
    case_number        text        NOT NULL,
    party_id           bigint      NOT NULL REFERENCES party (id) ON DELETE CASCADE,   -- the creditor represented
    lawyer_account_id  bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    state              text        NOT NULL,       -- REQUESTED / ACTIVE / REJECTED / REVOKED
    origin             text        NOT NULL,       -- POWER_OF_ATTORNEY / GRANTED_BY_CREDITOR
    attorney_blob_id   bigint      REFERENCES blob (id),
    attorney_file_name text,
    attorney_sha256    text,
    expires_on         date        NOT NULL,
    requested_at       timestamptz NOT NULL DEFAULT now(),
    decided_at         timestamptz,
    decided_by         bigint      REFERENCES account (id),
    decision_note      text,
    revoked_at         timestamptz,
    revoked_by         text,
    version            bigint      NOT NULL DEFAULT 0
);
-- one pending or active delegation per creditor party and lawyer
CREATE UNIQUE INDEX delegation_open_key ON delegation (party_id, lawyer_account_id)
    WHERE state IN ('REQUESTED', 'ACTIVE');
-- the access check of a lawyer's request, and the lawyer's own list
CREATE INDEX delegation_lawyer_idx ON delegation (lawyer_account_id, state, expires_on);
-- the creditor's list of the case's delegations
CREATE INDEX delegation_party_idx ON delegation (party_id, id DESC);
-- the clerks' queue of requests
CREATE INDEX delegation_court_queue_idx ON delegation (court_code, requested_at) WHERE state = 'REQUESTED';
