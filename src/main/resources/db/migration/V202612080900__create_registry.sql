-- The public 终本 registry: one row per debtor of each case terminated by 终本, kept by intake in the same transaction
-- as the case file. Rows are never deleted when a case leaves the registry: they are shielded (resumed, fully
-- performed, finally terminated, or shielded by the court), so the history stays. Only the public columns below are
-- ever shown; the ID number is kept masked, plus the keyed hash for exact lookup.

CREATE TABLE registry_entry (
    case_id             bigint        NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    party_id            bigint        NOT NULL REFERENCES party (id) ON DELETE CASCADE,
    court_code          text          NOT NULL,
    court_name          text          NOT NULL,
    case_number         text          NOT NULL,
    -- C collation: one btree serves equality, prefix LIKE and ORDER BY name alike
    debtor_name         text COLLATE "C" NOT NULL,
    debtor_kind         text          NOT NULL,           -- PartyKind
    id_masked           text,                             -- natural persons: 3301**********1234
    credit_code         text,                             -- organisations: public by law
    id_hash             bytea,                            -- keyed hash of the full number (exact search)
    unperformed_amount  numeric(16,2) NOT NULL,
    docketed_on         date          NOT NULL,
    zhongben_on         date          NOT NULL,
    follow_up_until     date          NOT NULL,           -- five years after the ruling
    shielded_on         date,
    shield_reason       text,                             -- RESUMED / PERFORMED / TERMINATED / COURT
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, party_id)
);
-- every search path reads published rows only, newest 终本 first, with a stable tie-break for keyset paging
CREATE INDEX registry_name_idx ON registry_entry (debtor_name, zhongben_on DESC, case_id DESC, party_id DESC)
    WHERE shielded_on IS NULL;
CREATE INDEX registry_id_hash_idx ON registry_entry (id_hash) WHERE shielded_on IS NULL AND id_hash IS NOT NULL;
CREATE INDEX registry_court_idx ON registry_entry (court_code, zhongben_on DESC, case_id DESC, party_id DESC)
    WHERE shielded_on IS NULL;
CREATE INDEX registry_date_idx ON registry_entry (zhongben_on DESC, case_id DESC, party_id DESC) WHERE shielded_on IS NULL;
CREATE INDEX registry_case_number_idx ON registry_entry (case_number);

-- Fuzzy name search without trigrams (useless on 2–3-character Chinese names): each name is indexed under keys with
-- one character replaced by '?' (王?明 finds 王小明 and 王晓明), so a name with one character different is an
-- indexed equality lookup.
CREATE TABLE registry_name_key (
    key       text COLLATE "C" NOT NULL,
    case_id   bigint NOT NULL,
    party_id  bigint NOT NULL,
    PRIMARY KEY (key, case_id, party_id),
    FOREIGN KEY (case_id, party_id) REFERENCES registry_entry (case_id, party_id) ON DELETE CASCADE
);
CREATE INDEX registry_name_key_entry_idx ON registry_name_key (case_id, party_id);

-- Correction requests from people who find a wrong entry; they land in the clerk queue of the entry's court.
CREATE TABLE registry_correction (
    id            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id       bigint      NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    party_id      bigint      NOT NULL,
    court_code    text        NOT NULL,
    requester     text        NOT NULL,
    contact       text        NOT NULL,
    what_is_wrong text        NOT NULL,
    evidence_blob_id bigint   REFERENCES blob (id),
    evidence_name text,
    state         text        NOT NULL DEFAULT 'OPEN',      -- OPEN / ANSWERED
    answer        text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    answered_at   timestamptz,
    answered_by   bigint      REFERENCES account (id)
);
CREATE INDEX registry_correction_queue_idx ON registry_correction (court_code, created_at) WHERE state = 'OPEN';
