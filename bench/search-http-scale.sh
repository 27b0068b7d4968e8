#!/usr/bin/env bash
# Search over HTTP at 10^3..10^6 texts against PostgreSQL FTS on the same texts (HttpScaleBenchmark); run it as
# bench/search-benchmark.sh http [corpus-dir] [sizes] [queries-per-class] [repetitions]. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="$(realpath "${1:-../shared/corpus}")"
SIZES="${2:-1000,10000,100000,1000000}"
PER_CLASS="${3:-20}"
REPETITIONS="${4:-2}"
export PORT="${PORT:-8204}" PARLEY_DB_PORT="${PARLEY_DB_PORT:-54404}"
export PARLEY_DATA_DIR="$(mktemp -d)/data" PARLEY_DEMO_CONTENT=false
export PARLEY_ADMIN_EMAIL=bench-admin@example.org PARLEY_ADMIN_PASSWORD=bench-admin-password
export PARLEY_ADMIN_TOKEN="pat_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
BASE="http://localhost:$PORT"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
[ -f target/parley-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -q -Pproduction package -DskipTests
# BENCH_NO_BUILD=1: reuse target/test-classes and target/bench.cp as they are (a second run on a busy machine)
if [ -z "${BENCH_NO_BUILD:-}" ]; then
    ./mvnw -B -q -DskipTests test-compile
    ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
fi
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
# PostgreSQL FTS over HTTP through Parley's own stack: the production jar, run by Spring Boot's PropertiesLauncher
# with one extra directory on its classpath that holds only the benchmark's endpoint (PostgresSearchEndpoint), turned
# on by its profile
EXTENSION="$(dirname "$PARLEY_DATA_DIR")/bench-extension"
mkdir -p "$EXTENSION/org/parley/bench"
cp target/test-classes/org/parley/bench/PostgresSearchEndpoint*.class \
   target/test-classes/org/parley/bench/PostgresResultsPage*.class "$EXTENSION/org/parley/bench/"
PID=""
start() {
    mkdir -p "$PARLEY_DATA_DIR"
    # PARLEY_JAVA_OPTS: JVM options for Parley, e.g. -Xlog:gc:file=/tmp/gc.log
    java ${PARLEY_JAVA_OPTS:-} -Dloader.path="$EXTENSION" -Dspring.profiles.active=bench-postgres-search -cp target/parley-0.1.0-SNAPSHOT.jar \
        org.springframework.boot.loader.launch.PropertiesLauncher > "$PARLEY_DATA_DIR/../parley.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 600); do
        curl -sf "$BASE/actuator/health/liveness" > /dev/null && return 0
        kill -0 "$PID" 2> /dev/null || { tail -20 "$PARLEY_DATA_DIR/../parley.log"; exit 1; }
        sleep 1
    done
    echo "Parley did not start"; exit 1
}
stop() {
    [ -n "$PID" ] && kill "$PID" && wait "$PID" || true
    PID=""
}
trap 'stop; rm -rf "$(dirname "$PARLEY_DATA_DIR")"' EXIT
start
for SIZE in ${SIZES//,/ }; do
    java -Xmx4g -cp "$CP" org.parley.bench.HttpScaleBenchmark seed "$PARLEY_DATA_DIR" "$PARLEY_DB_PORT" "$CORPUS" "$SIZE" \
        2>&1 | grep -E "^seeded|Exception"
    stop
    rm -rf "$PARLEY_DATA_DIR/index"
    start
    for TOKEN in "" "$PARLEY_ADMIN_TOKEN"; do
        java -cp "$CP" org.parley.bench.HttpScaleBenchmark measure "$BASE" "$PARLEY_DATA_DIR" "$PARLEY_DB_PORT" \
            "$CORPUS" "$SIZE" "$PER_CLASS" "$REPETITIONS" "$TOKEN" 2>&1 | grep -E "^##|^ROW|^CLASS|Exception"
    done
done
echo "## ROW: texts | caller | liveness p50 / p99 | Parley search p50 / p90 / p99 | PostgreSQL FTS over HTTP p50 / p99 | p99 PostgreSQL over HTTP ÷ Parley | PostgreSQL FTS over JDBC p50 / p99 | p99 PostgreSQL over JDBC ÷ Parley | suggestions p50 / p99 | search p50 ÷ liveness p50 | liveness with the JDK HttpClient p50 / p99"
echo "## CLASS: texts | caller | query class | Parley p50 / p99 | PostgreSQL over HTTP p50 / p99 | p99 ratio | PostgreSQL over JDBC p50 / p99 | p99 ratio"
