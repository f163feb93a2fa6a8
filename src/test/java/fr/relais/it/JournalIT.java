package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.domain.model.journal.Checkpoint;
import fr.relais.domain.model.journal.CheckpointLog;
import fr.relais.domain.model.journal.CheckpointSignatures;
import fr.relais.domain.model.journal.SignedCheckpoint;
import fr.relais.infrastructure.journal.CheckpointFiles;
import fr.relais.interfaces.cli.VerifyJournal;
import fr.relais.it.support.Journal;
import fr.relais.it.support.Logins;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.TestEnvironment;
import fr.relais.it.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The audit journal (G1, S50, S51): concurrent journaled requests give one gap-free sealed chain
 * with one entry per committed action and none for a rolled-back one; the sealer's lease keeps a
 * second sealer out; any modified, deleted, inserted or reordered entry is reported, and so is a
 * shortened tail once a checkpoint outside the database recorded it, with the missing range named;
 * a forged checkpoint is rejected. Checked by the API and by the command-line verifier, on H2 and
 * on PostgreSQL. On PostgreSQL, the application's own database user cannot change entries or seals.
 */
@org.junit.jupiter.api.parallel.Isolated(
    "times the sealer and the checkpoints of the whole journal")
class JournalIT extends RelaisIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String PERSONS =
      Ports.base() + "/api/v1/structures/" + Structures.CCAS + "/persons";

  private static HttpResponse<String> asOperator(String method, String path) throws Exception {
    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofMinutes(5));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(Ports.base() + path))
            .header("Authorization", "Bearer " + token)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, Object> verifyThroughApi() throws Exception {
    HttpResponse<String> r = asOperator("GET", "/api/v1/journal/verification");
    assertEquals(200, r.statusCode(), r.body());
    return json(r);
  }

  /** Seals what is pending and writes a checkpoint at once (test support). */
  private static String checkpointNow() throws Exception {
    HttpResponse<String> r = asOperator("POST", "/api/v1/test-support/journal/checkpoints");
    assertEquals(200, r.statusCode(), r.body());
    return (String) json(r).get("line");
  }

  /** A few journaled failed logins: entries that need no account. */
  private static void journalSomething(int n) throws Exception {
    for (int i = 0; i < n; i++) {
      new WebClient().get(Ports.base() + "/auth/callback?code=c&state=journal-" + i);
    }
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

  private static long longOf(String query) throws SQLException {
    try (Connection c = TestEnvironment.privilegedConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void assertIntact() throws Exception {
    Journal.awaitSealed();
    ChainVerification outside = Journal.verifyFromOutside();
    assertTrue(outside.intact(), String.valueOf(outside));
  }

  @Test
  @SuppressWarnings("unchecked")
  void concurrentJournaledRequestsGiveOneGapFreeSealedChain() throws Exception {
    long before = Journal.maxSeq();
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Callable<List<String>>> work = new ArrayList<>();
    List<Long> rolledBack = java.util.Collections.synchronizedList(new ArrayList<>());
    String run = Long.toString(System.nanoTime(), 36);
    for (int t = 0; t < threads; t++) {
      int thread = t;
      work.add(
          () -> {
            WebClient admin = Logins.signedIn("ts1.ccas"); // who creates, follows
            List<String> created = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              Map<String, Object> p = new HashMap<>();
              p.put("lastName", "Concurrent" + run);
              p.put("firstNames", "T" + thread + " N" + i);
              p.put("birthDate", "1990-01-" + String.format("%02d", 1 + (i % 28)));
              p.put("contact", Map.of("domiciledAtStructure", true));
              HttpResponse<String> r = admin.json("POST", PERSONS, p);
              assertEquals(201, r.statusCode(), r.body());
              created.add((String) json(r).get("id"));
              if (i % 5 == 0) {
                HttpResponse<String> rb =
                    asOperator("POST", "/api/v1/test-support/journal/rolled-back-writes");
                assertEquals(200, rb.statusCode(), rb.body());
                rolledBack.add(((Number) json(rb).get("seq")).longValue());
              }
              // A refusal is journaled in a transaction of its own, and commits.
              new WebClient().get(Ports.base() + "/auth/callback?code=c&state=forged-" + i);
            }
            return created;
          });
    }
    List<String> created = new ArrayList<>();
    for (Future<List<String>> f : pool.invokeAll(work)) {
      created.addAll(f.get());
    }
    pool.shutdown();
    Journal.awaitSealed();

    List<Journal.Row> rows = Journal.since(before);
    Map<String, Long> createEntries = new HashMap<>();
    for (Journal.Row r : rows) {
      if (r.action().equals("person.create")) {
        createEntries.merge(r.targetId(), 1L, Long::sum);
      }
    }
    assertEquals(threads * perThread, created.size());
    for (String id : created) {
      assertEquals(1L, createEntries.getOrDefault(id, 0L), "one entry for person " + id);
    }
    assertEquals(created.size(), createEntries.size(), "no entry without its action");
    long refusals =
        rows.stream()
            .filter(r -> r.action().equals("auth.login") && "STATE_UNKNOWN".equals(r.detail()))
            .count();
    assertTrue(refusals >= threads * perThread, "every refused callback journaled: " + refusals);
    Set<Long> seqs = new java.util.HashSet<>();
    rows.forEach(r -> seqs.add(r.seq()));
    assertEquals(threads * perThread / 5, rolledBack.size());
    for (long seq : rolledBack) {
      assertFalse(seqs.contains(seq), "a rolled-back action leaves no entry (seq " + seq + ")");
    }
    Map<Long, Long> seals = Journal.sealsPerEntry(before);
    seals.forEach((seq, n) -> assertEquals(1L, n, "entry " + seq + " sealed exactly once"));
    assertEquals(
        longOf("select count(*) from journal_seal"),
        longOf("select max(position) from journal_seal"),
        "chain positions 1..n without a gap");

    ChainVerification outside = Journal.verifyFromOutside();
    assertTrue(outside.intact(), String.valueOf(outside));
    Map<String, Object> api = verifyThroughApi();
    assertEquals(Boolean.TRUE, api.get("intact"), String.valueOf(api));
    assertTrue(((Number) api.get("entriesChecked")).longValue() >= rows.size());
  }

  @Test
  void theSealersLeaseKeepsASecondSealerOut() throws Exception {
    assertIntact();
    long before = Journal.maxSeq();
    // Another sealer, as another node would, holds the lease: nobody else seals meanwhile.
    try (Connection other = TestEnvironment.privilegedConnection()) {
      other.setAutoCommit(false);
      try (Statement s = other.createStatement();
          ResultSet rs =
              s.executeQuery("select last_position from journal_sealer where id = 1 for update")) {
        assertTrue(rs.next());
      }
      journalSomething(5);
      HttpResponse<String> r =
          asOperator("POST", "/api/v1/test-support/journal/seal-runs?parallel=4");
      assertEquals(200, r.statusCode(), r.body());
      Map<String, Object> runs = json(r);
      assertEquals(0L, ((Number) runs.get("claimed")).longValue(), r.body());
      assertEquals(0L, ((Number) runs.get("sealed")).longValue());
      Thread.sleep(600); // the scheduled sealer skips too
      assertEquals(
          0L,
          longOf("select count(*) from journal_seal s where s.entry_seq > " + before),
          "nothing sealed while the lease is held elsewhere");
      other.rollback();
    }
    Journal.awaitSealed();

    // Sealers started at the same moment, while requests keep coming, never seal twice.
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService writer = Executors.newSingleThreadExecutor();
    Future<?> writes =
        writer.submit(
            () -> {
              while (writing.get()) {
                journalSomething(1);
              }
              return null;
            });
    int claimedTotal = 0;
    for (int round = 0; round < 15; round++) {
      HttpResponse<String> r =
          asOperator("POST", "/api/v1/test-support/journal/seal-runs?parallel=4");
      assertEquals(200, r.statusCode(), "no sealer failed: " + r.body());
      claimedTotal += ((Number) json(r).get("claimed")).intValue();
    }
    writing.set(false);
    writes.get();
    writer.shutdown();
    assertTrue(claimedTotal < 60, "concurrent sealers skipped while one held the lease");
    Journal.awaitSealed();
    Journal.sealsPerEntry(before)
        .forEach((seq, n) -> assertEquals(1L, n, "entry " + seq + " sealed exactly once"));
    assertIntact();
  }

  @Test
  void aTruncatedTailIsReportedWithTheMissingRange() throws Exception {
    journalSomething(8);
    String line = checkpointNow();
    assertNotNull(line, "a checkpoint of the current chain");
    Checkpoint anchored = SignedCheckpoint.find(line).orElseThrow().checkpoint();
    assertTrue(Journal.trusted().verify(SignedCheckpoint.find(line).orElseThrow()));
    assertTrue(
        Files.readString(TestEnvironment.checkpointFile()).contains(line),
        "the checkpoint is in the file outside the database");
    assertIntact();

    // Someone with the database deletes the five newest entries and rewinds the sealer's state
    // to the sixth-newest seal: the chain alone cannot tell.
    long length = longOf("select last_position from journal_sealer where id = 1");
    assertEquals(anchored.size(), length);
    long cut = length - 5;
    Tail tail = Tail.cut(cut);
    try {
      ChainVerification outside = Journal.verifyFromOutside();
      assertFalse(outside.intact(), "the chain is shorter than the checkpoint");
      assertNotNull(outside.missing(), String.valueOf(outside));
      assertEquals(cut + 1, outside.missing().fromPosition());
      assertEquals(length, outside.missing().toPosition());
      assertEquals(tail.keptSeq(), outside.missing().afterEntrySeq());
      assertEquals(anchored.lastEntrySeq(), outside.missing().throughEntrySeq());
      assertTrue(
          outside.reason().contains("positions " + (cut + 1) + "–" + length), outside.reason());

      // Without the checkpoint, nothing shows: that is what checkpoints are for.
      try (Connection c = TestEnvironment.privilegedConnection()) {
        assertTrue(VerifyJournal.verify(c, Journal.chain()).intact());
      }

      Map<String, Object> api = verifyThroughApi();
      assertEquals(Boolean.FALSE, api.get("intact"));
      @SuppressWarnings("unchecked")
      Map<String, Object> missing = (Map<String, Object>) api.get("missing");
      assertEquals(cut + 1, ((Number) missing.get("fromPosition")).longValue(), api.toString());
      assertEquals(length, ((Number) missing.get("toPosition")).longValue());
      assertEquals(cut + 1, ((Number) api.get("firstBrokenPosition")).longValue());
    } finally {
      tail.restore();
    }
    assertIntact();
  }

  /** The newest seals and entries, taken away and put back as they were. */
  private record Tail(
      long cut, long keptSeq, List<Object[]> entries, List<Object[]> seals, Object[] state) {

    static Tail cut(long cut) throws SQLException {
      try (Connection c = tamperer()) {
        c.setAutoCommit(false);
        holdSealer(c);
        Object[] state =
            row(
                    c,
                    "select last_position, last_hash, last_entry_seq from journal_sealer where id = 1")
                .get(0);
        List<Object[]> seals =
            row(c, "select * from journal_seal where position > " + cut + " order by position");
        List<Object[]> entries =
            row(
                c,
                "select e.* from journal_entry e, journal_seal s where e.seq = s.entry_seq"
                    + " and s.position > "
                    + cut
                    + " order by e.seq");
        Object[] kept =
            row(c, "select position, hash, entry_seq from journal_seal where position = " + cut)
                .get(0);
        removeAfter(c, cut);
        try (PreparedStatement ps =
            c.prepareStatement(
                "update journal_sealer set last_position = ?, last_hash = ?, last_entry_seq = ?"
                    + " where id = 1")) {
          ps.setObject(1, kept[0]);
          ps.setObject(2, kept[1]);
          ps.setObject(3, kept[2]);
          ps.executeUpdate();
        }
        c.commit();
        return new Tail(cut, ((Number) kept[2]).longValue(), entries, seals, state);
      }
    }

    /** Puts the tail back; seals and entries the server added meanwhile are removed. */
    void restore() throws SQLException {
      try (Connection c = tamperer()) {
        c.setAutoCommit(false);
        holdSealer(c);
        removeAfter(c, cut);
        insert(c, "journal_entry", entries);
        insert(c, "journal_seal", seals);
        try (Statement s = c.createStatement()) {
          // The sealer watched the removed numbers as gaps; they are sealed again as they were.
          for (Object[] e : entries) {
            s.executeUpdate("delete from journal_gap where seq = " + e[0]);
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "update journal_sealer set last_position = ?, last_hash = ?, last_entry_seq ="
                    + " greatest(last_entry_seq, ?) where id = 1")) {
          ps.setObject(1, state[0]);
          ps.setObject(2, state[1]);
          ps.setObject(3, state[2]);
          ps.executeUpdate();
        }
        c.commit();
      }
    }

    /** Waits for the sealer's batch to end and keeps it out until commit. */
    private static void holdSealer(Connection c) throws SQLException {
      row(c, "select last_position from journal_sealer where id = 1 for update");
    }

    /** Seals after {@code cut} and their entries, seals first (H2 keeps its foreign key). */
    private static void removeAfter(Connection c, long cut) throws SQLException {
      List<Object[]> seqs = row(c, "select entry_seq from journal_seal where position > " + cut);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("delete from journal_seal where position > " + cut);
        for (Object[] seq : seqs) {
          s.executeUpdate("delete from journal_entry where seq = " + seq[0]);
        }
      }
    }

    private static List<Object[]> row(Connection c, String query) throws SQLException {
      List<Object[]> rows = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(query)) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] r = new Object[n];
          for (int i = 0; i < n; i++) {
            r[i] = rs.getObject(i + 1);
          }
          rows.add(r);
        }
      }
      return rows;
    }

    private static void insert(Connection c, String table, List<Object[]> rows)
        throws SQLException {
      if (rows.isEmpty()) {
        return;
      }
      String marks = "?" + ", ?".repeat(rows.get(0).length - 1);
      try (PreparedStatement ps =
          c.prepareStatement("insert into " + table + " values (" + marks + ")")) {
        for (Object[] r : rows) {
          for (int i = 0; i < r.length; i++) {
            ps.setObject(i + 1, r[i]);
          }
          ps.executeUpdate();
        }
      }
    }
  }

  @Test
  void aForgedCheckpointIsRejectedAndProvesNothing() throws Exception {
    journalSomething(2);
    assertIntact();
    long length = longOf("select last_position from journal_sealer where id = 1");
    // Signed with a key this installation does not trust, claiming a longer chain.
    Path file = TestEnvironment.checkpointFile();
    String original = Files.exists(file) ? Files.readString(file) : "";
    var pair = CheckpointSignatures.generate();
    SignedCheckpoint forged =
        new CheckpointSignatures(pair.getPrivate(), pair.getPublic(), List.of())
            .sign(
                new Checkpoint(
                    "localhost:" + Ports.http(),
                    length + 10,
                    "a".repeat(64),
                    Journal.maxSeq() + 10,
                    Instant.now()));
    // A genuine checkpoint whose fields were edited after signing.
    String edited = checkpointNowOrLast().replaceFirst(" size=\\d+", " size=" + (length + 20));
    Files.writeString(
        file,
        forged.toLine() + "\n" + edited + "\nrelais-checkpoint v1 size=oops\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    try {
      ChainVerification result = Journal.verifyFromOutside();
      assertEquals(3, result.checkpointsRejected(), String.valueOf(result));
      assertNull(result.missing(), "a rejected checkpoint is not evidence of a missing range");
      assertFalse(result.intact(), "rejected lines are reported");
      assertTrue(
          result.problems().stream().anyMatch(p -> p.contains("not from a trusted key")),
          String.valueOf(result.problems()));
      assertTrue(result.problems().stream().noneMatch(p -> p.contains("shorter than")));
      Map<String, Object> api = verifyThroughApi();
      assertEquals(3L, ((Number) api.get("checkpointsRejected")).longValue(), api.toString());
      assertNull(api.get("missing"));
    } finally {
      Files.writeString(file, original + lastValidLines(file, original), StandardCharsets.UTF_8);
    }
    assertIntact();
  }

  /** A fresh checkpoint line, or the last one written when nothing new was sealed. */
  private static String checkpointNowOrLast() throws Exception {
    journalSomething(1);
    String line = checkpointNow();
    if (line != null) {
      return line;
    }
    List<CheckpointLog.Line> lines = Journal.checkpointLines();
    return lines.get(lines.size() - 1).checkpoint().toLine();
  }

  /** Valid checkpoints the server appended after {@code original}, to keep them. */
  private static String lastValidLines(Path file, String original) throws Exception {
    StringBuilder kept = new StringBuilder();
    String now = Files.readString(file);
    for (String l : now.substring(Math.min(original.length(), now.length())).split("\n")) {
      try {
        SignedCheckpoint.find(l)
            .filter(c -> Journal.trusted().verify(c))
            .ifPresent(c -> kept.append(l).append('\n'));
      } catch (IllegalArgumentException malformed) {
        // the planted line
      }
    }
    return kept.toString();
  }

  @Test
  void checkpointsAreWrittenOnTheirOwnToTheFileTheServerLogAndSyslog() throws Exception {
    journalSomething(3);
    Journal.awaitSealed();
    long length = longOf("select last_position from journal_sealer where id = 1");
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (Journal.checkpointLines().stream()
        .noneMatch(l -> l.checkpoint() != null && l.checkpoint().checkpoint().size() >= length)) {
      assertTrue(System.nanoTime() < deadline, "a checkpoint within the configured interval");
      Thread.sleep(200);
    }
    Path serverLog = Path.of(System.getProperty("relais.server.dir"), "standalone/log/server.log");
    List<CheckpointLog.Line> logged = CheckpointFiles.readFile(serverLog);
    assertTrue(
        logged.stream()
            .anyMatch(l -> l.checkpoint() != null && Journal.trusted().verify(l.checkpoint())),
        "the log sink carries signed checkpoints too");
    List<CheckpointLog.Line> fromSyslog = new ArrayList<>();
    for (String message : TestEnvironment.syslog().messages()) {
      SignedCheckpoint.find(message)
          .ifPresent(c -> fromSyslog.add(new CheckpointLog.Line("syslog", c, null)));
    }
    assertTrue(
        fromSyslog.stream().anyMatch(l -> Journal.trusted().verify(l.checkpoint())),
        "the system log received signed checkpoints: "
            + TestEnvironment.syslog().messages().size());
    assertTrue(
        TestEnvironment.syslog().messages().stream()
            .filter(m -> m.contains(SignedCheckpoint.MARKER))
            .allMatch(m -> m.contains(" relais ")),
        "RFC 5424 messages from the app relais");
    // And by mail to the operator, through the composer and the outbox.
    long deadlineMail = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<CheckpointLog.Line> mailed = new ArrayList<>();
    while (mailed.isEmpty() && System.nanoTime() < deadlineMail) {
      for (var m : TestEnvironment.mail().outgoing().received()) {
        if (m.recipients().contains("exploitation@relais.test")) {
          for (String l : m.raw().split("\r?\n")) {
            SignedCheckpoint.find(l)
                .ifPresent(c -> mailed.add(new CheckpointLog.Line("mail", c, null)));
          }
        }
      }
      Thread.sleep(200);
    }
    assertTrue(
        mailed.stream().anyMatch(l -> Journal.trusted().verify(l.checkpoint())),
        "the operator received signed checkpoints by mail");
    try (Connection c = TestEnvironment.privilegedConnection()) {
      ChainVerification fromLog =
          VerifyJournal.verify(
              c, Journal.chain(), Journal.trusted(), logged, Duration.ofSeconds(3));
      assertTrue(fromLog.intact(), String.valueOf(fromLog));
      assertTrue(fromLog.checkpointsVerified() > 0);
    }
  }

  @Test
  void anEntryLeftUnsealedTooLongIsAnAlarm() throws Exception {
    assertIntact();
    try (Connection other = TestEnvironment.privilegedConnection()) {
      other.setAutoCommit(false);
      try (Statement s = other.createStatement()) {
        s.executeQuery("select last_position from journal_sealer where id = 1 for update").close();
      }
      journalSomething(1);
      Thread.sleep(4_000); // the tests allow 3 s
      ChainVerification stalled = Journal.verifyFromOutside();
      assertFalse(stalled.intact());
      assertTrue(stalled.pendingEntries() >= 1);
      assertTrue(
          stalled.problems().stream().anyMatch(p -> p.contains("unsealed for more than")),
          String.valueOf(stalled.problems()));
      other.rollback();
    }
    assertIntact();
  }

  @Test
  void aModifiedEntryIsDetectedByTheApiAndTheCommandLine() throws Exception {
    journalSomething(2);
    assertIntact();
    long seq = Journal.maxSeq() - 1;
    String original = detail(seq);
    sql("update journal_entry set detail = ? where seq = ?", "tampered", seq);
    try {
      ChainVerification outside = Journal.verifyFromOutside();
      assertFalse(outside.intact());
      assertEquals(seq, outside.firstBrokenSeq());
      assertTrue(outside.reason().contains("modified"), outside.reason());

      Map<String, Object> api = verifyThroughApi();
      assertEquals(Boolean.FALSE, api.get("intact"));
      assertEquals(seq, ((Number) api.get("firstBrokenSeq")).longValue());
    } finally {
      sql("update journal_entry set detail = ? where seq = ?", original, seq);
    }
    assertIntact();
  }

  @Test
  void aDeletedEntryIsDetectedWithOrWithoutItsSeal() throws Exception {
    journalSomething(3);
    assertIntact();
    long seq = Journal.maxSeq() - 1;
    long position = longOf("select position from journal_seal where entry_seq = " + seq);
    try (Connection c = tamperer()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("create table journal_backup as select * from journal_entry where seq = " + seq);
        s.execute(
            "create table seal_backup as select * from journal_seal where entry_seq = " + seq);
        s.execute("delete from journal_seal where entry_seq = " + seq);
        s.execute("delete from journal_entry where seq = " + seq);
      }
      c.commit();
    }
    try {
      ChainVerification result = Journal.verifyFromOutside();
      assertFalse(result.intact());
      assertEquals(position, result.firstBrokenPosition());
      assertTrue(result.reason().contains("missing"), result.reason());

      // The seal put back alone (PostgreSQL, foreign keys bypassed; H2 keeps them): its entry is
      // named as missing.
      if (!TestEnvironment.isPostgres()) {
        return;
      }
      sql("insert into journal_seal select * from seal_backup");
      ChainVerification entryOnly = Journal.verifyFromOutside();
      assertFalse(entryOnly.intact());
      assertEquals(seq, entryOnly.firstBrokenSeq());
      assertTrue(entryOnly.reason().contains("is missing"), entryOnly.reason());
    } finally {
      try (Connection c = tamperer();
          Statement s = c.createStatement()) {
        s.execute("insert into journal_entry select * from journal_backup");
        s.execute(
            "insert into journal_seal select * from seal_backup b where not exists"
                + " (select 1 from journal_seal s where s.position = b.position)");
        s.execute("drop table journal_backup");
        s.execute("drop table seal_backup");
      }
    }
    assertIntact();
  }

  @Test
  void anEntryInsertedBehindTheApplicationsBackIsNeverSealedAndReported() throws Exception {
    journalSomething(1);
    assertIntact();
    long forged;
    try (Connection c = tamperer()) {
      String next =
          TestEnvironment.isPostgres()
              ? "select nextval('journal_entry_seq')"
              : "select next value for journal_entry_seq";
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery(next)) {
        rs.next();
        forged = rs.getLong(1);
      }
      // A plausible entry, with a MAC made without the key.
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into journal_entry (seq, occurred_at, action, outcome, detail, mac)"
                  + " values (?, current_timestamp, 'mandate.create', 'SUCCESS', 'forged', ?)")) {
        ps.setLong(1, forged);
        ps.setString(2, "f".repeat(64));
        ps.executeUpdate();
      }
    }
    try {
      Journal.awaitSealed();
      assertEquals(
          0L,
          longOf("select count(*) from journal_seal where entry_seq = " + forged),
          "the sealer leaves a forged entry out of the chain");
      ChainVerification result = Journal.verifyFromOutside();
      assertFalse(result.intact());
      assertEquals(forged, result.firstBrokenSeq());
      assertTrue(
          result.problems().stream().anyMatch(p -> p.contains("never sealed")),
          String.valueOf(result.problems()));
      assertEquals(forged, ((Number) verifyThroughApi().get("firstBrokenSeq")).longValue());
    } finally {
      sql("delete from journal_entry where seq = ?", forged);
    }
    assertIntact();
  }

  @Test
  void reorderedEntriesAreDetected() throws Exception {
    journalSomething(2);
    assertIntact();
    long b = Journal.maxSeq();
    long a = longOf("select max(seq) from journal_entry where seq < " + b);
    swap(a, b);
    try {
      ChainVerification result = Journal.verifyFromOutside();
      assertFalse(result.intact());
      assertEquals(a, result.firstBrokenSeq());
    } finally {
      swap(a, b);
    }
    assertIntact();
  }

  /** Exchanges the contents of two entries, keeping their sequence numbers. */
  private static void swap(long a, long b) throws SQLException {
    try (Connection c = tamperer()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("create table swap_a as select * from journal_entry where seq = " + a);
        s.execute("create table swap_b as select * from journal_entry where seq = " + b);
        String cols =
            "occurred_at, actor_issuer, actor_subject, actor_name, structure_id, action,"
                + " target_type, target_id, mandate_id, request_id, client_address, outcome,"
                + " detail, mac";
        for (String[] pair : new String[][] {{"" + a, "swap_b"}, {"" + b, "swap_a"}}) {
          StringBuilder set = new StringBuilder();
          for (String col : cols.split(",\\s*")) {
            set.append(set.length() == 0 ? "" : ", ")
                .append(col)
                .append(" = (select ")
                .append(col)
                .append(" from ")
                .append(pair[1])
                .append(")");
          }
          s.execute("update journal_entry set " + set + " where seq = " + pair[0]);
        }
        s.execute("drop table swap_a");
        s.execute("drop table swap_b");
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
    WebClient web = Logins.signedIn("ts1.ccas");
    HttpResponse<String> refused = web.get(Ports.base() + "/api/v1/journal/verification");
    assertEquals(403, refused.statusCode());
    assertEquals(
        "application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
    for (String path :
        List.of(
            "/api/v1/test-support/journal/checkpoints",
            "/api/v1/test-support/journal/seal-runs",
            "/api/v1/test-support/journal/rolled-back-writes")) {
      assertEquals(403, web.json("POST", Ports.base() + path, "{}").statusCode(), path);
    }
    assertTrue(
        Journal.since(before).stream()
            .anyMatch(
                x ->
                    x.action().equals("journal.verify")
                        && x.outcome().equals("REFUSED")
                        && "ts1.ccas".equals(x.actorSubject())));
    HttpResponse<String> bad =
        asOperator("POST", "/api/v1/test-support/journal/seal-runs?parallel=99");
    assertEquals(400, bad.statusCode());
    assertEquals("application/problem+json", bad.headers().firstValue("Content-Type").orElse(""));
    assertTrue(bad.body().contains("parallel"), bad.body());
  }

  @Test
  void theApplicationDatabaseUserCannotChangeTheJournal() throws Exception {
    if (!TestEnvironment.isPostgres()) {
      // On H2 there is a single database user; the rule is checked in the PostgreSQL run.
      assertNotNull(TestEnvironment.privilegedConnection());
      return;
    }
    journalSomething(1);
    Journal.awaitSealed();
    long seq = Journal.maxSeq();
    try (Connection app = TestEnvironment.postgres().asApp();
        Statement s = app.createStatement()) {
      for (String change :
          List.of(
              "update journal_entry set detail = 'x' where seq = " + seq,
              "delete from journal_entry where seq = " + seq,
              "update journal_seal set hash = 'x' where entry_seq = " + seq,
              "delete from journal_seal where entry_seq = " + seq)) {
        SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(change));
        assertEquals("42501", refused.getSQLState(), "permission denied: " + change);
      }
      assertEquals(
          1,
          s.executeUpdate("update journal_sealer set sealed_at = sealed_at where id = 1"),
          "the sealer's state stays writable");
    }
    try (Connection owner =
            java.sql.DriverManager.getConnection(
                TestEnvironment.postgres().jdbcUrl(), "relais_owner", "owner-secret");
        Statement s = owner.createStatement()) {
      for (String change :
          List.of(
              "update journal_entry set detail = 'x' where seq = " + seq,
              "delete from journal_seal where entry_seq = " + seq)) {
        SQLException ownerUpdate = assertThrows(SQLException.class, () -> s.executeUpdate(change));
        assertTrue(ownerUpdate.getMessage().contains("append-only"), "even the owner is stopped");
      }
    }
    assertIntact();
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
