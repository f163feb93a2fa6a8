package fr.relais.bench;

import fr.relais.it.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The journaled write path on one server over PostgreSQL (docs/benchmarks.md):
 *
 * <ol>
 *   <li>latency, one client, interleaved request by request after a warm-up: a plain single-row
 *       insert request ({@code POST /api/v1/test-support/plain-writes}, which exists only where
 *       clock control does), the same insert with its journal entry recorded through the one
 *       journal API ({@code …/journaled-writes}), and a journaled write of the application
 *       (recording a new person, {@code POST /api/v1/structures/{id}/persons});
 *   <li>throughput of the same journaled write from 1, 2, 4 and 8 concurrent clients, each with its
 *       own session, with PostgreSQL's wait events sampled every 50 ms;
 *   <li>afterwards, the chain: every entry sealed, no gap, no fork, verified.
 * </ol>
 *
 * Each measurement is run {@code bench.runs} times (3) and the median reported. Run by {@code
 * bench/journal.sh}; results in {@code target/bench/journal.txt}.
 */
public final class JournalBenchmark {

  private static final int SAMPLES = Integer.getInteger("bench.samples", 1000);
  private static final int RUNS = Integer.getInteger("bench.runs", 3);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
  private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 90);

  /** Only the concurrent writers, so that an older build can be measured the same way. */
  private static final boolean THROUGHPUT_ONLY = Boolean.getBoolean("bench.throughput-only");

  private static final int[] CLIENTS = {1, 2, 4, 8};
  private static final AtomicLong PEOPLE = new AtomicLong();

  /** How often PostgreSQL's wait events are sampled during a load. */
  private static final int SAMPLE_MILLIS = 50;

  private JournalBenchmark() {}

  public static void main(String[] args) throws Exception {
    try (BenchServer s = BenchServer.start(Map.of("RELAIS_CLOCK_CONTROL_ENABLED", "true"))) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      WebClient admin = s.signIn("ts1.ccas"); // a social worker: who records a person follows them
      String cookie = BenchServer.cookie(admin);
      String ccas =
          (String)
              BenchServer.json(admin.get(BenchServer.base() + "/api/v1/me")).get("structureId");
      String persons = BenchServer.base() + "/api/v1/structures/" + ccas + "/persons";
      String plain = BenchServer.base() + "/api/v1/test-support/plain-writes";
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "PostgreSQL 15, one WildFly, %d runs (median reported), %d samples each%n",
              RUNS, SAMPLES));

      // 1. Latency: the same single-row insert with and without its journal entry, and a real
      // journaled write of the application, interleaved request by request after a warm-up long
      // enough for the JIT to settle.
      if (!THROUGHPUT_ONLY) {
        String journaledPlain = BenchServer.base() + "/api/v1/test-support/journaled-writes";
        long warmUntil = System.nanoTime() + Duration.ofSeconds(WARMUP_SECONDS).toNanos();
        while (System.nanoTime() < warmUntil) {
          send(http, cookie, plain, "");
          send(http, cookie, journaledPlain, "");
          send(http, cookie, persons, personJson(0));
        }
        double[][] figures = new double[RUNS][];
        for (int run = 0; run < RUNS; run++) {
          double[] base = new double[SAMPLES];
          double[] journaled = new double[SAMPLES];
          double[] person = new double[SAMPLES];
          for (int i = 0; i < SAMPLES; i++) {
            base[i] = send(http, cookie, plain, "");
            journaled[i] = send(http, cookie, journaledPlain, "");
            person[i] = send(http, cookie, persons, personJson(0));
          }
          Arrays.sort(base);
          Arrays.sort(journaled);
          Arrays.sort(person);
          figures[run] =
              new double[] {
                BenchServer.pct(base, 50),
                BenchServer.pct(base, 99),
                BenchServer.pct(journaled, 50),
                BenchServer.pct(journaled, 99),
                BenchServer.pct(person, 50),
                BenchServer.pct(person, 99)
              };
          System.out.printf(
              "run %d: plain p50 %.2f, journaled plain p50 %.2f, new person p50 %.2f%n",
              run + 1, figures[run][0], figures[run][2], figures[run][4]);
        }
        String[] names = {
          "plain single-row insert", "the same insert, journaled", "new person (journaled)"
        };
        for (int i = 0; i < names.length; i++) {
          out.append(
              String.format(
                  "%-30s p50 %6.2f ms   p99 %6.2f ms%n",
                  names[i], median(figures, 2 * i), median(figures, 2 * i + 1)));
        }
        out.append(
            String.format(
                "ratio journaled / plain, same insert: p50 %.2f, p99 %.2f (median of runs)%n",
                medianRatio(figures, 2, 0), medianRatio(figures, 3, 1)));
        out.append(
            String.format(
                "ratio new person / plain insert:      p50 %.2f, p99 %.2f (median of runs)%n",
                medianRatio(figures, 4, 0), medianRatio(figures, 5, 1)));
      }

      // 2. Throughput from concurrent clients, with PostgreSQL's wait events.
      List<String> cookies = new ArrayList<>();
      for (int c = 0; c < CLIENTS[CLIENTS.length - 1]; c++) {
        cookies.add(BenchServer.cookie(s.signIn("ts1.ccas")));
      }
      out.append(
          String.format(
              "%nconcurrent journaled writes, %d s per run:%n"
                  + "clients  req/s (median)  runs               lock waits (Lock)  LWLock  active backends%n",
              SECONDS));
      double oneClient = 0;
      double twoClients = 0;
      for (int clients : CLIENTS) {
        double[] rates = new double[RUNS];
        double[][] waits = new double[RUNS][];
        for (int run = 0; run < RUNS; run++) {
          Load load = load(s, http, persons, cookies.subList(0, clients), SECONDS);
          rates[run] = load.perSecond;
          waits[run] = load.waits;
        }
        double rate = BenchServer.median(rates);
        if (clients == 1) {
          oneClient = rate;
        } else if (clients == 2) {
          twoClients = rate;
        }
        out.append(
            String.format(
                "%7d  %14.0f  %-17s  %8.1f ms/s     %6.1f  %6.2f%n",
                clients,
                rate,
                Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()),
                median(waits, 0),
                median(waits, 1),
                median(waits, 2)));
      }
      out.append(
          String.format(
              "ratio 2 clients / 1 client: %.2f%n", twoClients / Math.max(oneClient, 1e-9)));

      // 3. The chain afterwards.
      if (!THROUGHPUT_ONLY) {
        out.append("\n").append(awaitSealedAndVerify(s, admin)).append('\n');
      }
      System.out.println(out);
      BenchServer.write("journal.txt", out.toString());
    }
  }

  private static String personJson(int client) {
    long n = PEOPLE.incrementAndGet();
    return "{\"lastName\":\"Banc\",\"firstNames\":\"Essai "
        + client
        + " "
        + n
        + "\",\"birthDate\":\"1980-01-01\",\"contact\":{\"domiciledAtStructure\":true}}";
  }

  /** Milliseconds for one request, which must succeed. */
  private static double send(HttpClient http, String cookie, String url, String json)
      throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", cookie)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    long t0 = System.nanoTime();
    HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
    double ms = (System.nanoTime() - t0) / 1e6;
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          url + " answered " + response.statusCode() + ": " + response.body());
    }
    return ms;
  }

  private record Load(double perSecond, double[] waits) {}

  /**
   * {@code clients} threads write for {@code seconds} after a one-second warm-up, while another
   * connection samples {@code pg_stat_activity}: waits are reported as milliseconds of backend time
   * spent waiting per second of run (Lock: heavyweight locks such as row locks; LWLock), and the
   * mean number of active backends.
   */
  private static Load load(
      BenchServer s, HttpClient http, String url, List<String> cookies, int seconds)
      throws Exception {
    AtomicBoolean counting = new AtomicBoolean(false);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong done = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(cookies.size());
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < cookies.size(); c++) {
      String cookie = cookies.get(c);
      int client = c + 1;
      workers.add(
          pool.submit(
              () -> {
                while (running.get()) {
                  send(http, cookie, url, personJson(client));
                  if (counting.get()) {
                    done.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    Thread.sleep(WARMUP_SECONDS > 10 ? 3000 : 1000);
    long lock = 0;
    long lw = 0;
    long active = 0;
    long samples = 0;
    try (Connection c = s.pg.superuser("relais");
        Statement st = c.createStatement()) {
      counting.set(true);
      long start = System.nanoTime();
      long end = start + Duration.ofSeconds(seconds).toNanos();
      while (System.nanoTime() < end) {
        try (ResultSet rs =
            st.executeQuery(
                "select count(*) filter (where wait_event_type = 'Lock'),"
                    + " count(*) filter (where wait_event_type = 'LWLock'),"
                    + " count(*) filter (where state = 'active')"
                    + " from pg_stat_activity where datname = 'relais'"
                    + " and backend_type = 'client backend' and pid <> pg_backend_pid()")) {
          rs.next();
          lock += rs.getLong(1);
          lw += rs.getLong(2);
          active += rs.getLong(3);
          samples++;
        }
        Thread.sleep(SAMPLE_MILLIS);
      }
      counting.set(false);
      double elapsed = (System.nanoTime() - start) / 1e9;
      running.set(false);
      for (Future<?> f : workers) {
        f.get();
      }
      pool.shutdown();
      double sampleMs = elapsed * 1000 / samples;
      return new Load(
          done.get() / elapsed,
          new double[] {
            lock * sampleMs / elapsed, lw * sampleMs / elapsed, (double) active / samples
          });
    }
  }

  /** Waits for the sealer, then verifies the whole chain through the operator's check. */
  private static String awaitSealedAndVerify(BenchServer s, WebClient admin) throws Exception {
    try (Connection c = s.pg.superuser("relais");
        Statement st = c.createStatement()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      long pending;
      do {
        Thread.sleep(200);
        try (ResultSet rs =
            st.executeQuery(
                "select (select count(*) from journal_entry e, journal_sealer s"
                    + " where e.seq > s.last_entry_seq) + (select count(*) from journal_entry e,"
                    + " journal_gap g where e.seq = g.seq)")) {
          rs.next();
          pending = rs.getLong(1);
        }
      } while (pending > 0 && System.nanoTime() < deadline);
      try (ResultSet rs =
          st.executeQuery(
              "select (select count(*) from journal_entry),"
                  + " (select count(*) from journal_seal),"
                  + " (select max(position) from journal_seal),"
                  + " (select count(distinct entry_seq) from journal_seal),"
                  + " (select count(*) from journal_entry e where not exists"
                  + " (select 1 from journal_seal s where s.entry_seq = e.seq))")) {
        rs.next();
        String counts =
            String.format(
                "after the run: %d entries, %d seals, last position %d, %d distinct entries"
                    + " sealed, %d unsealed",
                rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        if (rs.getLong(1) != rs.getLong(2)
            || rs.getLong(2) != rs.getLong(3)
            || rs.getLong(3) != rs.getLong(4)
            || rs.getLong(5) != 0) {
          throw new IllegalStateException("the chain is not whole: " + counts);
        }
        WebClient operator = s.signIn("operateur");
        HttpResponse<String> verification =
            operator.get(BenchServer.base() + "/api/v1/journal/verification");
        if (verification.statusCode() != 200
            || !Boolean.TRUE.equals(BenchServer.json(verification).get("intact"))) {
          throw new IllegalStateException("verification failed: " + verification.body());
        }
        return counts + "; verification: intact";
      }
    }
  }

  private static double median(double[][] runs, int column) {
    return BenchServer.median(Arrays.stream(runs).mapToDouble(r -> r[column]).toArray());
  }

  private static double medianRatio(double[][] runs, int a, int b) {
    return BenchServer.median(Arrays.stream(runs).mapToDouble(r -> r[a] / r[b]).toArray());
  }
}
