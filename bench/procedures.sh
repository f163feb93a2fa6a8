#!/usr/bin/env bash
# The daily deadline sweep over 210,000 people (permits, procedures, requests, ADPs, mandates)
# against indexed scans of the same rows, and the structure's procedures by urgency against a
# trivial endpoint, on one running server over PostgreSQL. See docs/benchmarks.md.
# BENCH_SERVER_DIR and BENCH_WAR measure another build.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -DskipITs package
./mvnw -B -q exec:java -Dexec.mainClass=fr.relais.bench.ProceduresBenchmark \
  -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
  -Drelais.server.dir="${BENCH_SERVER_DIR:-$PWD/target/server}" \
  -Drelais.war="${BENCH_WAR:-$PWD/target/relais.war}" \
  -Dbench.samples="${BENCH_SAMPLES:-1000}" -Dbench.runs="${BENCH_RUNS:-3}" \
  -Dbench.warmup-seconds="${BENCH_WARMUP_SECONDS:-90}"
