-- Courts and enforcement cases: the root of every case file (domain.md §9.1).

CREATE TABLE court (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text        NOT NULL UNIQUE,          -- 法院代字, e.g. 京0105
    name        text        NOT NULL,
    level       text        NOT NULL,                 -- SUPREME / HIGH / INTERMEDIATE / BASIC, derived from the code
    province    text        NOT NULL,                 -- first character of the code
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE enforcement_case (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    court_id                  bigint        NOT NULL REFERENCES court (id),
    case_number               text          NOT NULL,  -- canonical rendering of the 案号
    case_year                 smallint      NOT NULL,
    case_type                 text          NOT NULL,  -- CaseType
    legacy_number             boolean       NOT NULL DEFAULT false,
    parent_case_number        text,                    -- for 执恢: the 终本 case it resumes, as reported
    parent_case_id            bigint        REFERENCES enforcement_case (id),
    version                   bigint        NOT NULL CHECK (version > 0),
    docketed_on               date          NOT NULL,
    application_received_on   date,
    execution_notice_sent_on  date,
    claimed_amount            numeric(16,2) NOT NULL CHECK (claimed_amount >= 0),
    realised_amount           numeric(16,2) NOT NULL CHECK (realised_amount >= 0),
    unperformed_amount        numeric(16,2) NOT NULL CHECK (unperformed_amount >= 0),
    closing_mode              text,                    -- ClosingMode; null while open
    closed_on                 date,
    judge_name                text,
    judge_phone               text,
    created_at                timestamptz   NOT NULL DEFAULT now(),
    updated_at                timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT enforcement_case_court_number_key UNIQUE (court_id, case_number)
);

-- Pages and the API address a case by its number; legacy numbers may repeat across courts, so not unique alone.
CREATE INDEX enforcement_case_number_idx ON enforcement_case (case_number);
CREATE INDEX enforcement_case_parent_idx ON enforcement_case (parent_case_id) WHERE parent_case_id IS NOT NULL;
CREATE INDEX enforcement_case_parent_number_idx ON enforcement_case (parent_case_number) WHERE parent_case_number IS NOT NULL;
-- Per-court listings and statistics by closing mode and year.
CREATE INDEX enforcement_case_court_closing_idx ON enforcement_case (court_id, closing_mode, closed_on);

-- 执行依据: one effective legal document per case.
CREATE TABLE enforcement_basis (
    case_id             bigint PRIMARY KEY REFERENCES enforcement_case (id) ON DELETE CASCADE,
    basis_type          text NOT NULL,               -- BasisType
    issuing_body        text,
    document_number     text,
    effective_on        date,
    performance_due_on  date
);
