#!/usr/bin/env bash
# Markdown import parsing as it grows (ImportScalingBenchmark): linear, or refused at a named limit.
# Usage: bench/import-benchmark.sh [iterations]
set -euo pipefail
cd "$(dirname "$0")/.."
ITERATIONS="${1:-5}"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.parley.bench.ImportScalingBenchmark "$ITERATIONS"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
