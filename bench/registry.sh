#!/usr/bin/env bash
# Registry and statistics at scale: creates a database on the machine's PostgreSQL (127.0.0.1:5432, trust auth),
# starts the packaged portal on it (demo profile, a handful of demo cases), bulk-loads N registry entries with
# bench/registry-load.sql (what intake would have stored), then drives each search path and the statistics page with
# wrk (32 connections by default, each request from a random client address so the per-address rate limit applies as
# in production) and prints p95 and throughput, followed by EXPLAIN ANALYZE of each query path.
# Needs psql, wrk (apt install wrk) and the packaged jar (built if missing).
# Usage: bench/registry.sh [entries] [connections] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
entries=${1:-1000000}
connections=${2:-32}
seconds=${3:-20}
port=8094
db=portal_registry_bench
data=target/bench-registry-data
work=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is not installed (apt install wrk)"; exit 2; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -DskipTests package
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" postgres
rm -rf "$data"
QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:5432/$db QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD= \
PORTAL_STATISTICS_REFRESH_INTERVAL=60s \
  java -Dquarkus.profile=demo -Dportal.demo.case-count=20 -Dportal.data-dir="$data" -Dquarkus.http.port=$port \
  -jar target/quarkus-app/quarkus-run.jar > "$work/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
base=http://localhost:$port
for _ in $(seq 1 180); do curl -sf "$base/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$base/q/health/ready" >/dev/null || { echo "portal did not start"; tail -50 "$work/portal.log"; exit 1; }

# the portal's own key function for the loader (name keys as intake computes them)
cat > "$work/name-keys.sh" <<SH
exec java -Xmx1g -cp "$PWD/target/quarkus-app/app/*:$PWD/target/quarkus-app/lib/main/*" org.zhongben.portal.registry.NameKeys
SH
echo "loading $entries entries ..."
start=$(date +%s)
(cd "$work" && psql -h 127.0.0.1 -U postgres -q -d $db -v entries="$entries" \
  -v hash_key="$(tr -d '\n' < "$OLDPWD/$data/secrets/id-hash.key")" -f "$OLDPWD/bench/registry-load.sql")
load=$(( $(date +%s) - start ))
size=$(psql -h 127.0.0.1 -U postgres -d $db -tAc "SELECT pg_size_pretty(pg_database_size('$db'))")
echo "loaded in ${load}s; database $size"
# the statistics job runs every minute here; wait for a run that started after the load
loaded_at=$(psql -h 127.0.0.1 -U postgres -d $db -tAc "SELECT now()")
for _ in $(seq 1 360); do
  fresh=$(psql -h 127.0.0.1 -U postgres -d $db -tAc "SELECT count(*) FROM court_statistics WHERE refreshed_at > '$loaded_at'")
  [ "$fresh" -gt 0 ] && break
  sleep 5
done
sleep 2 # the job logs how long the run took right after it commits
took=$(grep -o 'Statistics recomputed in [0-9]* ms' "$work/portal.log" | tail -1 | grep -o '[0-9]*' || echo 0)
echo "statistics recomputed over all entries; a full refresh took $(( took / 1000 ))s"

cat > "$work/paths.lua" <<'LUA'
local items = {}
for line in io.lines(os.getenv("LIST")) do items[#items + 1] = line end
local prefix = os.getenv("PREFIX")
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
-- many clients, as on the public internet: each request comes from a random address (the per-address rate limit
-- stays in force at its configured size, as in production)
request = function()
  local value = items[math.random(#items)]
  local from = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  return wrk.format("GET", prefix .. encode(value), { ["X-Forwarded-For"] = from })
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.errors.status))
end
LUA
printf 'x\n' > "$work/none.txt"
echo "| path | req/s | p50 ms | p95 ms | non-2xx |"
echo "|---|---|---|---|---|"
run() { # name list prefix
  LIST="$2" PREFIX="$3" wrk -t2 -c"$connections" -d5s -s "$work/paths.lua" "$base" >/dev/null 2>&1 || true
  local line; line=$(LIST="$2" PREFIX="$3" wrk -t2 -c"$connections" -d"${seconds}s" -s "$work/paths.lua" "$base" | grep RESULT)
  read -r _ rps p50 p95 errors <<< "$line"
  echo "| $1 | $rps | $p50 | $p95 | $errors |"
}
run "name, exact" "$work/names.txt" "/api/v1/registry?name="
run "name, prefix (surname + 1)" "$work/names.txt" "/api/v1/registry?match=prefix&name="
run "name, fuzzy (same pinyin or one different)" "$work/names.txt" "/api/v1/registry?match=fuzzy&name="
run "full ID number" "$work/ids.txt" "/api/v1/registry?id="
run "case number" "$work/cases.txt" "/api/v1/registry?caseNumber="
run "statistics page" "$work/none.txt" "/statistics?x="

name=$(head -1 "$work/names.txt"); id=$(head -1 "$work/ids.txt"); case_number=$(head -1 "$work/cases.txt")
explain() { echo "-- $1"; psql -h 127.0.0.1 -U postgres -d $db -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $2" | sed 's/^/    /'; }
cols="e.case_id, e.party_id, e.debtor_name, e.id_masked, e.unperformed_amount, e.zhongben_on"
order="ORDER BY e.zhongben_on DESC, e.case_id DESC, e.party_id DESC LIMIT 21"
explain "name, exact" "SELECT $cols FROM registry_entry e WHERE e.shielded_on IS NULL AND e.debtor_name = '$name' $order"
explain "name, prefix" "SELECT $cols FROM registry_entry e WHERE e.shielded_on IS NULL AND e.debtor_name LIKE '${name:0:1}%' ORDER BY e.debtor_name, e.zhongben_on DESC, e.case_id DESC, e.party_id DESC LIMIT 21"
keys=$(awk -F '\t' -v name="$name" '$1 == name { printf "%s'\''%s'\''", (n++ ? ", " : ""), $2 }' "$work/name-keys.tsv")
explain "name, fuzzy (keys of $name: $keys)" "SELECT DISTINCT $cols FROM unnest(ARRAY[$keys]) q(key) CROSS JOIN LATERAL (SELECT $cols FROM registry_name_key k JOIN registry_entry e ON e.case_id = k.case_id AND e.party_id = k.party_id WHERE k.key = q.key AND e.shielded_on IS NULL ORDER BY k.zhongben_on DESC, k.case_id DESC, k.party_id DESC LIMIT 21) e $order"
explain "full ID (keyed hash)" "SELECT $cols FROM registry_entry e WHERE e.shielded_on IS NULL AND e.id_hash = (SELECT id_hash FROM registry_entry LIMIT 1) $order"
explain "case number" "SELECT $cols FROM registry_entry e WHERE e.shielded_on IS NULL AND e.case_number = '$case_number' $order"
echo "ID sample: ${id:0:4}…; $entries entries; $connections connections, ${seconds}s per path after a 5s warm-up"
exit 0
