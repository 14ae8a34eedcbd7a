-- Sliding-window rate limits shared by every replica (sign-in attempts, registration, resets, uploads).

CREATE TABLE rate_limit_hit (
    bucket   text        NOT NULL,
    subject  text        NOT NULL,
    hit_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX rate_limit_hit_idx ON rate_limit_hit (bucket, subject, hit_at);
CREATE INDEX rate_limit_hit_age_idx ON rate_limit_hit (hit_at);
