#!/usr/bin/env bash
# Figures for issue 4 (versioned drafts), on the test PostgreSQL (embedded when no Docker engine answers):
#   alignment time (ParagraphAligner) and comparison time (ComparisonService) for the Code civil Livre Ier
#   2011 vs 2015, and the time to publish a version whose round has 1,000 comments, all answered.
# Usage: bench/revision-benchmark.sh [iterations] [publishes]   (defaults 20 and 10; about a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
ITERATIONS="${1:-20}"
PUBLISHES="${2:-10}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
echo "load at start: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.parley.bench.RevisionBenchmark "$ITERATIONS" "$PUBLISHES"
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
