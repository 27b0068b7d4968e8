#!/usr/bin/env bash
# Figures for the walking skeleton, measured on this machine with the production jar:
#   start time on the embedded PostgreSQL (first start with initdb, and a restart), heap and RSS after start,
#   time to import the Code civil Livre Ier (2015, 1,671 paragraphs) through the REST API,
#   time from request to first paragraphs shown for that document in headless Chromium.
# Usage: bench/walking-skeleton.sh [iterations]   (needs chromium + chromedriver; ~3 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
ITERATIONS="${1:-10}"
PORT=18080
WORK="$(mktemp -d /tmp/parley-bench.XXXXXX)"
CORPUS="src/test/resources/corpus/fr-code-civil-versions/livre1-personnes_2015-03-31.md"
export PARLEY_DATA_DIR="$WORK/data" PARLEY_DB_PORT=54399 PORT PARLEY_DEMO_CONTENT=false
export PARLEY_ADMIN_EMAIL=bench@parley.example PARLEY_ADMIN_PASSWORD=bench-password-123
export PARLEY_ADMIN_TOKEN=pat_bench_token_0123456789abcdef PARLEY_LOG_FILE="$WORK/parley.json"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
./mvnw -B -q -Pproduction -DskipTests package
JAR="$(ls target/parley-*.jar | head -1)"

READY_SEEN=0
APP=
trap '[ -n "$APP" ] && kill $APP 2>/dev/null; true' EXIT
start() {
    java -jar "$JAR" >> "$WORK/app.log" 2>&1 &
    APP=$!
    until [ "$(grep -c "Parley is ready" "$WORK/app.log")" -gt "$READY_SEEN" ]; do
        kill -0 $APP 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
        sleep 0.2
    done
}
started() { grep -o "started in [0-9]* ms" "$WORK/app.log" | tail -1; }
stop() { kill $APP; wait $APP 2>/dev/null || true; READY_SEEN=$(grep -c "Parley is ready" "$WORK/app.log"); }

start; echo "first start (initdb + schema): $(started)"
stop
start; echo "restart on existing data:     $(started)"
sleep 2
jcmd $APP GC.run > /dev/null
echo "heap after start (after a full GC): $(jcmd $APP GC.heap_info | grep -oE 'used [0-9]+K' | head -1)"
echo "RSS after start: $(( $(grep VmRSS /proc/$APP/status | awk '{print $2}') / 1024 )) MB"

times=()
for i in 1 2 3 4 5; do
    t=$(curl -s -o "$WORK/import-$i.json" -w '%{time_total}' -H "Authorization: Bearer $PARLEY_ADMIN_TOKEN" \
        -F "file=@$CORPUS" -F title="Code civil, Livre Ier ($i)" -F slug="code-civil-$i" -F language=fr \
        -F visibility=PUBLIC "http://localhost:$PORT/api/v1/documents")
    grep -q '"paragraphs":1671' "$WORK/import-$i.json" || { cat "$WORK/import-$i.json"; exit 1; }
    times+=("$t")
done
echo "import of the Code civil Livre Ier over HTTP (s): ${times[*]}"

./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.parley.bench.FirstParagraphsBenchmark \
    -Dexec.cleanupDaemonThreads=false \
    -Dexec.args="http://localhost:$PORT /documents/code-civil-1/v/1 $PARLEY_ADMIN_EMAIL $PARLEY_ADMIN_PASSWORD $ITERATIONS"
stop
rm -rf "$WORK"
