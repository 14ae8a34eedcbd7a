-- Money ledger, suspensions, creditor interview, termination ruling, 终本 database entry, remedies, 执转破.

CREATE TABLE case_payment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      bigint        NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id  text          NOT NULL,
    position     smallint      NOT NULL,
    paid_on      date          NOT NULL,
    amount       numeric(16,2) NOT NULL CHECK (amount > 0),
    description  text,
    CONSTRAINT case_payment_case_external_key UNIQUE (case_id, external_id)
);

CREATE TABLE suspension_period (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    position   smallint NOT NULL,
    from_on    date     NOT NULL,
    to_on      date,
    reason     text
);
CREATE INDEX suspension_period_case_idx ON suspension_period (case_id);

-- 终本约谈
CREATE TABLE creditor_interview (
    case_id           bigint PRIMARY KEY REFERENCES enforcement_case (id) ON DELETE CASCADE,
    held_on           date,
    mode              text,                          -- InterviewMode
    topics            text[]  NOT NULL DEFAULT '{}', -- InterviewTopic
    creditor_opinion  text,                          -- CreditorOpinion
    creditor_signed   boolean,
    opinion_summary   text,
    document_id       text
);

-- 终结本次执行程序裁定
CREATE TABLE termination_ruling (
    case_id           bigint PRIMARY KEY REFERENCES enforcement_case (id) ON DELETE CASCADE,
    ruling_number     text,
    ruled_on          date NOT NULL,
    served_on         date,
    approval_route    text,                          -- ApprovalRoute
    reason            text,                          -- TerminationReason
    stated_sections   text[] NOT NULL DEFAULT '{}',  -- RulingSection
    published_online  boolean,
    publication_url   text,
    document_id       text
);
-- Follow-up due dates and statistics run over ruling dates.
CREATE INDEX termination_ruling_ruled_on_idx ON termination_ruling (ruled_on);

-- The court's entry in the national 终本 case database.
CREATE TABLE zhongben_database_entry (
    case_id        bigint PRIMARY KEY REFERENCES enforcement_case (id) ON DELETE CASCADE,
    entered_on     date,
    shielded_on    date,
    shield_reason  text                              -- ShieldReason
);

-- 执行异议 / 复议 / 监督 / 申请上级法院执行
CREATE TABLE enforcement_remedy (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id        bigint   NOT NULL REFERENCES enforcement_case (id) ON DELETE CASCADE,
    external_id    text     NOT NULL,
    position       smallint NOT NULL,
    kind           text     NOT NULL,                -- ObjectionKind
    target_act     text,
    filed_on       date     NOT NULL,
    docketed_on    date,
    decided_on     date,
    result         text,                             -- ObjectionResult
    served_on      date,
    remedy_case_number text,
    CONSTRAINT enforcement_remedy_case_external_key UNIQUE (case_id, external_id)
);

CREATE TABLE bankruptcy_transfer (
    case_id          bigint PRIMARY KEY REFERENCES enforcement_case (id) ON DELETE CASCADE,
    consent_by       text,                           -- BankruptcyConsentBy
    transferred_on   date,
    receiving_court  text,
    decided_on       date,
    outcome          text                            -- BankruptcyOutcome
);
