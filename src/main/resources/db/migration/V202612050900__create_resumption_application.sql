-- Resumption applications (恢复执行申请) filed through the portal: the application and its state, the typed property
-- clues with the clerk's verification of each, the evidence files, every transition (the application's timeline) and
-- the idempotency keys that make a submission count once however often it arrives.

CREATE TABLE resumption_application (
    id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id               bigint      NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    court_code            text        NOT NULL,           -- the court that verifies it (the clerk's scope)
    case_number           text        NOT NULL,           -- shown in the clerk's queue
    applicant_party_id    bigint      NOT NULL REFERENCES party (id),
    applicant_account_id  bigint      REFERENCES account (id),
    applicant_name        text        NOT NULL,
    state                 text        NOT NULL,           -- ResumptionState
    urgent                boolean     NOT NULL DEFAULT false,
    urgent_reason         text,
    declared_at           timestamptz,                    -- the truthfulness declaration
    submitted_at          timestamptz,
    verify_due_on         date,                           -- 7 days, 3 if urgent (财产调查规定 Art. 2 [C])
    verified_at           timestamptz,                    -- every clue has a verification result
    materials_request     text,                           -- what the clerk asked for, while materials are incomplete
    decided_at            timestamptz,
    rejection_reason      text,                           -- RejectionReason
    decision_note         text,
    child_case_number     text,                           -- the 执恢 case it was accepted as
    child_case_id         bigint      REFERENCES enforcement_case (id),
    version               bigint      NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
-- one open application per case: further clues join it
CREATE UNIQUE INDEX resumption_application_open_key ON resumption_application (case_id)
    WHERE state IN ('DRAFT', 'SUBMITTED', 'MATERIALS_INCOMPLETE', 'UNDER_VERIFICATION', 'URGENT_CONTROL_TAKEN');
CREATE INDEX resumption_application_case_idx ON resumption_application (case_id, id DESC);
-- the clerk's queue: a court's open applications by due date
CREATE INDEX resumption_application_queue_idx ON resumption_application (court_code, verify_due_on, id)
    WHERE state IN ('SUBMITTED', 'MATERIALS_INCOMPLETE', 'UNDER_VERIFICATION', 'URGENT_CONTROL_TAKEN');
CREATE INDEX resumption_application_child_idx ON resumption_application (child_case_number) WHERE child_case_number IS NOT NULL;

CREATE TABLE resumption_submission (
    idempotency_key  text        PRIMARY KEY,              -- per party: "<party id>:<key sent by the client>"
    application_id   bigint      NOT NULL REFERENCES resumption_application (id) ON DELETE CASCADE,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX resumption_submission_application_idx ON resumption_submission (application_id);

CREATE TABLE resumption_clue (
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id     bigint      NOT NULL REFERENCES resumption_application (id) ON DELETE CASCADE,
    case_id            bigint      NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    clue_type          text        NOT NULL,               -- ClueType
    fields             jsonb       NOT NULL,               -- the normalised values, by field name
    fingerprint        text        NOT NULL,               -- the same property however it is written
    duplicate_of       bigint      REFERENCES resumption_clue (id),
    added_at           timestamptz NOT NULL DEFAULT now(),
    verification       text,                               -- ClueResult: CONFIRMED / NOT_CONFIRMED / PARTIALLY_CONFIRMED
    verified_at        timestamptz,
    verification_note  text
);
CREATE INDEX resumption_clue_application_idx ON resumption_clue (application_id, id);
-- duplicate detection across every application of the case
CREATE INDEX resumption_clue_fingerprint_idx ON resumption_clue (case_id, fingerprint);

CREATE TABLE resumption_evidence (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id  bigint      NOT NULL REFERENCES resumption_application (id) ON DELETE CASCADE,
    blob_id         bigint      NOT NULL REFERENCES blob (id),
    file_name       text        NOT NULL,                  -- sanitised
    content_type    text        NOT NULL,                  -- detected from the content
    size            bigint      NOT NULL,
    sha256          text        NOT NULL,
    uploaded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX resumption_evidence_application_idx ON resumption_evidence (application_id, id);
CREATE INDEX resumption_evidence_blob_idx ON resumption_evidence (blob_id);

CREATE TABLE resumption_event (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id  bigint      NOT NULL REFERENCES resumption_application (id) ON DELETE CASCADE,
    at              timestamptz NOT NULL DEFAULT now(),
    actor_role      text        NOT NULL,
    actor_label     text,
    action          text        NOT NULL,                  -- ResumptionAction
    from_state      text,
    to_state        text        NOT NULL,
    message         text
);
CREATE INDEX resumption_event_application_idx ON resumption_event (application_id, id);
