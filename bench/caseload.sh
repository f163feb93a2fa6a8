#!/usr/bin/env bash
# Caseload list against a trivial endpoint on one running server over PostgreSQL
# (10,000 people in the measured structure, 200,000 in twenty others). See docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -DskipITs package
./mvnw -B -q exec:java -Dexec.mainClass=fr.relais.bench.CaseloadBenchmark \
  -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
  -Drelais.server.dir="$PWD/target/server" -Drelais.war="$PWD/target/relais.war" \
  -Dbench.samples="${BENCH_SAMPLES:-1000}"
