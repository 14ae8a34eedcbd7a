# Shared functions of bench/run: starting the packaged portal, waiting for readiness, CPU and memory sampling, wrk.
# Sourced by bench/run; expects $PGHOST $PGPORT $DB $DATA $WORK $RESULTS_TSV to be set.

CLK_TCK=$(getconf CLK_TCK)

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# the portal's environment: the bench database, demo court clients and keys from the data dir, no background job
# that would run during a measurement (statistics are recomputed once, 20 s after start; compliance hourly)
portal_env() { # user
  echo "QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://$PGHOST:$PGPORT/$DB"
  echo "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PGHOST:$PGPORT/$DB"
  echo "QUARKUS_DATASOURCE_USERNAME=$1"
  echo "QUARKUS_DATASOURCE_PASSWORD="
  echo "PORTAL_STATISTICS_REFRESH_INTERVAL=${STATS_INTERVAL:-24h}"
  echo "PORTAL_COMPLIANCE_REFRESH_INTERVAL=24h"
  echo "PORTAL_FOLLOWUP_ALERT_INTERVAL=24h"
}

# start_portal NAME USER PORT [java options...]: starts the packaged jar in the background and returns at once; sets
# PORTAL_PID and PORTAL_LOG. PORTAL_PROFILE=demo (the loading run) registers the demo court clients and accounts and
# loads a small demo data set into an empty database; every other run uses the production profile with the keys that
# run generated (what a deployment runs; the demo profile would re-hash every demo secret at each start).
start_portal() {
  local name=$1 user=$2 port=$3; shift 3
  PORTAL_LOG="$WORK/portal-$name.log"
  PORTAL_PORT=$port
  PORTAL_BASE=http://127.0.0.1:$port
  local profile=${PORTAL_PROFILE:-prod} extra=()
  if [[ $profile == demo ]]; then
    extra=(-Dportal.demo.case-count=20)
  else
    local s="$DATA/secrets"
    extra=(-Dportal.jwt.signing-key-location="$s/jwt-signing-key.pem"
      -Dportal.jwt.verification-keys-location="$s/jwt-verification-keys.json"
      -Dportal.jwt.key-id="$(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["keys"][0]["kid"])' "$s/jwt-verification-keys.json")"
      -Dportal.crypto.id-keys="1:$(tr -d '\n' < "$s/id-encryption.key")" -Dportal.crypto.hash-key="$(tr -d '\n' < "$s/id-hash.key")"
      -Dquarkus.mailer.mock=true)
  fi
  PORTAL_STARTED_NS=$(date +%s%N)
  ( cd "$ROOT/target/quarkus-app" && exec env $(portal_env "$user") java "$@" -Dquarkus.profile="$profile" "${extra[@]}" \
      -Dportal.data-dir="$DATA" -Dquarkus.http.port="$port" -jar quarkus-run.jar ) > "$PORTAL_LOG" 2>&1 &
  PORTAL_PID=$!
}

# wait_ready [seconds]: polls /q/health/ready every 50 ms; sets READY_SECONDS (from the start of the JVM)
wait_ready() {
  local limit=${1:-300} deadline
  deadline=$(( $(date +%s) + limit ))
  while (( $(date +%s) < deadline )); do
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then log "portal exited:"; tail -40 "$PORTAL_LOG" >&2; return 1; fi
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$PORTAL_BASE/q/health/ready") == 200 ]]; then
      READY_SECONDS=$(awk -v a="$PORTAL_STARTED_NS" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
      return 0
    fi
    sleep 0.05
  done
  log "portal not ready after ${limit}s"; tail -40 "$PORTAL_LOG" >&2; return 1
}

stop_portal() { # [seconds to wait for a clean exit, default 20]
  [[ -n "${PORTAL_PID:-}" ]] || return 0
  kill "$PORTAL_PID" 2>/dev/null || true
  for _ in $(seq 1 $(( ${1:-20} * 10 ))); do kill -0 "$PORTAL_PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$PORTAL_PID" 2>/dev/null || true
  wait "$PORTAL_PID" 2>/dev/null || true
  PORTAL_PID=
}

rss_mib() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }
hwm_mib() { awk '/^VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# CPU ticks of one process (user + system)
proc_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }

# CPU ticks of the whole PostgreSQL server: the postmaster, its reaped children (cutime, cstime) and its live children,
# so backends that come and go during a measurement (pgbench connections) are counted too
postgres_ticks() {
  local pm total
  pm=$(head -1 "$PG_DATA_DIR/postmaster.pid" 2>/dev/null) || { echo 0; return; }
  total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pm/stat")
  for child in $(ps -o pid= --ppid "$pm"); do
    total=$(( total + $(proc_ticks "$child") ))
  done
  echo "$total"
}

# cpu_begin / cpu_end: CPU of the portal and of PostgreSQL over a window, in % of one core
cpu_begin() { CPU_T0=$(date +%s%N); CPU_P0=$( [[ -n "${PORTAL_PID:-}" ]] && proc_ticks "$PORTAL_PID" || echo 0); CPU_G0=$(postgres_ticks); }
cpu_end() {
  local t1 p1 g1
  t1=$(date +%s%N); p1=$( [[ -n "${PORTAL_PID:-}" ]] && proc_ticks "$PORTAL_PID" || echo 0); g1=$(postgres_ticks)
  CPU_PORTAL=$(awk -v d="$((p1 - CPU_P0))" -v t="$((t1 - CPU_T0))" -v hz="$CLK_TCK" 'BEGIN { printf "%.0f", 100 * d / hz / (t / 1e9) }')
  CPU_PG=$(awk -v d="$((g1 - CPU_G0))" -v t="$((t1 - CPU_T0))" -v hz="$CLK_TCK" 'BEGIN { printf "%.0f", 100 * d / hz / (t / 1e9) }')
}

load_avg() { cut -d' ' -f1 /proc/loadavg; }

# wait_quiet: until the portal and PostgreSQL together use less than 15% of a core over 2 s (background jobs after
# a start: statistics, compliance, follow-up alerts), at most $1 seconds
wait_quiet() {
  local limit=${1:-600} deadline
  deadline=$(( $(date +%s) + limit ))
  while (( $(date +%s) < deadline )); do
    cpu_begin; sleep 2; cpu_end
    (( CPU_PORTAL + CPU_PG < 15 )) && return 0
  done
  log "still busy after ${limit}s (portal ${CPU_PORTAL}%, postgres ${CPU_PG}%); measuring anyway"
}

# record KEY=VALUE... : one result row (tab-separated key=value pairs) for the report
record() { (IFS=$'\t'; echo "$*") >> "$RESULTS_TSV"; }

# wrk_run SCENARIO LUA URL: warm-up, then a measured run with CPU and memory; appends a result row
wrk_run() {
  local scenario=$1 lua=$2 url=$3 conns=${4:-$CONNECTIONS} out line load
  wrk -t2 -c"$conns" -d"${WARMUP}s" --timeout 10s -s "$lua" "$url" > /dev/null 2>&1 || true
  load=$(load_avg)
  [[ ${PROFILE:-false} == true ]] && jcmd "$PORTAL_PID" JFR.start name="$scenario" settings=profile >/dev/null 2>&1
  cpu_begin
  out=$(wrk -t2 -c"$conns" -d"${DURATION}s" --timeout 10s -s "$lua" "$url")
  cpu_end
  [[ ${PROFILE:-false} == true ]] && jcmd "$PORTAL_PID" JFR.stop name="$scenario" filename="$WORK/$scenario.jfr" >/dev/null 2>&1
  echo "$out" > "$WORK/wrk-$scenario.txt"
  line=$(grep '^RESULT' <<< "$out") || { log "wrk gave no result for $scenario"; echo "$out" >&2; return 1; }
  read -r _ requests rps p50 p95 p99 status_err socket_err <<< "$line"
  record scenario="$scenario" kind=portal rps="$rps" p50="$p50" p95="$p95" p99="$p99" \
    errors="$((status_err + socket_err))" requests="$requests" cpu_portal="$CPU_PORTAL" cpu_pg="$CPU_PG" \
    rss="$(rss_mib "$PORTAL_PID")" conns="$conns" load="$load"
  log "$scenario: $rps req/s, p50 $p50 ms, p95 $p95, p99 $p99, errors $((status_err + socket_err)), portal CPU $CPU_PORTAL%, postgres CPU $CPU_PG%"
}

# a wrk script: GET of one path (or a random one from a list file), with headers; prints a RESULT line
# write_lua FILE PATH_PREFIX LIST_FILE|"" HEADER... ("X-Forwarded-For: random" gives every request its own address)
write_lua() {
  local file=$1 prefix=$2 list=$3; shift 3
  {
    echo "local prefix = [[$prefix]]"
    echo "local items = {}"
    [[ -n "$list" ]] && echo "for line in io.lines([[$list]]) do items[#items + 1] = line end"
    echo "local fixed = {}"
    local h
    for h in "$@"; do
      [[ "$h" == "X-Forwarded-For: random" ]] && { echo "local random_address = true"; continue; }
      echo "fixed[ [[${h%%: *}]] ] = [[${h#*: }]]"
    done
    cat <<'LUA'
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  local headers = {}
  for k, v in pairs(fixed) do headers[k] = v end
  if random_address then
    headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  end
  local path = prefix
  if #items > 0 then path = prefix .. encode(items[math.random(#items)]) end
  return wrk.format("GET", path, headers)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.1f %.2f %.2f %.2f %d %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
  } > "$file"
}
