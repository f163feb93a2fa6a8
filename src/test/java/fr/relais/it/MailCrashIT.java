package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.domain.model.journal.CheckpointSignatures;
import fr.relais.domain.model.journal.JournalChain;
import fr.relais.infrastructure.demo.StartupData;
import fr.relais.infrastructure.journal.CheckpointFiles;
import fr.relais.interfaces.cli.VerifyJournal;
import fr.relais.it.support.MailTraffic;
import fr.relais.it.support.StandaloneServer;
import fr.relais.it.support.TestEnvironment;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of the inbound mail (A5): a server killed (SIGKILL, not stopped) while it files a
 * batch loses nothing and files nothing twice once it starts again; its journal, sealed after the
 * restart, is intact. A second WildFly of its own, on its own H2 database and its own catch-all
 * mailbox, so that the server the other tests use is left alone.
 */
@org.junit.jupiter.api.parallel.ResourceLock(fr.relais.it.support.StandaloneServer.ONE_AT_A_TIME)
class MailCrashIT {

  private static final String MAILBOX = "crash@relais.test";
  private static final String PASSWORD = "crash-secret";
  private static final int MESSAGES = 150;

  @Test
  void aServerKilledWhileFilingLosesNothingAndFilesNothingTwice() throws Exception {
    TestEnvironment.mail().greenMail().setUser(MAILBOX, MAILBOX, PASSWORD);
    String address =
        StartupData.DEMO_LOCAL_PARTS[0] + "+" + StartupData.DEMO_TOKENS[0][0] + "@relais.test";
    byte[] pdf = MailTraffic.largePdf(150);
    for (int i = 0; i < MESSAGES; i++) {
      TestEnvironment.mail()
          .deliver(
              MailTraffic.withAttachment(
                  "crash-" + i + "-" + UUID.randomUUID() + "@anef.test",
                  address,
                  "Lot " + i,
                  "Message " + i + " du lot.",
                  "piece-" + i + ".pdf",
                  "application/pdf",
                  pdf),
              MAILBOX);
    }

    Map<String, String> env = new HashMap<>();
    StandaloneServer probe = StandaloneServer.onItsOwnH2("crash-server", 20_000, env);
    env.put("RELAIS_MAIL_INBOUND_USER", MAILBOX);
    env.put("RELAIS_MAIL_INBOUND_PASSWORD", PASSWORD);
    env.put("RELAIS_MAIL_INBOUND_BATCH_SIZE", "500");
    try (StandaloneServer server = probe) {
      server.start();
      awaitFiled(server, 15, Duration.ofSeconds(90));
      server.kill();
      long atCrash = filed(server);
      assertTrue(
          atCrash > 0 && atCrash < MESSAGES, "killed in the middle of the batch: " + atCrash);

      server.start();
      awaitFiled(server, MESSAGES, Duration.ofSeconds(120));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (TestEnvironment.mail().count(MAILBOX, PASSWORD, "INBOX") > 0
          && System.nanoTime() < deadline) {
        Thread.sleep(250);
      }
      assertEquals(0, TestEnvironment.mail().count(MAILBOX, PASSWORD, "INBOX"), "all processed");
      try (Connection c = DriverManager.getConnection(server.h2Url(), "relais", "relais");
          Statement s = c.createStatement()) {
        assertEquals(MESSAGES, single(s, "select count(*) from inbound_message"), "nothing lost");
        assertEquals(
            MESSAGES,
            single(s, "select count(distinct message_key) from inbound_message"),
            "nothing twice");
        assertEquals(
            MESSAGES,
            single(s, "select count(*) from message_attachment where status = 'KEPT'"),
            "every attachment kept once");
        // The journal: the entries of transactions committed before the kill are sealed now.
        Thread.sleep(2_000);
        ChainVerification v =
            VerifyJournal.verify(
                c,
                new JournalChain(Base64.getDecoder().decode(System.getenv("RELAIS_JOURNAL_KEY"))),
                CheckpointSignatures.verifier(
                    List.of(System.getenv("RELAIS_JOURNAL_CHECKPOINT_PUBLIC_KEY"))),
                CheckpointFiles.readFile(probe.checkpointFile()),
                Duration.ofSeconds(30));
        assertTrue(v.intact(), String.valueOf(v));
        assertTrue(
            single(s, "select count(*) from journal_entry where action = 'message.file'")
                == MESSAGES,
            "one journal entry per filing");
      }
    }
  }

  /** Messages filed so far, read through the server while it runs, from the file once killed. */
  private static long filed(StandaloneServer server) throws Exception {
    try (Connection c = DriverManager.getConnection(server.h2Url(), "relais", "relais");
        Statement s = c.createStatement()) {
      return single(s, "select count(*) from inbound_message");
    } catch (java.sql.SQLException notYet) {
      return 0;
    }
  }

  private static void awaitFiled(StandaloneServer server, long n, Duration max) throws Exception {
    long deadline = System.nanoTime() + max.toNanos();
    while (filed(server) < n) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("only " + filed(server) + " of " + n + " filed in " + max);
      }
      Thread.sleep(100);
    }
  }

  private static long single(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
