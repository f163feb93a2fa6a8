#!/usr/bin/env bash
# Opening a protected file (sealed contact decrypted) against an ordinary one, and the
# rotation of the vault master key over 100,000 data keys. See docs/benchmarks.md.
# BENCH_SERVER_DIR and BENCH_WAR measure another build.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -DskipITs package
./mvnw -B -q exec:java -Dexec.mainClass=fr.relais.bench.ShieldingBenchmark \
  -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
  -Drelais.server.dir="${BENCH_SERVER_DIR:-$PWD/target/server}" \
  -Drelais.war="${BENCH_WAR:-$PWD/target/relais.war}" \
  -Dbench.samples="${BENCH_SAMPLES:-1000}" -Dbench.runs="${BENCH_RUNS:-3}" \
  -Dbench.warmup-seconds="${BENCH_WARMUP_SECONDS:-90}" \
  -Dbench.data-keys="${BENCH_DATA_KEYS:-100000}"
