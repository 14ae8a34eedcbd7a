#!/usr/bin/env bash
# Share of stored cases failing each compliance check (C1–C14, P1–P15), as the intake stored them. Run it against
# the demo (start it with the README's run command first); needs psql (apt install postgresql-client).
# Usage: bench/compliance-shares.sh [data-dir]          (default .data; the embedded database's port is read there)
#        PGHOST=… PGPORT=… PGUSER=… PGDATABASE=… bench/compliance-shares.sh   (any other database)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-.data}
if [[ -z "${PGPORT:-}" ]]; then
  [[ -f "$data/pg15/postmaster.pid" ]] || { echo "no running embedded database in $data (start the demo first)"; exit 2; }
  export PGHOST=localhost PGPORT=$(sed -n 4p "$data/pg15/postmaster.pid") PGUSER=postgres PGDATABASE=portal
fi
psql -X -q -P footer=off <<'SQL'
WITH codes(code, n) AS (
    SELECT 'C' || i, i FROM generate_series(1, 14) i
    UNION ALL SELECT 'P' || i, 100 + i FROM generate_series(1, 15) i),
totals AS (
    SELECT count(*) AS cases,
           count(*) FILTER (WHERE cardinality(failed) + cardinality(passed) + cardinality(unknown) > 0) AS evaluated
    FROM compliance_evaluation)
SELECT code AS check,
       count(*) FILTER (WHERE code = ANY (e.failed))  AS failed,
       count(*) FILTER (WHERE code = ANY (e.passed))  AS passed,
       count(*) FILTER (WHERE code = ANY (e.unknown)) AS unknown,
       round(100.0 * count(*) FILTER (WHERE code = ANY (e.failed)) / max(t.cases), 1) AS "failed % of cases",
       round(100.0 * count(*) FILTER (WHERE code = ANY (e.failed))
             / nullif(count(*) FILTER (WHERE code = ANY (e.failed || e.passed || e.unknown)), 0), 1)
           AS "failed % where it applies"
FROM compliance_evaluation e CROSS JOIN codes CROSS JOIN totals t
GROUP BY code, n ORDER BY n;
SELECT count(*) AS cases, count(DISTINCT engine_version) AS engine_versions, min(evaluated_on) AS evaluated_on
FROM compliance_evaluation;
SQL
