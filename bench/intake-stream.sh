#!/usr/bin/env bash
# Intake throughput: streams N generated case files (NDJSON, one request per court) into a running portal that
# was started in the demo profile (demo court clients demo-<court>/demo-only-secret), and reports case files/s.
# Usage: bench/intake-stream.sh [count] [base-url]     e.g. bench/intake-stream.sh 10000 http://localhost:8080
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
base=${2:-http://localhost:8080}
from=${3:-$(( 10000000 + RANDOM * 1000 ))}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp="target/quarkus-app/app/*:target/quarkus-app/lib/main/*"
# a seed and index range of their own, so the cases are new even on a database that holds the demo data
java -cp "$cp" org.zhongben.portal.demo.GenerateCaseFiles --seed 777 --from "$from" --count "$count" \
  --out "$work/all.ndjson" >/dev/null
python3 - "$work" <<'PY'
import json, sys, os
work = sys.argv[1]
files = {}
with open(os.path.join(work, "all.ndjson"), encoding="utf-8") as lines:
    for line in lines:
        court = json.loads(line)["courtCode"]
        if court not in files:
            files[court] = open(os.path.join(work, "court-" + court + ".ndjson"), "w", encoding="utf-8")
        files[court].write(line)
for f in files.values():
    f.close()
PY
rows=0; accepted=0
start=$(date +%s.%N)
for file in "$work"/court-*.ndjson; do
  court=$(basename "$file" .ndjson); court=${court#court-}
  token=$(curl -sf -X POST "$base/api/v1/auth/court-token" -H 'Content-Type: application/json' \
    -d "{\"clientId\":\"demo-$court\",\"clientSecret\":\"demo-only-secret\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')
  summary=$(curl -sf -X POST "$base/api/v1/intake/cases" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/x-ndjson' --data-binary "@$file" | tail -1)
  accepted=$((accepted + $(echo "$summary" | python3 -c 'import sys,json;print(json.load(sys.stdin)["summary"]["accepted"])')))
done
end=$(date +%s.%N)
python3 -c "
import sys
secs = $end - $start
print(f'intake: {$accepted} of {$count} case files accepted in {secs:.1f} s = {$accepted / secs:.0f} case files/s')
"
