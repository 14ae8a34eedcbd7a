-- Per-court and national transparency figures by year, recomputed on a schedule from the case tables (the page says
-- when). court_code '' holds the national row. Readers never aggregate millions of rows per request.

CREATE TABLE court_statistics (
    court_code               text        NOT NULL,
    year                     int         NOT NULL,
    closed                   bigint      NOT NULL DEFAULT 0,   -- cases closed that year, any way
    zhongben                 bigint      NOT NULL DEFAULT 0,   -- of which by 终本
    evaluated                bigint      NOT NULL DEFAULT 0,   -- 终本 cases with a compliance evaluation
    all_checks_passed        bigint      NOT NULL DEFAULT 0,   -- ... that failed no pre-termination check (C1–C14)
    repeated                 bigint      NOT NULL DEFAULT 0,   -- 执恢 cases terminated by 终本 again
    follow_ups_due           bigint      NOT NULL DEFAULT 0,   -- six-monthly inquiries due that year (grace passed)
    follow_ups_on_time       bigint      NOT NULL DEFAULT 0,
    resumption_submitted     bigint      NOT NULL DEFAULT 0,
    resumption_decided       bigint      NOT NULL DEFAULT 0,
    resumption_accepted      bigint      NOT NULL DEFAULT 0,
    resumption_median_days   numeric,
    resumption_overdue       bigint      NOT NULL DEFAULT 0,
    refreshed_at             timestamptz NOT NULL,
    PRIMARY KEY (court_code, year)
);

CREATE TABLE court_check_failure (
    court_code  text   NOT NULL,
    year        int    NOT NULL,
    check_code  text   NOT NULL,
    failures    bigint NOT NULL,
    PRIMARY KEY (court_code, year, check_code)
);
