package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.domain.model.journal.JournalChain;
import fr.relais.interfaces.cli.VerifyJournal;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Ports;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The audit journal is one valid chain under concurrent appends, and any modified, deleted,
 * inserted or reordered row is reported at the first broken link, by the API and by the
 * command-line verifier (G1, S50, S51). On PostgreSQL, the application's own database user cannot
 * update or delete journal rows.
 */
class JournalIT extends RelaisIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static JournalChain chain() {
    return new JournalChain(Base64.getDecoder().decode(System.getenv("RELAIS_JOURNAL_KEY")));
  }

  private static ChainVerification verifyFromOutside() throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection()) {
      return VerifyJournal.verify(c, chain());
    }
  }

  private static HttpResponse<String> verifyThroughApi(String subject) throws Exception {
    String token = TestEnvironment.scripted().accessToken(subject, Duration.ofMinutes(5));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(Ports.base() + "/api/v1/journal/verification"))
            .header("Authorization", "Bearer " + token)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A connection that may tamper: on PostgreSQL, as superuser with triggers bypassed. */
  private static Connection tamperer() throws SQLException {
    Connection c = TestEnvironment.privilegedConnection();
    if (TestEnvironment.isPostgres()) {
      try (Statement s = c.createStatement()) {
        s.execute("set session_replication_role = replica");
      }
    }
    return c;
  }

  private static void sql(String statement, Object... params) throws SQLException {
    try (Connection c = tamperer();
        PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }

  @Test
  void concurrentAppendsFormOneValidChain() throws Exception {
    long before = Journal.maxSeq();
    int threads = 8;
    int perThread = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Callable<Integer>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      work.add(
          () -> {
            int failures = 0;
            for (int i = 0; i < perThread; i++) {
              // Each forged callback is refused and journaled as a failed login (S51).
              HttpResponse<Void> r =
                  HTTP.send(
                      HttpRequest.newBuilder(
                              URI.create(Ports.base() + "/auth/callback?code=c&state=forged-" + i))
                          .build(),
                      HttpResponse.BodyHandlers.discarding());
              if (r.statusCode() != 302) {
                failures++;
              }
            }
            return failures;
          });
    }
    int failures = 0;
    for (Future<Integer> f : pool.invokeAll(work)) {
      failures += f.get();
    }
    pool.shutdown();
    assertEquals(0, failures, "every request was answered");

    List<Journal.Row> rows = Journal.since(before);
    long appended =
        rows.stream()
            .filter(r -> r.action().equals("auth.login") && "STATE_UNKNOWN".equals(r.detail()))
            .count();
    assertEquals(threads * perThread, appended, "one entry per request, none lost");
    for (int i = 1; i < rows.size(); i++) {
      assertEquals(rows.get(i - 1).seq() + 1, rows.get(i).seq(), "no gap in the sequence");
    }

    ChainVerification outside = verifyFromOutside();
    assertTrue(outside.intact(), String.valueOf(outside));
    HttpResponse<String> api = verifyThroughApi("api-operateur");
    assertEquals(200, api.statusCode(), api.body());
    Map<String, Object> result = json(api);
    assertEquals(Boolean.TRUE, result.get("intact"));
    assertTrue(((Number) result.get("entriesChecked")).longValue() >= before + appended);
  }

  @Test
  void aModifiedRowIsDetectedByTheApiAndTheCommandLine() throws Exception {
    long seq = Journal.maxSeq() - 1;
    String original = detail(seq);
    sql("update journal_entry set detail = ? where seq = ?", "tampered", seq);
    try {
      ChainVerification outside = verifyFromOutside();
      assertFalse(outside.intact());
      assertEquals(seq, outside.firstBrokenSeq());
      assertTrue(outside.reason().contains("modified"), outside.reason());

      Map<String, Object> api = json(verifyThroughApi("api-operateur"));
      assertEquals(Boolean.FALSE, api.get("intact"));
      assertEquals(seq, ((Number) api.get("firstBrokenSeq")).longValue());
    } finally {
      sql("update journal_entry set detail = ? where seq = ?", original, seq);
    }
    assertTrue(verifyFromOutside().intact(), "restored");
  }

  @Test
  void aDeletedRowIsDetected() throws Exception {
    new WebClient().get(Ports.base() + "/auth/callback?state=to-delete"); // a row to remove
    long seq = Journal.maxSeq() - 1;
    try (Connection c = tamperer()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("create table journal_backup as select * from journal_entry where seq = " + seq);
        s.execute("delete from journal_entry where seq = " + seq);
      }
      c.commit();
    }
    try {
      ChainVerification result = verifyFromOutside();
      assertFalse(result.intact());
      assertEquals(seq, result.firstBrokenSeq());
      assertTrue(result.reason().contains("missing"), result.reason());
    } finally {
      try (Connection c = tamperer();
          Statement s = c.createStatement()) {
        s.execute("insert into journal_entry select * from journal_backup");
        s.execute("drop table journal_backup");
      }
    }
    assertTrue(verifyFromOutside().intact(), "restored");
  }

  @Test
  void anInsertedRowIsDetected() throws Exception {
    long last = Journal.maxSeq();
    try (Connection c = tamperer();
        Statement s = c.createStatement()) {
      // A forged entry that copies the last link, as someone with database access would try.
      s.execute(
          "insert into journal_entry (seq, occurred_at, action, outcome, prev_hash, hash)"
              + " select seq + 1, occurred_at, 'auth.login', 'SUCCESS', hash, hash"
              + " from journal_entry where seq = "
              + last);
    }
    try {
      ChainVerification result = verifyFromOutside();
      assertFalse(result.intact());
      assertEquals(last + 1, result.firstBrokenSeq());
    } finally {
      sql("delete from journal_entry where seq = ?", last + 1);
    }
    assertTrue(verifyFromOutside().intact(), "restored");
  }

  @Test
  void reorderedRowsAreDetected() throws Exception {
    new WebClient().get(Ports.base() + "/auth/callback?state=first");
    new WebClient().get(Ports.base() + "/auth/callback?state=second");
    long b = Journal.maxSeq();
    long a = b - 1;
    swap(a, b);
    try {
      ChainVerification result = verifyFromOutside();
      assertFalse(result.intact());
      assertEquals(a, result.firstBrokenSeq());
    } finally {
      swap(a, b);
    }
    assertTrue(verifyFromOutside().intact(), "restored");
  }

  /** Exchanges the contents of two rows, keeping their sequence numbers. */
  private static void swap(long a, long b) throws SQLException {
    try (Connection c = tamperer()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("update journal_entry set seq = -1 where seq = " + a);
        s.execute("update journal_entry set seq = " + a + " where seq = " + b);
        s.execute("update journal_entry set seq = " + b + " where seq = -1");
      }
      c.commit();
    }
  }

  @Test
  void onlyTheOperatorVerifiesAndARefusalIsJournaled() throws Exception {
    long before = Journal.maxSeq();
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(Ports.base() + "/api/v1/journal/verification"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, r.statusCode());
    fr.relais.it.support.WebClient web = fr.relais.it.support.Logins.signedIn("ts1.ccas");
    HttpResponse<String> refused = web.get(Ports.base() + "/api/v1/journal/verification");
    assertEquals(403, refused.statusCode());
    assertEquals(
        "application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(
                x ->
                    x.action().equals("journal.verify")
                        && x.outcome().equals("REFUSED")
                        && "ts1.ccas".equals(x.actorSubject())));
  }

  @Test
  void theApplicationDatabaseUserCannotChangeTheJournal() throws Exception {
    if (!TestEnvironment.isPostgres()) {
      // On H2 there is a single database user; the rule is checked in the PostgreSQL run.
      assertNotNull(TestEnvironment.privilegedConnection());
      return;
    }
    long seq = Journal.maxSeq();
    try (Connection app = TestEnvironment.postgres().asApp();
        Statement s = app.createStatement()) {
      SQLException update =
          assertThrows(
              SQLException.class,
              () -> s.executeUpdate("update journal_entry set detail = 'x' where seq = " + seq));
      assertEquals("42501", update.getSQLState(), "permission denied");
      SQLException delete =
          assertThrows(
              SQLException.class,
              () -> s.executeUpdate("delete from journal_entry where seq = " + seq));
      assertEquals("42501", delete.getSQLState());
      assertEquals(
          1,
          s.executeUpdate("update journal_head set last_seq = last_seq where id = 1"),
          "the head stays writable for appends");
    }
    try (Connection owner =
            java.sql.DriverManager.getConnection(
                TestEnvironment.postgres().jdbcUrl(), "relais_owner", "owner-secret");
        Statement s = owner.createStatement()) {
      SQLException ownerUpdate =
          assertThrows(
              SQLException.class,
              () -> s.executeUpdate("update journal_entry set detail = 'x' where seq = " + seq));
      assertTrue(ownerUpdate.getMessage().contains("append-only"), "even the owner is stopped");
    }
    assertTrue(verifyFromOutside().intact());
  }

  private static String detail(long seq) throws SQLException {
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement("select detail from journal_entry where seq = ?")) {
      ps.setLong(1, seq);
      var rs = ps.executeQuery();
      rs.next();
      return rs.getString(1);
    }
  }
}
