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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * What every benchmark runs against: a throw-away PostgreSQL 15 cluster (owner and application
 * roles as in production, {@code fsync} on), the local OpenID provider and one WildFly with Relais,
 * on ports of their own, with the demonstration accounts and no demonstration people. Closing stops
 * all three.
 */
final class BenchServer implements AutoCloseable {

  static final int HTTP = 38080;
  static final int MANAGEMENT = 39990;
  static final int OIDC = 38089;
  static final int PG = 35432;

  final PostgresCluster pg;
  private final MockOAuth2Server provider;
  private final Process wildfly;
  private final Path server;

  private BenchServer(PostgresCluster pg, MockOAuth2Server provider, Process wildfly, Path server) {
    this.pg = pg;
    this.provider = provider;
    this.wildfly = wildfly;
    this.server = server;
  }

  /** Starts everything; {@code extraEnv} adds to or overrides the server's environment. */
  static BenchServer start(Map<String, String> extraEnv) throws Exception {
    Path server =
        Path.of(System.getProperty("relais.server.dir", "target/server")).toAbsolutePath();
    Path war = Path.of(System.getProperty("relais.war", "target/relais.war")).toAbsolutePath();
    String issuer = "http://localhost:" + OIDC + "/relais-staff";
    PostgresCluster pg = PostgresCluster.start(PG, true); // fsync on, as in production
    MockOAuth2Server provider = fr.relais.it.support.StaffProvider.create();
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
    // The heap the test server gets, not the distribution's 512 MiB default.
    env.put("JBOSS_JAVA_SIZING", "-Xms1g -Xmx1536m");
    env.put("RELAIS_PUBLIC_URL", "http://localhost:" + HTTP);
    env.put("RELAIS_OIDC_PROVIDERS", "staff");
    env.put("RELAIS_OIDC_STAFF_DISCOVERY_URL", issuer + "/.well-known/openid-configuration");
    env.put("RELAIS_OIDC_STAFF_CLIENT_ID", "relais");
    env.put("RELAIS_OIDC_STAFF_CLIENT_SECRET", "bench");
    env.put("RELAIS_DEMO_ENABLED", "true");
    env.put("RELAIS_VAULT_DEVELOPMENT_KEYSTORE", "true");
    env.put("RELAIS_DEMO_PEOPLE_PER_STRUCTURE", "0");
    env.put("RELAIS_DEMO_ISSUER", issuer);
    env.put("RELAIS_REMINDERS_INTERVAL_MINUTES", "0");
    env.put("RELAIS_DB_DRIVER", "postgresql");
    env.put("RELAIS_DB_URL", pg.jdbcUrl());
    env.put("RELAIS_DB_USER", PostgresCluster.APP);
    env.put("RELAIS_DB_PASSWORD", PostgresCluster.APP_PASSWORD);
    env.put("RELAIS_DB_MIGRATION_USER", PostgresCluster.OWNER);
    env.put("RELAIS_DB_MIGRATION_PASSWORD", PostgresCluster.OWNER_PASSWORD);
    env.put(
        "RELAIS_JOURNAL_CHECKPOINT_FILE",
        server.getParent().resolve("bench-checkpoints/journal-checkpoints.log").toString());
    Files.deleteIfExists(server.getParent().resolve("bench-checkpoints/journal-checkpoints.log"));
    env.putAll(extraEnv);
    Process wildfly = b.start();
    BenchServer s = new BenchServer(pg, provider, wildfly, server);
    try {
      s.awaitReady();
    } catch (Exception e) {
      s.close();
      throw e;
    }
    return s;
  }

  static String base() {
    return "http://localhost:" + HTTP;
  }

  /** A real browser session of a demonstration account, through the provider's login form. */
  WebClient signIn(String username) throws Exception {
    WebClient web = new WebClient();
    HttpResponse<String> start = web.get(base() + "/auth/login?provider=staff");
    String authorize = WebClient.location(start);
    web.get(authorize);
    HttpResponse<String> back =
        web.postForm(authorize, Map.of("username", username, "claims", "{}"));
    web.get(WebClient.location(back));
    return web;
  }

  static String cookie(WebClient web) {
    return "JSESSIONID=" + web.cookie("localhost:" + HTTP, "JSESSIONID").orElseThrow();
  }

  private void awaitReady() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      if (!wildfly.isAlive()) {
        throw new IllegalStateException("WildFly stopped; see target/bench-server.log");
      }
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

  @Override
  public void close() throws Exception {
    wildfly.toHandle().descendants().forEach(ProcessHandle::destroy);
    wildfly.destroy();
    wildfly.waitFor();
    provider.shutdown();
    pg.close();
    Files.deleteIfExists(server.resolve("standalone/deployments/relais.war"));
    Files.deleteIfExists(server.resolve("standalone/deployments/relais.war.deployed"));
  }

  /** The keyset cursor of page {@code page} of a list, taken by walking the pages. */
  static String cursorAt(WebClient web, String list, int page) throws Exception {
    String after = null;
    for (int i = 1; i < page; i++) {
      HttpResponse<String> r = web.get(list + (after == null ? "" : "&after=" + after));
      if (r.statusCode() != 200) {
        throw new IllegalStateException(list + " answered " + r.statusCode() + ": " + r.body());
      }
      after = (String) json(r).get("next");
      if (after == null) {
        throw new IllegalStateException("the list ends before page " + page);
      }
    }
    return after;
  }

  /** Round after round, one request to each target; sorted latencies per target. */
  static double[][] measure(HttpClient client, String cookie, String[][] targets, int n)
      throws Exception {
    double[][] ms = new double[targets.length][n];
    HttpRequest[] requests = new HttpRequest[targets.length];
    for (int t = 0; t < targets.length; t++) {
      requests[t] =
          HttpRequest.newBuilder(URI.create(targets[t][1])).header("Cookie", cookie).build();
    }
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < targets.length; t++) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = client.send(requests[t], HttpResponse.BodyHandlers.ofString());
        ms[t][i] = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200) {
          throw new IllegalStateException(
              targets[t][1] + " answered " + r.statusCode() + ": " + r.body());
        }
      }
    }
    for (double[] m : ms) {
      Arrays.sort(m);
    }
    return ms;
  }

  /**
   * The median over the runs of each target's p50 and p99, appended to {@code out} one line per
   * target; returns them as {@code [target][0: p50, 1: p99]}.
   */
  static double[][] medians(StringBuilder out, String[][] targets, double[][][] runs) {
    double[][] p = new double[targets.length][2];
    for (int i = 0; i < targets.length; i++) {
      p[i][0] = medianOf(runs, i, 50);
      p[i][1] = medianOf(runs, i, 99);
      out.append(
          String.format("%-26s p50 %6.2f ms   p99 %6.2f ms%n", targets[i][0], p[i][0], p[i][1]));
    }
    return p;
  }

  static double medianOf(double[][][] runs, int target, int percentile) {
    return median(Arrays.stream(runs).mapToDouble(r -> pct(r[target], percentile)).toArray());
  }

  /** The {@code p}-th percentile of sorted samples. */
  static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  /** The median of three or more figures. */
  static double median(double... values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(HttpResponse<String> r) throws Exception {
    return com.nimbusds.jose.util.JSONObjectUtils.parse(r.body());
  }

  static void write(String name, String text) throws Exception {
    Path result = Path.of("target/bench/" + name);
    Files.createDirectories(result.getParent());
    Files.writeString(result, text);
  }
}
