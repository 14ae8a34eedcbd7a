-- Investigation records the portal issued: one row per download (PDF, CSV, JSON or signed ZIP bundle) and the
-- SHA-256 of every file it contained, so /verify can say whether a manifest or a single file came from the portal,
-- when and for which case, without needing the file itself to be stored.

CREATE TABLE record_bundle (
    id               uuid        PRIMARY KEY,
    case_id          bigint      NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    case_number      text        NOT NULL,
    format           text        NOT NULL,            -- PDF / CSV / JSON / BUNDLE / OBJECTION_PDF
    issued_at        timestamptz NOT NULL,
    issued_to_role   text        NOT NULL,            -- creditor / lawyer / ... (what an anonymous verifier is told)
    issued_to_label  text,                            -- masked name, for the case's own parties only
    key_id           text,
    manifest_sha256  text,                            -- BUNDLE only: hex SHA-256 of manifest.json
    completed        boolean     NOT NULL DEFAULT true
);
CREATE INDEX record_bundle_case_idx ON record_bundle (case_id, issued_at DESC);
CREATE INDEX record_bundle_manifest_idx ON record_bundle (manifest_sha256) WHERE manifest_sha256 IS NOT NULL;

CREATE TABLE record_bundle_file (
    bundle_id  uuid   NOT NULL REFERENCES record_bundle (id) ON DELETE CASCADE,
    path       text   NOT NULL,
    size       bigint NOT NULL,
    sha256     text   NOT NULL,
    PRIMARY KEY (bundle_id, path)
);
-- "was this single file issued by the portal?"
CREATE INDEX record_bundle_file_sha_idx ON record_bundle_file (sha256);
