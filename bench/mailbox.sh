#!/usr/bin/env bash
# The structure's mailbox on one running server over PostgreSQL: 10,000 waiting messages (a third
# with a PDF of 100 KB to 2 MB) filed from the catch-all IMAP mailbox against a plain fetch of the
# same messages, then the inbox and a person's messages with 100,000 messages in the structure.
# See docs/benchmarks.md. The IMAP server runs in the benchmark's JVM and holds the messages in
# memory, hence the heap.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -DskipITs package
MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx14g" ./mvnw -B -q exec:java \
  -Dexec.mainClass=fr.relais.bench.MailboxBenchmark \
  -Dexec.classpathScope=test -Dexec.cleanupDaemonThreads=false \
  -Drelais.server.dir="${BENCH_SERVER_DIR:-$PWD/target/server}" \
  -Drelais.war="${BENCH_WAR:-$PWD/target/relais.war}" \
  -Dbench.mail.messages="${BENCH_MESSAGES:-10000}" \
  -Dbench.samples="${BENCH_SAMPLES:-1000}" -Dbench.runs="${BENCH_RUNS:-3}" \
  -Dbench.warmup-seconds="${BENCH_WARMUP_SECONDS:-90}"
