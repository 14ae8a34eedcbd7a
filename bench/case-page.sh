#!/usr/bin/env bash
# Case page latency: stores a case with 60 investigation measures through intake, signs in as its creditor and drives
# GET /api/v1/cases/{n} (JSON) and GET /cases/{n} (HTML) with wrk after a warm-up. Needs a running portal started in
# the demo profile (demo court clients) and wrk (apt install wrk).
# Usage: bench/case-page.sh [base-url] [connections] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://localhost:8080}
connections=${2:-32}
seconds=${3:-20}
command -v wrk >/dev/null || { echo "wrk is not installed (apt install wrk)"; exit 2; }

number="(2025)京0105执$(( 8000000 + RANDOM ))号"
file=$(mktemp); trap 'rm -f "$file"' EXIT
python3 - "$number" > "$file" <<'PY'
import json, sys
case = json.load(open("src/main/resources/META-INF/resources/docs/example-case-file.json", encoding="utf-8"))
case["caseNumber"] = sys.argv[1]
case["measures"] = [{"id": f"M{i}", "type": "ONSITE_INVESTIGATION" if i % 2 == 0 else "QUESTIONING",
                     "requestedBy": "COURT", "performedOn": "2023-03-10", "categories": ["CASH", "MACHINERY_INVENTORY"],
                     "targetPartyId": "P2", "location": "北京市朝阳区示例小区2号楼", "propertyFound": False,
                     "resultSummary": f"第 {i} 次调查,未发现可供执行的财产", "documentIds": []} for i in range(60)]
print(json.dumps(case, ensure_ascii=False))
PY
token=$(curl -sf -X POST "$base/api/v1/auth/court-token" -H 'Content-Type: application/json' \
  -d '{"clientId":"demo-京0105","clientSecret":"demo-only-secret"}' | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')
code=$(curl -sf -X POST "$base/api/v1/intake/cases" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  --data-binary @"$file" | python3 -c 'import sys,json;print([c["queryCode"] for c in json.load(sys.stdin)["queryCodes"] if c["partyId"]=="P1"][0])')
session=$(curl -sf -X POST "$base/api/v1/auth/case-login" -H 'Content-Type: application/json' \
  -d "{\"caseNumber\":\"$number\",\"queryCode\":\"$code\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')
path=$(python3 -c "import urllib.parse,sys;print(urllib.parse.quote(sys.argv[1]))" "$number")

run() { # name url header (uses $connections)
  local threads=$(( connections < 2 ? 1 : 2 ))
  wrk -t"$threads" -c"$connections" -d10s -H "$3" "$2" >/dev/null 2>&1 || true   # warm-up
  local out; out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -H "$3" "$2")
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}'); errors=${errors:-0}
  printf '| %-22s | %8s | %8s | %8s | %s |\n' "$1" "$rps" "$p50" "$p99" "$errors"
}
echo "case with 60 measures: $number; $connections connections, ${seconds}s after a 10s warm-up"
echo "| request                | req/s    | p50      | p99      | non-2xx |"
echo "|------------------------|----------|----------|----------|---------|"
run "JSON /api/v1/cases/{n}" "$base/api/v1/cases/$path" "Authorization: Bearer $session"
run "HTML /cases/{n}" "$base/cases/$path" "Cookie: portal_session=$session"
connections=1 run "JSON, one at a time" "$base/api/v1/cases/$path" "Authorization: Bearer $session"
