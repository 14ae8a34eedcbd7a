#!/usr/bin/env bash
# Soak: mixed traffic at a fixed rate for a long time against the packaged portal (demo profile, embedded
# PostgreSQL, fresh data), then errors (must be 0), latency percentiles, and memory over time (must level off).
# Traffic: register searches (exact and fuzzy, each from its own client address), the statistics page, the home and
# guide pages, and a creditor's case page and case API with a bearer token. The rate is fixed per connection
# (wrk's delay()), so the portal is not pushed to saturation: this measures stability, not peak throughput.
# Needs wrk (apt install wrk) and the packaged jar (built if missing).
# Usage: bench/soak.sh [minutes] [requests per second]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
rate=${2:-100}
connections=8
port=8093
data=target/bench-soak-data
work=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is not installed (apt install wrk)"; exit 2; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -DskipTests package
rm -rf "$data"
java -Xmx512m -Dquarkus.profile=demo -Dportal.demo.case-count=500 -Dportal.data-dir="$data" -Dquarkus.http.port=$port \
  -jar target/quarkus-app/quarkus-run.jar > "$work/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; kill $sampler 2>/dev/null || true; rm -rf "$work"' EXIT
sampler=0
base=http://localhost:$port
for _ in $(seq 1 180); do curl -sf "$base/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$base/q/health/ready" >/dev/null || { echo "portal did not start"; tail -50 "$work/portal.log"; exit 1; }

case_number='(2023)京0105执1234号'
token=$(curl -sf -H 'Content-Type: application/json' -H 'X-Forwarded-For: 10.99.0.1' \
  -d "{\"caseNumber\":\"$case_number\",\"queryCode\":\"DEMO-0000-0000-0001\"}" "$base/api/v1/auth/case-login" \
  | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
[ -n "$token" ] || { echo "could not sign in"; exit 1; }
encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$case_number")

cat > "$work/mix.lua" <<LUA
local token = "$token"
local case = "$encoded"
local delay_ms = $(( connections * 1000 / rate ))
local names = { "%E5%BC%A0%E4%BC%9F", "%E7%8E%8B%E8%8A%B3", "%E6%9D%8E%E5%A8%9C", "%E5%88%98%E6%B4%8B" }
local paths = {
  function() return "/api/v1/registry?name=" .. names[math.random(#names)], false end,
  function() return "/api/v1/registry?match=fuzzy&name=" .. names[math.random(#names)], false end,
  function() return "/registry?name=" .. names[math.random(#names)], false end,
  function() return "/statistics", false end,
  function() return "/", false end,
  function() return "/guides/apply-for-resumption", false end,
  function() return "/api/v1/cases/" .. case, true end,
  function() return "/cases/" .. case, true end,
}
request = function()
  local path, signed = paths[math.random(#paths)]()
  local headers = { ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255),
    math.random(1, 254)) }
  if signed then headers["Authorization"] = "Bearer " .. token; headers["Cookie"] = "portal_session=" .. token end
  return wrk.format("GET", path, headers)
end
delay = function() return delay_ms end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %.1f %.2f %.2f %.2f %.2f %d %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

# memory every 30 s: resident set of the process and heap in use (from the portal's own metrics)
( while kill -0 $pid 2>/dev/null; do
    rss=$(ps -o rss= -p $pid | tr -d ' ')
    heap=$(curl -sf "$base/q/metrics" | awk '/^jvm_memory_used_bytes[{]area="heap"/ { sum += $NF } END { printf "%d", sum / 1048576 }')
    echo "$(date +%s) $((rss / 1024)) $heap" >> "$work/memory.txt"
    sleep 30
  done ) &
sampler=$!

echo "soak: ${minutes} min at ${rate} req/s over ${connections} connections (packaged portal, -Xmx512m)"
line=$(wrk -t2 -c$connections -d"${minutes}m" --timeout 10s -s "$work/mix.lua" "$base" | grep RESULT)
read -r _ total rps p50 p95 p99 max status_errors socket_errors <<< "$line"
kill $sampler 2>/dev/null || true
echo "| requests | req/s | p50 ms | p95 ms | p99 ms | max ms | non-2xx/3xx | socket errors |"
echo "|---|---|---|---|---|---|---|---|"
echo "| $total | $rps | $p50 | $p95 | $p99 | $max | $status_errors | $socket_errors |"
echo
echo "memory over time (minute: RSS MiB / heap used MiB):"
start=$(head -1 "$work/memory.txt" | cut -d' ' -f1)
awk -v s="$start" '{ printf "  %5.1f: %d / %d\n", ($1 - s) / 60, $2, $3 }' "$work/memory.txt"
# levelling off: the last third's mean RSS is within 10% of the middle third's
awk '{ r[NR] = $2 } END { n = NR; a = int(n / 3); m = 0; l = 0;
  if (a < 1) { print "too few memory samples to judge levelling off"; exit }
  for (i = a + 1; i <= 2 * a; i++) m += r[i]; for (i = 2 * a + 1; i <= n; i++) l += r[i];
  m /= a; l /= (n - 2 * a); printf "RSS middle third %.0f MiB, last third %.0f MiB: %s\n", m, l,
  (l <= m * 1.10 ? "levels off" : "still growing") }' "$work/memory.txt"
[ "$status_errors" -eq 0 ] && [ "$socket_errors" -eq 0 ] || { echo "errors during the soak"; exit 1; }
