#!/usr/bin/env bash
# The journaled write path on one running server over PostgreSQL: a single-row insert with and
# without its journal entry, a journaled write of the application, then 1, 2, 4 and 8 concurrent
# writers with PostgreSQL's wait events, then the chain verified. See docs/benchmarks.md.
# BENCH_SERVER_DIR and BENCH_WAR measure another build (with BENCH_THROUGHPUT_ONLY=true for one
# without the test-support endpoints).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -DskipITs package
./mvnw -B -q exec:java -Dexec.mainClass=fr.relais.bench.JournalBenchmark \
  -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
  -Drelais.server.dir="${BENCH_SERVER_DIR:-$PWD/target/server}" \
  -Drelais.war="${BENCH_WAR:-$PWD/target/relais.war}" \
  -Dbench.samples="${BENCH_SAMPLES:-1000}" -Dbench.runs="${BENCH_RUNS:-3}" \
  -Dbench.seconds="${BENCH_SECONDS:-10}" -Dbench.warmup-seconds="${BENCH_WARMUP_SECONDS:-90}" \
  -Dbench.throughput-only="${BENCH_THROUGHPUT_ONLY:-false}"
