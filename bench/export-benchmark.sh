#!/usr/bin/env bash
# Export time, size and memory for the largest corpus document (Code civil, livre Ier, 2015, 1,671 paragraphs)
# as PDF, DOCX and Markdown (ExportBenchmark). Usage: bench/export-benchmark.sh [iterations] [max heap]
set -euo pipefail
cd "$(dirname "$0")/.."
ITERATIONS="${1:-5}"
HEAP="${2:-512m}"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -Xmx"$HEAP" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.parley.export.ExportBenchmark \
    src/test/resources/corpus/fr-code-civil-versions/livre1-personnes_2015-03-31.md "$ITERATIONS"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
