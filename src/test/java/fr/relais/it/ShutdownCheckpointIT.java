package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.domain.model.journal.CheckpointLog;
import fr.relais.domain.model.journal.CheckpointSignatures;
import fr.relais.domain.model.journal.JournalChain;
import fr.relais.domain.model.journal.SignedCheckpoint;
import fr.relais.infrastructure.journal.CheckpointFiles;
import fr.relais.interfaces.cli.VerifyJournal;
import fr.relais.it.support.StandaloneServer;
import fr.relais.it.support.TestEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checkpoint written when a node stops (S50; architecture.md, "How the journal is kept"): every
 * clean stop (SIGTERM) of a server on H2 seals what is pending and signs a checkpoint of the whole
 * chain, so that deleting its newest entries afterwards is detected — stop after stop, not one time
 * in two. H2 used to close its database from its own shutdown hook while WildFly was still stopping
 * ({@code IJ030027}), and the checkpoint at shutdown failed. A second WildFly of its own, on its
 * own H2 database, whose periodic checkpoints are off: any checkpoint covering the newest entries
 * can only be the shutdown's.
 */
@org.junit.jupiter.api.parallel.ResourceLock(fr.relais.it.support.StandaloneServer.ONE_AT_A_TIME)
class ShutdownCheckpointIT {

  private static final int CYCLES = 3;
  private static final int CUT = 5;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void everyCleanStopAnchorsTheWholeChain() throws Exception {
    Map<String, String> env = new HashMap<>();
    StandaloneServer probe = StandaloneServer.onItsOwnH2("checkpoint-server", 22_000, env);
    env.put("RELAIS_JOURNAL_CHECKPOINT_INTERVAL_SECONDS", "0"); // only the one at shutdown
    env.put("RELAIS_JOURNAL_CHECKPOINT_SINKS", "file,log");
    env.put("RELAIS_MAIL_INBOUND_ENABLED", "false"); // the shared catch-all mailbox is not its own
    String token = TestEnvironment.scripted().accessToken("api-operateur", Duration.ofHours(1));
    try (StandaloneServer server = probe) {
      long checkpointsBefore = 0;
      for (int cycle = 1; cycle <= CYCLES; cycle++) {
        server.start();
        if (cycle > 1) {
          // After a restart, the server's own verification finds the checkpoints of the stops.
          Map<String, Object> v = verifyThroughApi(server, token);
          assertEquals(Boolean.TRUE, v.get("intact"), "cycle " + cycle + ": " + v);
          assertTrue(
              ((Number) v.get("checkpointsVerified")).intValue() >= cycle - 1,
              "cycle " + cycle + ": the checkpoints of the earlier stops are verified: " + v);
        }
        for (int i = 0; i < CUT + 3; i++) {
          verifyThroughApi(server, token); // each verification is journaled
        }
        long logBefore = Files.size(server.logFile());

        Duration took = server.stop(Duration.ofMinutes(2));

        String shutdownLog = tail(server, logBefore);
        assertFalse(shutdownLog.contains("IJ030027"), "cycle " + cycle + ":\n" + shutdownLog);
        for (String failure : List.of("JOURNAL:", "JOURNAL ALARM", "Database is already closed")) {
          assertFalse(
              shutdownLog.contains(failure),
              "cycle " + cycle + ": no failed seal or checkpoint at shutdown:\n" + shutdownLog);
        }
        List<CheckpointLog.Line> lines = CheckpointFiles.readFile(server.checkpointFile());
        assertTrue(lines.size() > checkpointsBefore, "cycle " + cycle + ": a checkpoint written");
        checkpointsBefore = lines.size();
        SignedCheckpoint newest = lines.get(lines.size() - 1).checkpoint();
        assertNotNull(newest, "cycle " + cycle + ": a well-formed checkpoint line");
        assertTrue(trusted().verify(newest), "signed by the node's key");

        try (Connection c = DriverManager.getConnection(server.h2Url(), "relais", "relais")) {
          long sealed = single(c, "select last_position from journal_sealer where id = 1");
          long entries = single(c, "select count(*) from journal_entry");
          assertEquals(entries, sealed, "cycle " + cycle + ": every entry sealed before the stop");
          assertEquals(
              sealed,
              newest.checkpoint().size(),
              "cycle " + cycle + ": the shutdown checkpoint covers the whole chain");
          ChainVerification intact = verifyFromOutside(c, server);
          assertTrue(intact.intact(), "cycle " + cycle + ": " + intact);
          assertTrue(intact.checkpointsVerified() >= cycle, String.valueOf(intact));
          assertDeletionOfTheNewestEntriesIsDetected(c, server, sealed, cycle);
        }
        System.out.println(
            "Shutdown checkpoint, cycle "
                + cycle
                + ": stopped in "
                + took.toMillis()
                + " ms, checkpoint of "
                + newest.checkpoint().size()
                + " seals");
      }
      String wholeLog = Files.readString(server.logFile(), StandardCharsets.UTF_8);
      assertFalse(wholeLog.contains("IJ030027"), "never a connection destroyed under the journal");
    }
  }

  /**
   * Someone with the database deletes the newest sealed entries and their seals and rewinds the
   * sealer's state, so that the chain alone looks whole: the checkpoint of the stop names the
   * missing range. Done in a transaction that is rolled back, so the next cycle starts intact.
   */
  private static void assertDeletionOfTheNewestEntriesIsDetected(
      Connection c, StandaloneServer server, long length, int cycle) throws Exception {
    long cut = length - CUT;
    c.setAutoCommit(false);
    try {
      long keptSeq;
      String keptHash;
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("select hash, entry_seq from journal_seal where position = " + cut)) {
        assertTrue(rs.next());
        keptHash = rs.getString(1);
        keptSeq = rs.getLong(2);
      }
      List<Long> removed = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("select entry_seq from journal_seal where position > " + cut)) {
        while (rs.next()) {
          removed.add(rs.getLong(1));
        }
      }
      assertEquals(CUT, removed.size());
      try (Statement s = c.createStatement()) {
        s.executeUpdate("delete from journal_seal where position > " + cut);
        for (long seq : removed) {
          s.executeUpdate("delete from journal_entry where seq = " + seq);
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "update journal_sealer set last_position = ?, last_hash = ?, last_entry_seq = ?"
                  + " where id = 1")) {
        ps.setLong(1, cut);
        ps.setString(2, keptHash);
        ps.setLong(3, keptSeq);
        ps.executeUpdate();
      }
      // Without the checkpoint the chain looks whole: that is what the checkpoint is for.
      assertTrue(VerifyJournal.verify(c, chain()).intact(), "cycle " + cycle);
      ChainVerification v = verifyFromOutside(c, server);
      assertFalse(v.intact(), "cycle " + cycle + ": the deletion is detected");
      assertNotNull(v.missing(), String.valueOf(v));
      assertEquals(cut + 1, v.missing().fromPosition());
      assertEquals(length, v.missing().toPosition());
      assertEquals(keptSeq, v.missing().afterEntrySeq());
    } finally {
      c.rollback();
      c.setAutoCommit(true);
    }
  }

  private static ChainVerification verifyFromOutside(Connection c, StandaloneServer server)
      throws Exception {
    return VerifyJournal.verify(
        c,
        chain(),
        trusted(),
        CheckpointFiles.readFile(server.checkpointFile()),
        Duration.ofSeconds(30));
  }

  private static JournalChain chain() {
    return new JournalChain(Base64.getDecoder().decode(System.getenv("RELAIS_JOURNAL_KEY")));
  }

  private static CheckpointSignatures trusted() {
    return CheckpointSignatures.verifier(
        List.of(System.getenv("RELAIS_JOURNAL_CHECKPOINT_PUBLIC_KEY")));
  }

  private static Map<String, Object> verifyThroughApi(StandaloneServer server, String token)
      throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/journal/verification"))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSONObjectUtils.parse(r.body());
  }

  /** What the server logged from {@code offset} on (its shutdown). */
  private static String tail(StandaloneServer server, long offset) throws Exception {
    byte[] all = Files.readAllBytes(server.logFile());
    return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
