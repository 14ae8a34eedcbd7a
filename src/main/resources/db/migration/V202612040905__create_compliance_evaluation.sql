-- Materialised results of the compliance engine, one row per case: which checks passed, failed or could not be
-- judged (the rest did not apply), with the engine version and day they were computed for. Statistics aggregate
-- them; the page recomputes live. recheck_on is the first day a verdict can change without a new case file.
CREATE TABLE compliance_evaluation (
    case_id         bigint      PRIMARY KEY REFERENCES enforcement_case (id) ON DELETE CASCADE,
    engine_version  text        NOT NULL,
    evaluated_on    date        NOT NULL,
    recheck_on      date,
    passed          text[]      NOT NULL,
    failed          text[]      NOT NULL,
    unknown         text[]      NOT NULL,
    evaluated_at    timestamptz NOT NULL DEFAULT now()
);
-- the refresh job's query path: results that may have changed by today
CREATE INDEX compliance_evaluation_recheck_idx ON compliance_evaluation (recheck_on) WHERE recheck_on IS NOT NULL;
-- statistics: cases failing a given check
CREATE INDEX compliance_evaluation_failed_idx ON compliance_evaluation USING gin (failed);

-- Full recomputations: one row per engine version once every case has been evaluated with it. A version without a
-- row makes the next start recompute all cases (a rule or a setting changed).
CREATE TABLE compliance_engine_run (
    engine_version  text        PRIMARY KEY,
    cases           bigint      NOT NULL,
    completed_at    timestamptz NOT NULL DEFAULT now()
);
