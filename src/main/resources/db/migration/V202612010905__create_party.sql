-- Parties (当事人). ID numbers are stored AES-GCM encrypted, with an HMAC keyed hash for exact lookup and a masked
-- form for display; the plain number is never stored.

CREATE TABLE party (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id               bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id           text     NOT NULL,
    position              smallint NOT NULL,
    role                  text     NOT NULL,          -- PartyRole
    kind                  text     NOT NULL,          -- PartyKind
    name                  text     NOT NULL,
    id_type               text,                       -- IdType
    id_number_enc         bytea,
    id_number_hash        bytea,
    id_number_masked      text,
    legal_representative  text,
    address               text,
    minor                 boolean  NOT NULL DEFAULT false,
    deceased              boolean  NOT NULL DEFAULT false,
    whereabouts_unknown   boolean  NOT NULL DEFAULT false,
    CONSTRAINT party_case_external_key UNIQUE (case_id, external_id)
);

CREATE INDEX party_id_number_hash_idx ON party (id_number_hash) WHERE id_number_hash IS NOT NULL;
