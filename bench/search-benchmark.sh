#!/usr/bin/env bash
# Parley's search (Lucene) against PostgreSQL full-text search done well, same texts, same run, plus the delay
# from a committed change to its appearing in search. Not part of ./mvnw verify.
# Usage: bench/search-benchmark.sh [corpus-dir] [sizes] [queries-per-class] [repetitions]
#   e.g. bench/search-benchmark.sh ../shared/corpus 10000,100000,1000000 40 1
#        bench/search-benchmark.sh http [corpus-dir] [sizes] [queries-per-class] [repetitions]
#   The second form builds the production jar, starts it (PORT, PARLEY_DB_PORT; default 8204/54404) on a throw-away
#   data directory, and for each size seeds the texts (COPY), restarts Parley without an index so that it builds
#   one from the database, and measures search over HTTP against PostgreSQL FTS (HttpScaleBenchmark), anonymous
#   and with a bearer token. Defaults: ../shared/corpus 1000,10000,100000,1000000 20 2.
# 10^6 texts need about 10 GB of heap and take a while on 2 cores (see bench/README.md).
# With PARLEY_URL set (a running Parley, e.g. http://localhost:8080; PARLEY_TOKEN for a bearer token), also search,
# suggestions and the liveness probe over HTTP in the same run (HttpSearchBenchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "http" ]; then
    exec bench/search-http-scale.sh "${@:2}"
fi
CORPUS="${1:-../shared/corpus}"
SIZES="${2:-10000,100000}"
PER_CLASS="${3:-40}"
REPETITIONS="${4:-1}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
java -Xmx10g -cp "$CP" org.parley.bench.SearchBenchmark "$CORPUS" "$SIZES" "$PER_CLASS" "$REPETITIONS" \
    2>&1 | grep -v -E '^\s+at |INFO|^$|WARN|LOG:|DEBUG'
java -Xmx2g -cp "$CP" org.parley.bench.CommitToSearchDelay 50 2>&1 | grep "commit to searchable"
if [ -n "${PARLEY_URL:-}" ]; then
    echo "## Over HTTP: $PARLEY_URL"
    java -cp "$CP" org.parley.bench.HttpSearchBenchmark "$PARLEY_URL" 400 ${PARLEY_TOKEN:+"$PARLEY_TOKEN"}
fi
