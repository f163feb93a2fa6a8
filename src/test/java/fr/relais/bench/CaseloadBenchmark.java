package fr.relais.bench;

import fr.relais.it.support.PostgresCluster;
import fr.relais.it.support.WebClient;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * Caseload list against a trivial endpoint, on one running server over PostgreSQL: one structure
 * with 10,000 people, twenty others with 200,000 in all. Measures, from one client, the latency of
 * {@code GET /api/v1/me}, of the first caseload page and of deep keyset pages (page 100 and 190 of
 * 50), sorted by name, and prints p50/p99 and their ratios. Run by {@code bench/caseload.sh};
 * results are written to {@code target/bench/caseload.txt}.
 */
public final class CaseloadBenchmark {

  private static final int HTTP = 38080;
  private static final int MANAGEMENT = 39990;
  private static final int OIDC = 38089;
  private static final int PG = 35432;
  private static final int SAMPLES = Integer.getInteger("bench.samples", 1000);

  private CaseloadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path server =
        Path.of(System.getProperty("relais.server.dir", "target/server")).toAbsolutePath();
    Path war = Path.of(System.getProperty("relais.war", "target/relais.war")).toAbsolutePath();
    String issuer = "http://localhost:" + OIDC + "/relais-staff";
    Process wildfly = null;
    MockOAuth2Server provider =
        new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));
    try (PostgresCluster pg = PostgresCluster.start(PG)) {
      provider.start(InetAddress.getByName("127.0.0.1"), OIDC);
      Path deployments = server.resolve("standalone/deployments");
      Files.createDirectories(deployments);
      Files.copy(war, deployments.resolve("relais.war"), StandardCopyOption.REPLACE_EXISTING);
      Path data = server.getParent().resolve("bench-data");
      ProcessBuilder b =
          new ProcessBuilder(
                  server.resolve("bin/standalone.sh").toString(),
                  "-Djboss.bind.address=127.0.0.1",
                  "-Djboss.bind.address.management=127.0.0.1",
                  "-Djboss.http.port=" + HTTP,
                  "-Djboss.https.port=38443",
                  "-Djboss.management.http.port=" + MANAGEMENT,
                  "-Djboss.management.https.port=39993",
                  "-Djboss.server.data.dir=" + data)
              .redirectErrorStream(true)
              .redirectOutput(server.getParent().resolve("bench-server.log").toFile());
      Map<String, String> env = b.environment();
      env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
      env.put("RELAIS_PUBLIC_URL", "http://localhost:" + HTTP);
      env.put("RELAIS_OIDC_PROVIDERS", "staff");
      env.put("RELAIS_OIDC_STAFF_DISCOVERY_URL", issuer + "/.well-known/openid-configuration");
      env.put("RELAIS_OIDC_STAFF_CLIENT_ID", "relais");
      env.put("RELAIS_OIDC_STAFF_CLIENT_SECRET", "bench");
      env.put("RELAIS_DEMO_ENABLED", "true");
      env.put("RELAIS_DEMO_PEOPLE_PER_STRUCTURE", "0");
      env.put("RELAIS_DEMO_ISSUER", issuer);
      env.put("RELAIS_REMINDERS_INTERVAL_MINUTES", "0");
      env.put("RELAIS_DB_DRIVER", "postgresql");
      env.put("RELAIS_DB_URL", pg.jdbcUrl());
      env.put("RELAIS_DB_USER", PostgresCluster.APP);
      env.put("RELAIS_DB_PASSWORD", PostgresCluster.APP_PASSWORD);
      env.put("RELAIS_DB_MIGRATION_USER", PostgresCluster.OWNER);
      env.put("RELAIS_DB_MIGRATION_PASSWORD", PostgresCluster.OWNER_PASSWORD);
      wildfly = b.start();
      awaitReady();

      System.out.println("Seeding 10,000 people in one structure and 200,000 in 20 others…");
      Instant seedStart = Instant.now();
      seed(pg);
      System.out.println(
          "Seeded in " + Duration.between(seedStart, Instant.now()).toSeconds() + " s");

      WebClient admin = signIn("admin.ccas");
      String ccas = (String) json(admin.get(base() + "/api/v1/me")).get("structureId");
      String list = base() + "/api/v1/structures/" + ccas + "/persons?limit=50";
      String page100 = cursorAt(admin, list, 100);
      String page190 = cursorAt(admin, list, 190);

      HttpClient client = HttpClient.newHttpClient();
      String cookie = "JSESSIONID=" + admin.cookie("localhost:" + HTTP, "JSESSIONID").orElseThrow();
      String[][] targets = {
        {"trivial GET /api/v1/me", base() + "/api/v1/me"},
        {"caseload, first page", list},
        {"caseload, page 100", list + "&after=" + page100},
        {"caseload, page 190", list + "&after=" + page190},
      };
      for (String[] t : targets) {
        measure(client, cookie, t[1], 200); // warm-up
      }
      StringBuilder out = new StringBuilder();
      out.append(
          String.format(
              "samples per endpoint: %d, one client, PostgreSQL 15, 210,000 people%n", SAMPLES));
      double[][] results = new double[targets.length][];
      for (int i = 0; i < targets.length; i++) {
        results[i] = measure(client, cookie, targets[i][1], SAMPLES);
        out.append(
            String.format(
                "%-26s p50 %6.2f ms   p99 %6.2f ms%n",
                targets[i][0], pct(results[i], 50), pct(results[i], 99)));
      }
      out.append(
          String.format(
              "ratio first page / trivial: p50 %.2f, p99 %.2f%n",
              pct(results[1], 50) / pct(results[0], 50),
              pct(results[1], 99) / pct(results[0], 99)));
      out.append(
          String.format(
              "ratio page 190 / first page: p50 %.2f, p99 %.2f%n",
              pct(results[3], 50) / pct(results[1], 50),
              pct(results[3], 99) / pct(results[1], 99)));
      System.out.println(out);
      Path result = Path.of("target/bench/caseload.txt");
      Files.createDirectories(result.getParent());
      Files.writeString(result, out.toString());
    } finally {
      if (wildfly != null) {
        wildfly.toHandle().descendants().forEach(ProcessHandle::destroy);
        wildfly.destroy();
        wildfly.waitFor();
      }
      provider.shutdown();
      Files.deleteIfExists(server.resolve("standalone/deployments/relais.war"));
      Files.deleteIfExists(server.resolve("standalone/deployments/relais.war.deployed"));
    }
  }

  private static String base() {
    return "http://localhost:" + HTTP;
  }

  private static void seed(PostgresCluster pg) throws Exception {
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
              + " where a.subject = 'ts1.ccas' and p.structure_id = a.structure_id");
      s.execute("analyze");
    }
  }

  private static String cursorAt(WebClient web, String list, int page) throws Exception {
    String after = null;
    for (int i = 1; i < page; i++) {
      Map<String, Object> r = json(web.get(list + (after == null ? "" : "&after=" + after)));
      after = (String) r.get("next");
    }
    return after;
  }

  private static double[] measure(HttpClient client, String cookie, String url, int n)
      throws Exception {
    double[] ms = new double[n];
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build();
    for (int i = 0; i < n; i++) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
      ms[i] = (System.nanoTime() - t0) / 1e6;
      if (r.statusCode() != 200) {
        throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
      }
    }
    Arrays.sort(ms);
    return ms;
  }

  private static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  private static WebClient signIn(String username) throws Exception {
    WebClient web = new WebClient();
    HttpResponse<String> start = web.get(base() + "/auth/login?provider=staff");
    String authorize = WebClient.location(start);
    web.get(authorize);
    HttpResponse<String> back =
        web.postForm(authorize, Map.of("username", username, "claims", "{}"));
    web.get(WebClient.location(back));
    return web;
  }

  private static void awaitReady() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + MANAGEMENT + "/health/ready"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("relais.war\":\"OK")) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("server not ready");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(HttpResponse<String> r) throws Exception {
    return com.nimbusds.jose.util.JSONObjectUtils.parse(r.body());
  }
}
