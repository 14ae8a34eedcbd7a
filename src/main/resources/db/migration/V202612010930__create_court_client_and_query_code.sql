-- Court case-management systems that push case files (intake clients), and the per-party query codes (查询码)
-- printed on court notices. Both secrets are stored only as hashes.

CREATE TABLE court_client (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id    text        NOT NULL UNIQUE,
    secret_hash  text        NOT NULL,               -- salted hash of a high-entropy secret
    court_code   text        NOT NULL,               -- the only court this client may write
    name         text        NOT NULL,
    enabled      boolean     NOT NULL DEFAULT true,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE party_query_code (
    party_id    bigint      PRIMARY KEY REFERENCES party (id) ON DELETE CASCADE,
    code_hash   bytea       NOT NULL,                -- HMAC-SHA256 of the code under the portal's hash key
    created_at  timestamptz NOT NULL DEFAULT now()
);
