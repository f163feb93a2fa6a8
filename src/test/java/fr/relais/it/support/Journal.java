package fr.relais.it.support;

import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.domain.model.journal.CheckpointLog;
import fr.relais.domain.model.journal.CheckpointSignatures;
import fr.relais.domain.model.journal.JournalChain;
import fr.relais.infrastructure.journal.CheckpointFiles;
import fr.relais.interfaces.cli.VerifyJournal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads the journal straight from the database, to check what the server recorded, and verifies its
 * chain from outside with this run's keys and checkpoint file, as the command-line verifier does.
 */
public final class Journal {
  private Journal() {}

  /** The chain as this run's journal key computes it (the key the server was given). */
  public static JournalChain chain() {
    return new JournalChain(Base64.getDecoder().decode(System.getenv("RELAIS_JOURNAL_KEY")));
  }

  /** The verifier of this run's signed checkpoints (the public key the server signs for). */
  public static CheckpointSignatures trusted() {
    return CheckpointSignatures.verifier(
        List.of(System.getenv("RELAIS_JOURNAL_CHECKPOINT_PUBLIC_KEY")));
  }

  /** The lines of this run's checkpoint file, outside the database. */
  public static List<CheckpointLog.Line> checkpointLines() {
    return CheckpointFiles.readFile(TestEnvironment.checkpointFile());
  }

  /** The command-line verifier, against this run's checkpoint file. */
  public static ChainVerification verifyFromOutside() throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection()) {
      return VerifyJournal.verify(c, chain(), trusted(), checkpointLines(), Duration.ofSeconds(3));
    }
  }

  /** One journal row, as far as tests look at it. */
  public record Row(
      long seq,
      String actorIssuer,
      String actorSubject,
      String action,
      String targetType,
      String targetId,
      String outcome,
      String detail,
      String requestId,
      String clientAddress) {}

  public static long maxSeq() throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement("select coalesce(max(seq), 0) from journal_entry");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Rows written after {@code afterSeq}, oldest first. */
  public static List<Row> since(long afterSeq) throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select seq, actor_issuer, actor_subject, action, target_type, target_id, outcome,"
                    + " detail, request_id, client_address from journal_entry where seq > ? order by seq")) {
      ps.setLong(1, afterSeq);
      List<Row> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getString(10)));
        }
      }
      return rows;
    }
  }

  /** Waits until the sealer has linked every committed entry into the chain. */
  public static void awaitSealed() throws Exception {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (true) {
      try (Connection c = TestEnvironment.privilegedConnection();
          PreparedStatement ps =
              c.prepareStatement(
                  "select (select count(*) from journal_entry e, journal_sealer s"
                      + " where s.id = 1 and e.seq > s.last_entry_seq)"
                      + " + (select count(*) from journal_entry e, journal_gap g"
                      + " where e.seq = g.seq)");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(1) == 0) {
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("journal entries still unsealed after 30 s");
      }
      Thread.sleep(50);
    }
  }

  /** How many seals cover each entry after {@code afterSeq}: every committed one exactly once. */
  public static java.util.Map<Long, Long> sealsPerEntry(long afterSeq) throws Exception {
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select e.seq, (select count(*) from journal_seal s where s.entry_seq = e.seq)"
                    + " from journal_entry e where e.seq > ? order by e.seq")) {
      ps.setLong(1, afterSeq);
      java.util.Map<Long, Long> out = new java.util.LinkedHashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getLong(2));
        }
      }
      return out;
    }
  }

  /** Whether one of the rows is this action, with this outcome, by this subject. */
  public static boolean has(List<Row> rows, String action, String outcome, String actorSubject) {
    return rows.stream()
        .anyMatch(
            r ->
                action.equals(r.action())
                    && outcome.equals(r.outcome())
                    && actorSubject.equals(r.actorSubject()));
  }

  /** Whether one of the rows is this action with a detail that holds {@code detail}. */
  public static boolean hasDetail(List<Row> rows, String action, String detail) {
    return rows.stream()
        .anyMatch(r -> action.equals(r.action()) && String.valueOf(r.detail()).contains(detail));
  }

  /** S42: no row's detail holds any of these values. */
  public static void assertNoValue(List<Row> rows, String... values) {
    for (Row r : rows) {
      String d = String.valueOf(r.detail());
      for (String v : values) {
        if (d.contains(v)) {
          throw new AssertionError("a value journaled: " + r);
        }
      }
    }
  }
}
