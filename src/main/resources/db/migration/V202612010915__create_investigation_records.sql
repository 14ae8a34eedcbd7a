-- Property investigation and control: report orders, clues, measures, network queries, assets, controls,
-- coercive measures, consumption restrictions, 失信 findings and listings (domain.md §3, §4, §9).
-- Cross references inside a case file (asset of a control, party of a measure) use the court's external ids,
-- checked by intake, so that a whole case file can be replaced in a few set-based statements.

CREATE TABLE property_report_order (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id           bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id       text     NOT NULL,
    position          smallint NOT NULL,
    debtor_party_id   text,
    issued_on         date     NOT NULL,
    deadline_on       date,
    reported_on       date,
    verified_on       date,
    outcome           text,                          -- ReportOutcome
    document_id       text,
    CONSTRAINT property_report_order_case_external_key UNIQUE (case_id, external_id)
);

CREATE TABLE property_clue (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id       bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id   text     NOT NULL,
    position      smallint NOT NULL,
    source        text     NOT NULL,                 -- ClueSource
    submitted_on  date     NOT NULL,
    category      text,                              -- AssetCategory
    description   text,
    urgent        boolean  NOT NULL DEFAULT false,
    verified_on   date,
    result        text     NOT NULL,                 -- ClueResult
    CONSTRAINT property_clue_case_external_key UNIQUE (case_id, external_id)
);

CREATE TABLE investigation_measure (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id          bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id      text     NOT NULL,
    position         smallint NOT NULL,
    measure_type     text     NOT NULL,              -- MeasureType
    requested_by     text     NOT NULL,              -- RequestedBy
    requested_on     date,
    decision         text,                           -- MeasureDecision
    decided_on       date,
    performed_on     date,
    target_party_id  text,
    categories       text[]   NOT NULL DEFAULT '{}', -- AssetCategory
    institution      text,
    location         text,
    property_found   boolean,
    result_summary   text,
    document_ids     text[]   NOT NULL DEFAULT '{}',
    CONSTRAINT investigation_measure_case_external_key UNIQUE (case_id, external_id)
);

CREATE TABLE network_query (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id          bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id      text     NOT NULL,
    position         smallint NOT NULL,
    channel          text     NOT NULL,              -- QueryChannel
    purpose          text     NOT NULL,              -- QueryPurpose
    debtor_party_id  text,
    submitted_on     date     NOT NULL,
    document_id      text,
    CONSTRAINT network_query_case_external_key UNIQUE (case_id, external_id)
);

CREATE TABLE network_query_result (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id            bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    query_external_id  text     NOT NULL,
    position           smallint NOT NULL,
    category           text     NOT NULL,            -- AssetCategory
    status             text     NOT NULL,            -- QueryReplyStatus
    answered_on        date,
    hits               integer,
    institution        text,
    summary            text,
    CONSTRAINT network_query_result_key UNIQUE (case_id, query_external_id, category)
);

CREATE TABLE asset (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id                bigint        NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id            text          NOT NULL,
    position               smallint      NOT NULL,
    category               text          NOT NULL,   -- AssetCategory
    description            text,
    identifier             text,
    holder_party_id        text,
    estimated_value        numeric(16,2),
    status                 text          NOT NULL,   -- AssetStatus
    cannot_dispose_reason  text,                     -- CannotDisposeReason
    cannot_dispose_note    text,
    found_on               date,
    found_by               text,
    disposal_attempted_on  date,
    CONSTRAINT asset_case_external_key UNIQUE (case_id, external_id)
);

CREATE TABLE control_measure (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id           bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id       text     NOT NULL,
    position          smallint NOT NULL,
    asset_id          text     NOT NULL,
    control_type      text     NOT NULL,             -- ControlType
    ruling_number     text,
    effective_on      date     NOT NULL,
    expires_on        date     NOT NULL,
    priority          text,                          -- ControlPriority
    lifted_on         date,
    lift_reason       text,
    CONSTRAINT control_measure_case_external_key UNIQUE (case_id, external_id)
);
-- The freeze-expiry calendar looks for controls expiring soon across all cases.
CREATE INDEX control_measure_expiry_idx ON control_measure (expires_on) WHERE lifted_on IS NULL;

CREATE TABLE control_renewal (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id              bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    control_external_id  text     NOT NULL,
    position             smallint NOT NULL,
    renewed_on           date     NOT NULL,
    expires_on           date     NOT NULL
);
CREATE INDEX control_renewal_case_idx ON control_renewal (case_id);

CREATE TABLE coercive_measure (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id          bigint        NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id      text          NOT NULL,
    position         smallint      NOT NULL,
    coercive_type    text          NOT NULL,         -- CoerciveType
    target_party_id  text,
    target_name      text,
    reason           text,                           -- CoerciveReason
    decided_on       date          NOT NULL,
    amount           numeric(16,2),
    days             integer,
    CONSTRAINT coercive_measure_case_external_key UNIQUE (case_id, external_id)
);

CREATE TABLE consumption_restriction (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id              bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id          text     NOT NULL,
    position             smallint NOT NULL,
    party_id             text,
    person_name          text     NOT NULL,
    person_role          text     NOT NULL,          -- RestrictedPersonRole
    issued_on            date     NOT NULL,
    signed_by_president  boolean,
    items                text[]   NOT NULL DEFAULT '{}', -- RestrictionItem
    lifted_on            date,
    lift_reason          text,                       -- RestrictionLiftReason
    CONSTRAINT consumption_restriction_case_external_key UNIQUE (case_id, external_id)
);

CREATE TABLE dishonest_ground_finding (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    position    smallint NOT NULL,
    party_id    text     NOT NULL,
    ground      text     NOT NULL,                   -- DishonestGround
    found_on    date
);
CREATE INDEX dishonest_ground_finding_case_idx ON dishonest_ground_finding (case_id);

CREATE TABLE dishonest_listing (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id          bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id      text     NOT NULL,
    position         smallint NOT NULL,
    party_id         text     NOT NULL,
    grounds          text[]   NOT NULL DEFAULT '{}', -- DishonestGround
    decided_on       date     NOT NULL,
    decision_number  text,
    term_ends_on     date,
    published_on     date,
    deleted_on       date,
    deletion_reason  text,                           -- DishonestDeletionReason
    CONSTRAINT dishonest_listing_case_external_key UNIQUE (case_id, external_id)
);
