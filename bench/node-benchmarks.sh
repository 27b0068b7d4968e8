#!/usr/bin/env bash
# Issue 14 in one command: every benchmark of one node under a congress-week load, one after the other, on an
# otherwise idle machine (each one's figures are only worth what the machine's load was; it is printed with them).
# Usage: bench/node-benchmarks.sh [quick]
#   1. bench/comment-load-benchmark.sh 1000 60 20: posts one at a time against the liveness probe, a thread read,
#      20 clients posting for a minute, and the time from a 201 to the comment being searchable under that load;
#   2. bench/congress-week.sh 200 120 1000 1000: live heap per reading UI with 1,000 UIs, then 200 readers with Push
#      while 20 clients post and search for two minutes, again after a restart (warm index).
# "quick" runs both with small numbers (a check that they work, in a few minutes; its figures mean nothing).
# Outputs: target/node-benchmarks-<date>.txt (the comment load) and target/congress-week-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/node-benchmarks-$(date -u +%Y-%m-%d).txt
mkdir -p target
if [ "${1:-}" = quick ]; then
    bench/comment-load-benchmark.sh 50 5 4 | tee "$OUT"
    bench/congress-week.sh 10 10 1000 20
else
    bench/comment-load-benchmark.sh 1000 60 20 | tee "$OUT"
    bench/congress-week.sh 200 120 1000 1000
fi
echo "comment load: $OUT; congress week: target/congress-week-$(date -u +%Y-%m-%d).txt"
