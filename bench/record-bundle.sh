#!/usr/bin/env bash
# Memory bound of the streamed record bundle: starts the packaged portal with its heap capped (default 256 MiB) on an
# embedded database of its own, stores a case whose documents add up to about 500 MB (20 × 25 MB, incompressible),
# signs in as its creditor and downloads bundle.zip, sampling the JVM's resident memory and used heap meanwhile.
# Reports time to first byte, throughput, peak RSS and peak heap used. Needs the packaged jar (built if missing).
# Usage: bench/record-bundle.sh [heap-mb] [documents] [mb-per-document]
set -euo pipefail
cd "$(dirname "$0")/.."
heap=${1:-256}
count=${2:-20}
size_mb=${3:-25}
port=8093
data=target/bench-bundle-data
work=$(mktemp -d)
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -DskipTests package
rm -rf "$data"
java -Xmx"${heap}m" -Dquarkus.profile=demo -Dportal.demo.case-count=10 -Dportal.data-dir="$data" \
  -Dquarkus.http.port=$port -Dportal.storage.max-blob-size=$(( size_mb + 1 ))M \
  -jar target/quarkus-app/quarkus-run.jar > "$work/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
base=http://localhost:$port
for _ in $(seq 1 180); do curl -sf "$base/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -sf "$base/q/health/ready" >/dev/null || { echo "portal did not start"; tail -50 "$work/portal.log"; exit 1; }

number="(2025)京0105执$(( 9000000 + RANDOM ))号"
for i in $(seq 1 "$count"); do
  { printf '%%PDF-1.4\n'; head -c $(( size_mb * 1024 * 1024 )) /dev/urandom; printf '\n%%%%EOF\n'; } > "$work/d$i.pdf"
done
python3 - "$number" "$work" "$count" > "$work/case.json" <<'PY'
import hashlib, json, os, sys
number, work, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
case = json.load(open("src/main/resources/META-INF/resources/docs/example-case-file.json", encoding="utf-8"))
case["caseNumber"] = number
case["documents"] = []
for i in range(1, count + 1):
    path = os.path.join(work, f"d{i}.pdf")
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    case["documents"].append({"id": f"D{i}", "kind": "OTHER", "title": f"卷宗材料 {i}", "issuedOn": "2023-08-15",
                              "visibility": "PARTY", "sha256": digest, "size": os.path.getsize(path),
                              "contentType": "application/pdf"})
for key in ("measures", "controls", "networkQueries", "followUps", "listings", "restrictions", "coerciveMeasures", "assets"):
    for item in case.get(key) or []:
        item.pop("documentIds", None); item.pop("documentId", None)
if case.get("ruling"): case["ruling"].pop("documentId", None)
print(json.dumps(case, ensure_ascii=False))
PY
token=$(curl -sf -X POST "$base/api/v1/auth/court-token" -H 'Content-Type: application/json' \
  -d '{"clientId":"demo-京0105","clientSecret":"demo-only-secret"}' | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')
path=$(python3 -c "import urllib.parse,sys;print(urllib.parse.quote(sys.argv[1]))" "$number")
code=$(curl -s -X POST "$base/api/v1/intake/cases" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  --data-binary @"$work/case.json" | python3 -c 'import sys,json;print([c["queryCode"] for c in json.load(sys.stdin)["queryCodes"] if c["partyId"]=="P1"][0])')
for i in $(seq 1 "$count"); do
  curl -sf -o /dev/null -X PUT "$base/api/v1/intake/cases/$path/documents/D$i" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/pdf' --data-binary @"$work/d$i.pdf"
  rm -f "$work/d$i.pdf"
done
session=$(curl -sf -X POST "$base/api/v1/auth/case-login" -H 'Content-Type: application/json' \
  -d "{\"caseNumber\":\"$number\",\"queryCode\":\"$code\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["accessToken"])')

jcmd_heap() { jcmd "$pid" GC.heap_info 2>/dev/null | awk '/total/ && /used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); print int(v/1024); exit}}'; }
peak_rss=0; peak_heap=0
( while kill -0 $pid 2>/dev/null; do
    echo "$(ps -o rss= -p $pid | tr -d ' ') $(jcmd_heap)"; sleep 0.5
  done ) > "$work/samples" &
sampler=$!
stats=$(curl -s -o "$work/bundle.zip" -H "Authorization: Bearer $session" -w '%{http_code} %{time_starttransfer} %{size_download} %{time_total}' \
  "$base/cases/$path/records/bundle.zip")
kill $sampler 2>/dev/null || true
read -r status ttfb bytes total <<< "$stats"
while read -r rss used; do
  (( rss > peak_rss )) && peak_rss=$rss
  [ -n "${used:-}" ] && (( used > peak_heap )) && peak_heap=$used
done < "$work/samples"
entries=$(python3 -c "import zipfile,sys;z=zipfile.ZipFile(sys.argv[1]);print(len(z.namelist()))" "$work/bundle.zip")
grep -q 'OutOfMemoryError' "$work/portal.log" && oom=yes || oom=no
echo "heap cap ${heap} MiB; bundle of $count documents × ${size_mb} MB"
echo "| status | bytes | entries | time to first byte | total | throughput | peak RSS | peak heap used | OutOfMemoryError |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '| %s | %s | %s | %.2f s | %.1f s | %.0f MB/s | %d MiB | %d MiB | %s |\n' "$status" "$bytes" "$entries" "$ttfb" "$total" \
  "$(python3 -c "print($bytes/1e6/$total)")" $(( peak_rss / 1024 )) "$peak_heap" "$oom"
exit 0
