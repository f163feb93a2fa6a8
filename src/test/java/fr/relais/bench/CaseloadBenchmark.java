package fr.relais.bench;

import fr.relais.it.support.PostgresCluster;
import fr.relais.it.support.WebClient;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Caseload list against a trivial endpoint, on one running server over PostgreSQL: one structure
 * with 10,000 people, twenty others with 200,000 in all. Measures, from one client, the latency of
 * {@code GET /api/v1/me}, of the first caseload page and of deep keyset pages (page 100 and 190 of
 * 50), sorted by name. The four are interleaved request by request, so that whatever drifts during
 * a run (the journal growing, caches, the machine) weighs on all four alike; {@code bench.runs}
 * runs (3), the median reported. Then prints the plan and the buffers read of page 190's query in
 * the row-value form Relais uses and in the OR form it replaced. Run by {@code bench/caseload.sh};
 * results in {@code target/bench/caseload.txt}.
 */
public final class CaseloadBenchmark {

  private static final int SAMPLES = Integer.getInteger("bench.samples", 1000);
  private static final int RUNS = Integer.getInteger("bench.runs", 3);
  private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 90);

  private CaseloadBenchmark() {}

  public static void main(String[] args) throws Exception {
    try (BenchServer s = BenchServer.start(Map.of())) {
      System.out.println("Seeding 10,000 people in one structure and 200,000 in 20 others…");
      Instant seedStart = Instant.now();
      seed(s.pg);
      System.out.println(
          "Seeded in " + Duration.between(seedStart, Instant.now()).toSeconds() + " s");

      WebClient admin = s.signIn("admin.ccas");
      String ccas = (String) BenchServer.json(admin.get(base() + "/api/v1/me")).get("structureId");
      String list = base() + "/api/v1/structures/" + ccas + "/persons?limit=50";
      String page100 = BenchServer.cursorAt(admin, list, 100);
      String page190 = BenchServer.cursorAt(admin, list, 190);

      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String cookie = BenchServer.cookie(admin);
      String[][] targets = {
        {"trivial GET /api/v1/me", base() + "/api/v1/me"},
        {"caseload, first page", list},
        {"caseload, page 100", list + "&after=" + page100},
        {"caseload, page 190", list + "&after=" + page190},
      };
      long warmUntil = System.nanoTime() + Duration.ofSeconds(WARMUP_SECONDS).toNanos();
      while (System.nanoTime() < warmUntil) {
        BenchServer.measure(client, cookie, targets, 20); // until the JIT has settled
      }
      double[][][] runs = new double[RUNS][][];
      for (int run = 0; run < RUNS; run++) {
        runs[run] = BenchServer.measure(client, cookie, targets, SAMPLES);
        System.out.printf(
            "run %d: p50 %.2f / %.2f / %.2f / %.2f ms%n",
            run + 1,
            BenchServer.pct(runs[run][0], 50),
            BenchServer.pct(runs[run][1], 50),
            BenchServer.pct(runs[run][2], 50),
            BenchServer.pct(runs[run][3], 50));
      }
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "one client, PostgreSQL 15, 210,000 people; %d runs of %d interleaved rounds,"
                  + " median of runs%n",
              RUNS, SAMPLES));
      double[][] p = BenchServer.medians(out, targets, runs);
      out.append(
          String.format(
              "ratio first page / trivial: p50 %.2f, p99 %.2f%n",
              p[1][0] / p[0][0], p[1][1] / p[0][1]));
      out.append(
          String.format(
              "ratio page 190 / first page: p50 %.2f, p99 %.2f%n",
              p[3][0] / p[1][0], p[3][1] / p[1][1]));
      out.append('\n').append(plans(s.pg, client, cookie, targets[3][1]));
      System.out.println(out);
      BenchServer.write("caseload.txt", out.toString());
    }
  }

  private static String base() {
    return BenchServer.base();
  }

  /**
   * The SQL Hibernate sends for page 190 (read from PostgreSQL's own statement log), then the plan
   * and buffers of that page's query in the row-value form and in the OR form.
   */
  private static String plans(PostgresCluster pg, HttpClient client, String cookie, String url)
      throws Exception {
    StringBuilder out = new StringBuilder();
    try (Connection c = pg.superuser(PostgresCluster.DATABASE);
        Statement s = c.createStatement()) {
      s.execute("alter system set log_min_duration_statement = 0");
      s.execute("select pg_reload_conf()");
      Thread.sleep(500);
      BenchServer.measure(client, cookie, new String[][] {{"page 190", url}}, 1);
      s.execute("alter system reset log_min_duration_statement");
      s.execute("select pg_reload_conf()");
      String sent =
          Files.readAllLines(pg.logFile()).stream()
              .filter(l -> l.contains("from person") && l.contains("sort_key"))
              .reduce((a, b) -> b)
              .map(l -> l.substring(l.indexOf("select")))
              .orElse("(not found in the log)");
      out.append("SQL sent by Hibernate for a caseload page:\n  ").append(sent).append("\n\n");
      String structure;
      String key;
      String id;
      try (ResultSet rs =
          s.executeQuery(
              "select p.structure_id, p.sort_key, p.id from person p, account a"
                  + " where a.subject = 'admin.ccas' and p.structure_id = a.structure_id"
                  + " order by p.sort_key, p.id offset 9449 limit 1")) {
        rs.next();
        structure = rs.getString(1);
        key = rs.getString(2);
        id = rs.getString(3);
      }
      String head =
          "explain (analyze, buffers, costs off, timing off) select p.* from person p"
              + " where p.structure_id = ?::uuid and ";
      String tail = " order by p.sort_key, p.id limit 51";
      for (String[] form :
          List.of(
              new String[] {"row value (Relais)", "(p.sort_key, p.id) > (?, ?::uuid)"},
              new String[] {
                "OR of two conditions (before)",
                "(p.sort_key > ? or (p.sort_key = ? and p.id > ?::uuid))"
              })) {
        out.append("page 190, ").append(form[0]).append(":\n");
        try (PreparedStatement ps = c.prepareStatement(head + form[1] + tail)) {
          ps.setString(1, structure);
          ps.setString(2, key);
          if (form[1].startsWith("(p.sort_key, p.id)")) {
            ps.setString(3, id);
          } else {
            ps.setString(3, key);
            ps.setString(4, id);
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.append("  ").append(rs.getString(1)).append('\n');
            }
          }
        }
      }
    }
    return out.toString();
  }

  static void seed(PostgresCluster pg) throws Exception {
    try (Connection c = pg.superuser(PostgresCluster.DATABASE);
        Statement s = c.createStatement()) {
      s.execute(
          "insert into structure (id, name, type, siret, accreditation_status, accredited_departments,"
              + " accredited_from, accredited_until, created_at, version)"
              + " select gen_random_uuid(), 'Structure ' || g, 'OTHER', lpad(g::text, 14, '9'),"
              + " 'ACCREDITED', '33', current_date - 1, current_date + 365, now(), 0"
              + " from generate_series(1, 20) g");
      String names =
          "(array['Benali','Diallo','Nguyen','Haddad','Kowalski','Traore','Ahmadi','Popescu',"
              + "'Silva','Okafor','Mensah','Rahimi','Ivanova','Bamba','Cisse','Yilmaz'])";
      String firsts =
          "(array['Aicha','Mamadou','Fatoumata','Yusuf','Mariam','Ibrahim','Leila','Amina',"
              + "'Samir','Nadia','Hamza','Zeynep','Moussa','Khadija','Ali','Binta','Omar'])";
      // 10,000 in the CCAS, followed by its first social worker.
      s.execute(
          "insert into person (id, structure_id, last_name, first_names, birth_date, sort_key,"
              + " ase_minor, protected, created_at, version)"
              + " select gen_random_uuid(), (select structure_id from account where subject = 'admin.ccas'),"
              + " n.l, n.f || ' ' || g, date '1970-01-01' + (g % 15000), lower(n.l || ' ' || n.f || ' ' || g),"
              + " false, false, now(), 0 from generate_series(1, 10000) g,"
              + " lateral (select "
              + names
              + "[1 + g % 16] as l, "
              + firsts
              + "[1 + g % 17] as f) n");
      // 200,000 spread over the twenty other structures.
      s.execute(
          "insert into person (id, structure_id, last_name, first_names, birth_date, sort_key,"
              + " ase_minor, protected, created_at, version)"
              + " select gen_random_uuid(), st.id, n.l, n.f || ' ' || g, date '1970-01-01' + (g % 15000),"
              + " lower(n.l || ' ' || n.f || ' ' || g), false, false, now(), 0"
              + " from generate_series(1, 200000) g,"
              + " lateral (select id from structure where name = 'Structure ' || (1 + g % 20)) st,"
              + " lateral (select "
              + names
              + "[1 + g % 16] as l, "
              + firsts
              + "[1 + g % 17] as f) n");
      s.execute(
          "insert into caseload_assignment (person_id, account_id, assigned_at, assigned_by)"
              + " select p.id, a.id, now(), a.id from person p, account a"
              + " where a.subject = 'ts1.ccas' and p.structure_id = a.structure_id"
              + " on conflict do nothing"); // the demo's Madame B is on that caseload already
      s.execute("analyze");
    }
  }
}
