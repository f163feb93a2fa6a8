package fr.relais.bench;

import fr.relais.it.support.PostgresCluster;
import fr.relais.it.support.WebClient;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The deadline engine and the list by urgency, on one running server over PostgreSQL: 210,000
 * people (10,000 in the CCAS), a permit each, 250,000 procedures, 100,000 open requests for
 * documents, 100,000 ADPs, due dates spread over two years.
 *
 * <ol>
 *   <li>The first sweep (nothing fired before: every step due in the catch-up window), then, the
 *       shared clock moved one day at a time, {@code bench.runs} daily sweeps: wall time of {@code
 *       POST /test-support/reminders/sweep} and steps fired; against the same day's indexed range
 *       scans of the rows the sweep reads (one {@code count(*)} per kind over its widest window),
 *       timed over JDBC.
 *   <li>{@code GET /api/v1/me}, the first page and page 100 of the CCAS's procedures by urgency
 *       ({@code GET /structures/{id}/procedures?limit=50}), interleaved request by request, median
 *       of {@code bench.runs} runs.
 * </ol>
 *
 * Run by {@code bench/procedures.sh}; results in {@code target/bench/procedures.txt}.
 */
public final class ProceduresBenchmark {

  private static final int SAMPLES = Integer.getInteger("bench.samples", 1000);
  private static final int RUNS = Integer.getInteger("bench.runs", 3);
  private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 90);

  private ProceduresBenchmark() {}

  public static void main(String[] args) throws Exception {
    try (BenchServer s = BenchServer.start(Map.of("RELAIS_CLOCK_CONTROL_ENABLED", "true"))) {
      System.out.println("Seeding 210,000 people, their permits, procedures, requests, ADPs…");
      Instant seedStart = Instant.now();
      CaseloadBenchmark.seed(s.pg);
      seed(s.pg);
      System.out.println(
          "Seeded in " + Duration.between(seedStart, Instant.now()).toSeconds() + " s");
      StringBuilder out = new StringBuilder();
      out.append(counts(s.pg));

      WebClient operator = s.signIn("operateur");
      String sweep = BenchServer.base() + "/api/v1/test-support/reminders/sweep";
      double first = timed(() -> post(operator, sweep));
      String firstFired = lastBody;
      out.append(String.format("first sweep (catch-up): %.0f ms, %s%n", first, firstFired));
      double[] daily = new double[RUNS];
      double[] scans = new double[RUNS];
      WebClient op = operator;
      for (int run = 0; run < RUNS; run++) {
        shift(op, run + 1);
        op = s.signIn("operateur"); // a session does not survive the clock moving a day
        WebClient now = op;
        daily[run] = timed(() -> post(now, sweep));
        String fired = lastBody;
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(run + 1);
        scans[run] = scan(s.pg, today);
        out.append(
            String.format(
                "day %d: sweep %.0f ms (%s); indexed scans of the same rows %.1f ms%n",
                run + 1, daily[run], fired, scans[run]));
      }
      double sweepMedian = BenchServer.median(daily);
      double scanMedian = BenchServer.median(scans);
      out.append(
          String.format(
              "daily sweep, median of %d: %.0f ms; scans %.1f ms; ratio %.1f%n",
              RUNS, sweepMedian, scanMedian, sweepMedian / scanMedian));
      shift(op, 0);

      WebClient admin = s.signIn("admin.ccas");
      String ccas = (String) BenchServer.json(admin.get(base() + "/api/v1/me")).get("structureId");
      String list = base() + "/api/v1/structures/" + ccas + "/procedures?limit=50";
      String page100 = BenchServer.cursorAt(admin, list, 100);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String cookie = BenchServer.cookie(admin);
      String[][] targets = {
        {"trivial GET /api/v1/me", base() + "/api/v1/me"},
        {"by urgency, first page", list},
        {"by urgency, page 100", list + "&after=" + page100},
      };
      long warmUntil = System.nanoTime() + Duration.ofSeconds(WARMUP_SECONDS).toNanos();
      while (System.nanoTime() < warmUntil) {
        BenchServer.measure(client, cookie, targets, 20);
      }
      double[][][] runs = new double[RUNS][][];
      for (int run = 0; run < RUNS; run++) {
        runs[run] = BenchServer.measure(client, cookie, targets, SAMPLES);
        System.out.printf(
            "run %d: p50 %.2f / %.2f / %.2f ms%n",
            run + 1,
            BenchServer.pct(runs[run][0], 50),
            BenchServer.pct(runs[run][1], 50),
            BenchServer.pct(runs[run][2], 50));
      }
      out.append(
          String.format(
              "by urgency, one client, %d runs of %d interleaved rounds, median of runs%n",
              RUNS, SAMPLES));
      double[][] p = BenchServer.medians(out, targets, runs);
      out.append(
          String.format(
              "ratio first page / trivial: p50 %.2f, p99 %.2f%n",
              p[1][0] / p[0][0], p[1][1] / p[0][1]));
      out.append(
          String.format(
              "ratio page 100 / first page: p50 %.2f, p99 %.2f%n",
              p[2][0] / p[1][0], p[2][1] / p[1][1]));
      System.out.println(out);
      BenchServer.write("procedures.txt", out.toString());
    }
  }

  private static String lastBody;

  private interface Call {
    void run() throws Exception;
  }

  private static double timed(Call c) throws Exception {
    long t0 = System.nanoTime();
    c.run();
    return (System.nanoTime() - t0) / 1e6;
  }

  /** Over HTTP/1.1 (a long request must not meet an HTTP/2 connection's idle timeout). */
  private static void post(WebClient w, String url) throws Exception {
    HttpResponse<String> r =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .header("Cookie", BenchServer.cookie(w))
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofMinutes(20))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(""))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
    }
    lastBody = String.valueOf(BenchServer.json(r).get("fired"));
  }

  private static void shift(WebClient operator, long days) throws Exception {
    HttpResponse<String> r =
        operator.json(
            "PUT", base() + "/api/v1/test-support/clock", Map.of("offsetSeconds", days * 86400));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("clock answered " + r.statusCode() + ": " + r.body());
    }
  }

  private static String base() {
    return BenchServer.base();
  }

  /** The same day's indexed range scans of what the sweep reads, one per kind, in ms. */
  private static double scan(PostgresCluster pg, LocalDate today) throws Exception {
    String[] queries = {
      "select count(*) from residence_permit where replaced_on is null"
          + " and window_closes_on > date '%1$s' - 31 and window_closes_on <= date '%1$s' + 60",
      "select count(*) from document_request where status = 'OPEN'"
          + " and due_on > date '%1$s' - 30 and due_on <= date '%1$s' + 10",
      "select count(*) from attestation where kind = 'ADP' and superseded_on is null"
          + " and valid_until > date '%1$s' - 31 and valid_until <= date '%1$s' + 30",
      "select count(*) from mandate where status = 'ACTIVE'"
          + " and ends_on > date '%1$s' and ends_on <= date '%1$s' + 30",
    };
    double total = 0;
    try (Connection c = pg.superuser(PostgresCluster.DATABASE);
        Statement st = c.createStatement()) {
      for (String q : queries) {
        String sql = String.format(q, today);
        st.executeQuery(sql).close(); // warm
        long t0 = System.nanoTime();
        try (ResultSet rs = st.executeQuery(sql)) {
          rs.next();
        }
        total += (System.nanoTime() - t0) / 1e6;
      }
    }
    return total;
  }

  private static String counts(PostgresCluster pg) throws Exception {
    StringBuilder out = new StringBuilder();
    try (Connection c = pg.superuser(PostgresCluster.DATABASE);
        Statement st = c.createStatement()) {
      for (String table :
          new String[] {
            "person", "residence_permit", "person_procedure", "document_request", "attestation"
          }) {
        try (ResultSet rs = st.executeQuery("select count(*) from " + table)) {
          rs.next();
          out.append(String.format("%-18s %,d rows%n", table, rs.getLong(1)));
        }
      }
    }
    return out.toString();
  }

  /**
   * A permit for everyone (expiry spread over two years), 250,000 procedures (two for each CCAS
   * person, on ts1.ccas), 100,000 open requests and 100,000 ADPs, due dates spread.
   */
  private static void seed(PostgresCluster pg) throws Exception {
    try (Connection c = pg.superuser(PostgresCluster.DATABASE);
        Statement s = c.createStatement()) {
      s.execute(
          "insert into residence_permit (id, person_id, structure_id, permit_type, expires_on,"
              + " window_opens_on, window_closes_on, filed_online, recorded_at)"
              + " select gen_random_uuid(), p.id, p.structure_id, 'Carte de séjour temporaire',"
              + " current_date + d, current_date + d - 120, current_date + d - 60, (d % 2 = 0), now()"
              + " from (select id, structure_id, (abs(hashtext(id::text)) % 730) as d from person) p");
      s.execute(
          "insert into person_procedure (id, person_id, structure_id, type_code, channel,"
              + " responsible_id, status, status_on, filed_on, event_count, next_due_on,"
              + " created_by, created_at, version)"
              + " select gen_random_uuid(), p.id, p.structure_id, 'DUPLICATA', 'ANEF',"
              + " a.id, 'FILED', current_date - 30, current_date - 30, 1, date '9999-12-31',"
              + " a.id, now(), 0"
              + " from person p cross join generate_series(1, 2) k,"
              + " (select id from account where subject = 'ts1.ccas') a"
              + " where p.structure_id = (select structure_id from account where subject = 'admin.ccas')");
      s.execute(
          "insert into person_procedure (id, person_id, structure_id, type_code, channel,"
              + " responsible_id, status, status_on, filed_on, event_count, next_due_on,"
              + " created_by, created_at, version)"
              + " select gen_random_uuid(), p.id, p.structure_id, 'DUPLICATA', 'ANEF',"
              + " a.id, 'FILED', current_date - 30, current_date - 30, 1, date '9999-12-31',"
              + " a.id, now(), 0"
              + " from (select id, structure_id from person where structure_id <>"
              + " (select structure_id from account where subject = 'admin.ccas') limit 230000) p,"
              + " (select id from account where subject = 'ts1.ccas') a");
      s.execute(
          "insert into document_request (id, procedure_id, person_id, structure_id, requested_on,"
              + " due_on, source, status, created_at, version)"
              + " select gen_random_uuid(), x.id, x.person_id, x.structure_id, current_date - 5,"
              + " current_date + (abs(hashtext(x.id::text)) % 365) - 20, 'MEMBER', 'OPEN', now(), 0"
              + " from (select * from person_procedure order by id limit 100000) x");
      s.execute(
          "update person_procedure x set status = 'DOCUMENTS_REQUESTED', next_due_on = r.due_on"
              + " from document_request r where r.procedure_id = x.id");
      s.execute(
          "insert into attestation (id, procedure_id, person_id, structure_id, kind, issued_on,"
              + " valid_until, allows_work, recorded_at)"
              + " select gen_random_uuid(), x.id, x.person_id, x.structure_id, 'ADP',"
              + " current_date - 60, current_date + (abs(hashtext(x.id::text)) % 120), true, now()"
              + " from (select * from person_procedure order by id desc limit 100000) x");
      s.execute(
          "update person_procedure x set next_due_on = least(x.next_due_on, a.valid_until)"
              + " from attestation a where a.procedure_id = x.id");
      s.execute("analyze");
    }
  }
}
