-- Append-only audit log. Events are inserted by the features; a single chainer (advisory lock, any replica) links
-- them into a SHA-256 hash chain shortly after they commit, in the order it sees them. Neither table accepts UPDATE,
-- DELETE or TRUNCATE; audit_pending is the chainer's work queue.

CREATE TABLE audit_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    actor_kind      text        NOT NULL,    -- ACCOUNT / PARTY_SESSION / COURT_CLIENT / SYSTEM / ANONYMOUS
    actor_id        text,
    actor_role      text,
    actor_label     text,                    -- name shown to the party, already masked where needed
    action          text        NOT NULL,
    case_id         bigint,                  -- no foreign key: the log outlives what it describes
    subject         text,
    client_address  text,
    detail          jsonb
);
-- "who accessed my case", newest first
CREATE INDEX audit_event_case_idx ON audit_event (case_id, id DESC) WHERE case_id IS NOT NULL;

CREATE TABLE audit_pending (
    event_id  bigint PRIMARY KEY
);

CREATE TABLE audit_chain (
    seq         bigint      PRIMARY KEY,
    event_id    bigint      NOT NULL UNIQUE REFERENCES audit_event (id),
    hash        bytea       NOT NULL,
    chained_at  timestamptz NOT NULL DEFAULT now()
);

-- The text a chain hash covers; chainer and verifier both use it, so they can never disagree on formatting.
CREATE FUNCTION audit_event_canonical(e audit_event) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
SELECT concat_ws(E'\x1f', e.id::text,
                 to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                 e.actor_kind, coalesce(e.actor_id, ''), coalesce(e.actor_role, ''), coalesce(e.actor_label, ''),
                 e.action, coalesce(e.case_id::text, ''), coalesce(e.subject, ''), coalesce(e.client_address, ''),
                 coalesce(e.detail::text, ''))
$$;

CREATE FUNCTION audit_queue_event() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_pending (event_id) VALUES (NEW.id);
    RETURN NEW;
END
$$;

CREATE FUNCTION audit_forbid_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only (% on %)', TG_OP, TG_TABLE_NAME;
END
$$;

CREATE TRIGGER audit_event_queue AFTER INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_queue_event();
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_forbid_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_forbid_change();
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_forbid_change();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_forbid_change();
