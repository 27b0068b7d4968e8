#!/usr/bin/env bash
# Heap per open reading UI and a congress week on one node (issue 14). Usage:
#   bench/congress-week.sh [readers, default 200] [seconds, default 120] [pause-ms, default 1000] [heap UIs, default 1000]
# Starts Parley from the test class path on a fresh embedded PostgreSQL (CongressWeekServer: a public 300-paragraph
# paper open for comments, 10 comments on each of its first 20 paragraphs, 20 API posters), then:
#   1. ReadingUiHeapBenchmark: opens <heap UIs> reading UIs over HTTP and prints the live heap per UI (0: skipped);
#   2. restart, CongressWeekLoad: <readers> readers with Push while 20 clients post and search for <seconds>;
#   3. restart on the same data (warm index), the same load again.
# Ports: PORT (default 8090), PARLEY_DB_PORT (default 54390). Output: target/congress-week-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
READERS=${1:-200}
SECONDS_OF_LOAD=${2:-120}
PAUSE_MS=${3:-1000}
HEAP_UIS=${4:-1000}
export PORT=${PORT:-8090}
export PARLEY_DB_PORT=${PARLEY_DB_PORT:-54390}
export PARLEY_DATA_DIR=$(mktemp -d -t parley-congress-week-XXXXXX)
OUT=target/congress-week-$(date -u +%Y-%m-%d).txt
BASE=http://localhost:$PORT/

./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP=target/test-classes:target/classes:$(cat target/test-classpath.txt)
SERVER_PID=
# JFR=1 records a Java Flight Recorder profile of each server start (target/congress-week-<n>.jfr)
STARTS=0

start_server() {
  STARTS=$((STARTS + 1))
  JFR_OPTION=()
  if [ "${JFR:-0}" = 1 ]; then
    JFR_OPTION=("-XX:StartFlightRecording=settings=profile,filename=$PWD/target/congress-week-$STARTS.jfr")
  fi
  java -Xmx2g -XX:+UseG1GC "${JFR_OPTION[@]}" -cp "$CP" org.parley.bench.CongressWeekServer > "$PARLEY_DATA_DIR/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 600); do
    if grep -q "CONGRESS-WEEK SERVER READY" "$PARLEY_DATA_DIR/server.log"; then
      grep -o "started in [0-9]* ms" "$PARLEY_DATA_DIR/server.log" | tail -1 | sed 's/^/server /' | tee -a "$OUT"
      return
    fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "server stopped; see $PARLEY_DATA_DIR/server.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "server not ready after 10 minutes" >&2
  exit 1
}

stop_server() {
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
}
trap 'if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi' EXIT

{
  echo "congress week, $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores; $(java -version 2>&1 | head -1)"
  echo "readers $READERS, $SECONDS_OF_LOAD s, pause $PAUSE_MS ms, heap UIs $HEAP_UIS; load average $(cat /proc/loadavg)"
} | tee "$OUT"

start_server
if [ "$HEAP_UIS" -gt 0 ]; then
  java -cp "$CP" org.parley.bench.ReadingUiHeapBenchmark "$BASE" "$SERVER_PID" "$HEAP_UIS" target | tee -a "$OUT"
  stop_server
  start_server
fi
java -cp "$CP" org.parley.bench.CongressWeekLoad "$BASE" "$SERVER_PID" "$READERS" "$SECONDS_OF_LOAD" "$PAUSE_MS" \
  "first start" | tee -a "$OUT"
stop_server
start_server
java -cp "$CP" org.parley.bench.CongressWeekLoad "$BASE" "$SERVER_PID" "$READERS" "$SECONDS_OF_LOAD" "$PAUSE_MS" \
  "after a restart (warm index)" | tee -a "$OUT"
stop_server
SERVER_PID=
rm -rf "$PARLEY_DATA_DIR"
echo "written to $OUT"
