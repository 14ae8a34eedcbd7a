#!/usr/bin/env bash
# Browser journeys against the packaged portal with demo data (frontend/e2e/journeys): installs Debian's Chromium if
# it is missing, starts the portal in the demo profile on an embedded PostgreSQL with a fresh data folder, runs the
# journeys at 360×740 and 1280×800 with axe-core on every page, and leaves screenshots in target/browser-screenshots.
# Before that it lints the front-end scripts and checks the colour tokens' contrast.
# Needs the packaged jar (built if missing), Node 20 and npm. Usage: frontend/e2e/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
port=${PORTAL_PORT:-8096}

if ! command -v chromium >/dev/null; then
  "$root/.ci/install-browser"
fi
[ -f "$root/target/quarkus-app/quarkus-run.jar" ] || (cd "$root" && ./mvnw -B -ntp -q -DskipTests package)
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
# the front end's own checks first: lint of the scripts, AA contrast of the colour tokens
(cd "$root/frontend" && npm ci --no-audit --no-fund --loglevel=error && npm run --silent lint && npm run --silent contrast)

data="$root/target/e2e-data"
shots="$root/target/browser-screenshots"
rm -rf "$data" "$shots"
mkdir -p "$shots"
java -Dquarkus.profile=demo -Dportal.demo.case-count=200 -Dportal.data-dir="$data" -Dquarkus.http.port="$port" \
  -jar "$root/target/quarkus-app/quarkus-run.jar" > "$root/target/e2e-portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { echo "the portal stopped; see target/e2e-portal.log"; exit 1; }
  sleep 1
done
curl -sf "http://localhost:$port/q/health/ready" >/dev/null || { echo "the portal did not start"; exit 1; }

cd "$here"
PORTAL_URL="http://localhost:$port" SCREENSHOTS="$shots" npm test
echo "screenshots: $(ls "$shots" | wc -l) in target/browser-screenshots"
