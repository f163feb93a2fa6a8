package fr.relais.bench;

import fr.relais.domain.model.shielding.DataKey;
import fr.relais.infrastructure.vault.WrappedKeys;
import fr.relais.it.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The cost of shielding (F2, S12, S41), over HTTP against one running server over PostgreSQL:
 *
 * <ol>
 *   <li>opening a protected person's file with her sealed contact decrypted (data key unwrapped,
 *       three fields opened, the decryption journaled) against the same file of an ordinary person,
 *       as the habilitated social worker who follows both under an active mandate — interleaved
 *       request by request;
 *   <li>the rotation of the master key: {@code POST /api/v1/vault/rewrapping} over 100,000 data
 *       keys wrapped by the former key, time and rate, the data untouched.
 * </ol>
 */
public final class ShieldingBenchmark {

  private static final int SAMPLES = Integer.getInteger("bench.samples", 1000);
  private static final int RUNS = Integer.getInteger("bench.runs", 3);
  private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup-seconds", 90);
  private static final int DATA_KEYS = Integer.getInteger("bench.data-keys", 100_000);
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

  private ShieldingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of("target/bench-vault").toAbsolutePath();
    Files.createDirectories(dir);
    Path keystore = dir.resolve("vault.p12");
    char[] password = UUID.randomUUID().toString().toCharArray();
    // The rotation has happened: relais-master-2 is current, every data key below is still
    // wrapped by relais-master-1.
    WrappedKeys.keystore(keystore, password, "relais-master-1", "relais-master-2");
    Map<String, String> env =
        Map.of(
            "RELAIS_VAULT_DEVELOPMENT_KEYSTORE",
            "false",
            "RELAIS_VAULT_KEYSTORE",
            keystore.toString(),
            "RELAIS_VAULT_KEYSTORE_PASSWORD",
            new String(password));
    try (BenchServer s = BenchServer.start(env)) {
      StringBuilder out = new StringBuilder();
      out.append(fileOpening(s));
      out.append('\n').append(rotation(s, keystore, password));
      System.out.println(out);
      BenchServer.write("shielding.txt", out.toString());
    }
  }

  private static String fileOpening(BenchServer s) throws Exception {
    WebClient admin = s.signIn("admin.ccas");
    WebClient worker = s.signIn("ts1.ccas"); // holds the protected-cases habilitation
    String ccas = (String) BenchServer.json(admin.get(api("/me"))).get("structureId");
    String workerId = (String) BenchServer.json(worker.get(api("/me"))).get("accountId");
    String ordinary = person(admin, ccas, workerId, false);
    String shielded = person(admin, ccas, workerId, true);
    activeMandate(worker, ordinary);
    activeMandate(worker, shielded);
    String file = worker.get(api("/persons/" + shielded)).body();
    if (!file.contains("0611223344") || !file.contains("\"contactMasked\":false")) {
      throw new IllegalStateException("the sealed contact is not opened for the worker: " + file);
    }

    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String cookie = BenchServer.cookie(worker);
    String[][] targets = {
      {"ordinary person's file", api("/persons/" + ordinary)},
      {"protected, sealed opened", api("/persons/" + shielded)},
    };
    long warmUntil = System.nanoTime() + Duration.ofSeconds(WARMUP_SECONDS).toNanos();
    while (System.nanoTime() < warmUntil) {
      BenchServer.measure(client, cookie, targets, 20);
    }
    double[][][] runs = new double[RUNS][][];
    for (int run = 0; run < RUNS; run++) {
      runs[run] = BenchServer.measure(client, cookie, targets, SAMPLES);
      System.out.printf(
          "file run %d: p50 %.2f / %.2f ms%n",
          run + 1, BenchServer.pct(runs[run][0], 50), BenchServer.pct(runs[run][1], 50));
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Opening a file: one client, PostgreSQL 15; %d runs of %d interleaved rounds,"
                + " median of runs%n",
            RUNS, SAMPLES));
    double[][] p = BenchServer.medians(out, targets, runs);
    out.append(
        String.format(
            "ratio protected / ordinary: p50 %.2f, p99 %.2f%n",
            p[1][0] / p[0][0], p[1][1] / p[0][1]));
    return out.toString();
  }

  private static String rotation(BenchServer s, Path keystore, char[] password) throws Exception {
    System.out.println("Wrapping " + DATA_KEYS + " data keys under relais-master-1…");
    List<DataKey> wrapped =
        WrappedKeys.wrap(keystore, password, "relais-master-1", "bench", DATA_KEYS);
    WebClient operator = s.signIn("operateur");
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    double[] seconds = new double[RUNS];
    for (int run = 0; run < RUNS; run++) {
      load(s, wrapped);
      HttpRequest post =
          HttpRequest.newBuilder(URI.create(api("/vault/rewrapping")))
              .header("Cookie", BenchServer.cookie(operator))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{}"))
              .timeout(Duration.ofMinutes(30))
              .build();
      long t0 = System.nanoTime();
      HttpResponse<String> r = client.send(post, HttpResponse.BodyHandlers.ofString());
      seconds[run] = (System.nanoTime() - t0) / 1e9;
      if (r.statusCode() != 200) {
        throw new IllegalStateException("re-wrapping answered " + r.statusCode() + ": " + r.body());
      }
      Map<String, Object> body = BenchServer.json(r);
      if (((Number) body.get("rewrapped")).intValue() != DATA_KEYS) {
        throw new IllegalStateException("re-wrapped " + body + ", expected " + DATA_KEYS);
      }
      String status = operator.get(api("/vault")).body();
      if (status.contains("relais-master-1")) {
        throw new IllegalStateException("keys left under the former master key: " + status);
      }
      System.out.printf(
          "rotation run %d: %.1f s, %.0f keys/s%n",
          run + 1, seconds[run], DATA_KEYS / seconds[run]);
    }
    double median = BenchServer.median(seconds);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Rotation: %,d data keys re-wrapped from relais-master-1 to relais-master-2 through"
                + " POST /api/v1/vault/rewrapping; %d runs, median%n",
            DATA_KEYS, RUNS));
    out.append(
        String.format(
            "time %.1f s   rate %,.0f data keys/s   (runs: %.1f / %.1f / %.1f s)%n",
            median,
            DATA_KEYS / median,
            seconds[0],
            seconds[Math.min(1, RUNS - 1)],
            seconds[Math.min(2, RUNS - 1)]));
    return out.toString();
  }

  /** Puts the former key's data keys back, as they were before the rotation. */
  private static void load(BenchServer s, List<DataKey> keys) throws Exception {
    try (Connection c = s.pg.superuser(fr.relais.it.support.PostgresCluster.DATABASE)) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.execute("delete from vault_data_key where owner_kind = 'bench'");
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into vault_data_key (id, owner_kind, owner_id, master_key, wrapped,"
                  + " created_at) values (?, ?, ?, ?, ?, ?)")) {
        int n = 0;
        for (DataKey k : keys) {
          ps.setObject(1, UUID.randomUUID());
          ps.setString(2, k.ownerKind());
          ps.setObject(3, k.ownerId());
          ps.setString(4, k.masterKey());
          ps.setBytes(5, k.wrapped());
          ps.setTimestamp(6, Timestamp.from(k.createdAt()));
          ps.addBatch();
          if (++n % 1000 == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement st = c.createStatement()) {
        st.execute("vacuum analyze vault_data_key");
      }
    }
  }

  private static String person(WebClient admin, String ccas, String workerId, boolean shielded)
      throws Exception {
    Map<String, Object> p = new HashMap<>();
    p.put("lastName", shielded ? "Protegee" : "Ouverte");
    p.put("firstNames", "Banc " + UUID.randomUUID().toString().substring(0, 6));
    p.put("birthDate", "1987-04-12");
    p.put("confirmDuplicate", true);
    p.put("assignTo", List.of(workerId));
    p.put(
        "contact",
        Map.of(
            "email", "banc@exemple.fr",
            "phone", "0611223344",
            "postalAddress", "12 rue des Lilas, 13001 Marseille"));
    if (shielded) {
      p.put("protectedPerson", true);
      p.put("protectionReason", "DECLARED_VIOLENCE");
    }
    HttpResponse<String> r = admin.json("POST", api("/structures/" + ccas + "/persons"), p);
    if (r.statusCode() != 201) {
      throw new IllegalStateException("person: " + r.statusCode() + " " + r.body());
    }
    return (String) BenchServer.json(r).get("id");
  }

  private static void activeMandate(WebClient worker, String person) throws Exception {
    Map<String, Object> m = new HashMap<>();
    m.put("legalBasis", "CONSENT");
    m.put("startsOn", TODAY.toString());
    m.put("endsOn", TODAY.plusMonths(6).toString());
    m.put("scopes", List.of("DUPLICATA"));
    HttpResponse<String> created = worker.json("POST", api("/persons/" + person + "/mandates"), m);
    if (created.statusCode() != 201) {
      throw new IllegalStateException("mandate: " + created.statusCode() + " " + created.body());
    }
    String id = (String) BenchServer.json(created).get("id");
    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(api("/mandates/" + id + "/consent-document")))
                    .header("Cookie", BenchServer.cookie(worker))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<String> activated =
        worker.send(
            HttpRequest.newBuilder(URI.create(api("/mandates/" + id + "/evidence")))
                .header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(pdf.body())));
    if (activated.statusCode() != 200) {
      throw new IllegalStateException("evidence: " + activated.statusCode() + activated.body());
    }
  }

  private static String api(String path) {
    return BenchServer.base() + "/api/v1" + path;
  }
}
