-- Binary content (documents, evidence) lives in PostgreSQL behind the BlobStore interface, split into chunks so a
-- download streams without holding a whole file in memory.

CREATE TABLE blob (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sha256        bytea       NOT NULL,
    size          bigint      NOT NULL CHECK (size >= 0),
    content_type  text        NOT NULL,              -- sniffed from the content, never taken from the client
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX blob_sha256_idx ON blob (sha256);

CREATE TABLE blob_chunk (
    blob_id   bigint  NOT NULL REFERENCES blob (id) ON DELETE CASCADE,
    seq       integer NOT NULL,
    data      bytea   NOT NULL,
    PRIMARY KEY (blob_id, seq)
);

-- Document metadata from the case file; the content arrives separately and is checked against sha256.
CREATE TABLE case_document (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id       bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id   text     NOT NULL,
    position      smallint NOT NULL,
    kind          text     NOT NULL,                 -- DocumentKind
    title         text     NOT NULL,
    issued_on     date,
    visibility    text     NOT NULL,                 -- DocumentVisibility
    sha256        text     NOT NULL,                 -- hex, as declared by the court
    size          bigint,
    content_type  text,
    CONSTRAINT case_document_case_external_key UNIQUE (case_id, external_id)
);

-- Uploaded content of a case document; kept when a newer case-file version replaces the metadata.
CREATE TABLE case_document_content (
    case_id      bigint      NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id  text        NOT NULL,
    blob_id      bigint      NOT NULL REFERENCES blob (id),
    uploaded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, external_id)
);
CREATE INDEX case_document_content_blob_idx ON case_document_content (blob_id);
