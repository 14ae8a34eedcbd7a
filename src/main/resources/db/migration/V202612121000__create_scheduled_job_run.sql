-- Periodic jobs that must run once per cluster (statistics refresh, compliance refresh, deadline alerts): every
-- replica's scheduler fires them, and a replica runs the job only when it can add a row here, which it cannot while
-- another run of the job started less than 90 % of the job's interval ago. The rows are the record of who ran what
-- when; a row without finished_at is a run still going or one whose replica died (the next interval runs normally).
CREATE TABLE scheduled_job_run (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job          text        NOT NULL,
    instance     text        NOT NULL,   -- host name and process id of the replica that ran it
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz,
    items        bigint                  -- what the run did (rows written, cases rechecked, events written)
);
CREATE INDEX scheduled_job_run_job_idx ON scheduled_job_run (job, started_at DESC);
