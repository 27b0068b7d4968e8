#!/usr/bin/env bash
# Issue 14: comment posts, thread reads and search freshness over HTTP against the production jar, on a throw-away
# embedded PostgreSQL with the demo paper. Not part of ./mvnw verify.
# Usage: bench/comment-load-benchmark.sh [sequential posts] [seconds under load] [concurrent clients]
#   e.g. bench/comment-load-benchmark.sh 1000 60 20
# JFR=1 also records a Java Flight Recorder profile of Parley (target/comment-load.jfr; `jfr print` / JMC read it).
set -euo pipefail
cd "$(dirname "$0")/.."
SEQUENTIAL="${1:-1000}"
SECONDS_UNDER_LOAD="${2:-60}"
CLIENTS="${3:-20}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "$(ls target/parley-*.jar 2>/dev/null)" ]; then
    ./mvnw -B -q -Pproduction package -DskipTests
fi
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT="$(free_port)"
DATA="$(mktemp -d)"
TOKEN="pat_benchmark_$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
JFR_OPTION=()
if [ "${JFR:-0}" = 1 ]; then
    JFR_OPTION=("-XX:StartFlightRecording=settings=profile,filename=$PWD/target/comment-load.jfr")
fi
PORT="$PORT" PARLEY_DB_PORT="$(free_port)" PARLEY_DATA_DIR="$DATA" PARLEY_ADMIN_EMAIL=bench@parley.example \
    PARLEY_ADMIN_PASSWORD=benchmark-password PARLEY_ADMIN_TOKEN="$TOKEN" \
    java "${JFR_OPTION[@]}" -jar target/parley-*.jar > "$DATA/parley.out" 2>&1 &
PARLEY=$!
# Parley's own output is kept in target/comment-load-parley.log (e.g. LOGGING_LEVEL_ORG_PARLEY_SEARCH_INTERNAL=DEBUG
# logs each indexer pass with its change-log range)
# (wait returns Parley's exit status, 143 after the TERM: it must not stop the trap under set -e)
trap 'kill $PARLEY 2>/dev/null || true; wait $PARLEY 2>/dev/null || true; cp "$DATA/parley.out" target/comment-load-parley.log; rm -rf "$DATA"' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null; do
    kill -0 $PARLEY 2>/dev/null || { tail -50 "$DATA/parley.out"; exit 1; }
    sleep 1
done
# the search index of the demo content is built in the background after start
until curl -sf "http://127.0.0.1:$PORT/api/v1/search?q=migrants" | grep -q '"total":[1-9]'; do sleep 1; done
java -cp "$CP" org.parley.bench.CommentLoadBenchmark "http://127.0.0.1:$PORT" "$TOKEN" "$SEQUENTIAL" \
    "$SECONDS_UNDER_LOAD" "$CLIENTS" 2>&1 | grep -v -E '^\s+at |^$'
