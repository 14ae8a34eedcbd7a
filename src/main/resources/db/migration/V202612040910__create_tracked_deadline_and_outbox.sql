-- Deadlines derived from each case file by the follow-up tracker (inquiries, expiries, court clocks), kept so a job
-- can find the ones entering a warning window or falling overdue without reading every case. Rewritten whenever the
-- case file changes.
CREATE TABLE tracked_deadline (
    case_id        bigint NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    kind           text   NOT NULL,              -- ItemKind
    subject        text   NOT NULL,              -- inquiry number or the case-file id of the record
    due_on         date   NOT NULL,
    warning_on     date,                          -- alert stages; null when the kind has no such stage
    urgent_on      date,
    overdue_on     date,
    next_alert_on  date,                          -- the next stage still to announce; null when none is left
    PRIMARY KEY (case_id, kind, subject)
);
-- the alert job's query path
CREATE INDEX tracked_deadline_next_alert_idx ON tracked_deadline (next_alert_on) WHERE next_alert_on IS NOT NULL;

-- Transactional outbox: events written in the same transaction as the change that caused them, delivered later by
-- the notifications feature. dedup_key makes writing an event idempotent (a rerun never duplicates it).
CREATE TABLE outbox_event (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dedup_key     text        NOT NULL UNIQUE,
    topic         text        NOT NULL,
    case_id       bigint      REFERENCES enforcement_case (id) ON DELETE CASCADE,
    payload       jsonb       NOT NULL,
    occurred_on   date        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    dispatched_at timestamptz
);
CREATE INDEX outbox_event_pending_idx ON outbox_event (id) WHERE dispatched_at IS NULL;
CREATE INDEX outbox_event_case_idx ON outbox_event (case_id);
