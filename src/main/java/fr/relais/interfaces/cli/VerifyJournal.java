package fr.relais.interfaces.cli;

import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.domain.model.journal.CheckpointLog;
import fr.relais.domain.model.journal.CheckpointSignatures;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalChain;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.journal.JournalSeal;
import fr.relais.domain.model.journal.JournalVerifier;
import fr.relais.domain.model.journal.Outcome;
import fr.relais.domain.model.journal.SealerState;
import fr.relais.domain.shared.TimeSource;
import fr.relais.infrastructure.journal.CheckpointFiles;
import fr.relais.infrastructure.security.CheckpointKeyProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Verifies the journal straight from the database, without the server (G1), against the signed
 * checkpoints given: the same {@link JournalVerifier} as the server's. Exit status 0 when
 * everything is intact, 1 when a problem is found (each one is printed), 2 on usage errors.
 *
 * <pre>
 * ./mvnw -q exec:java@verify-journal -Dexec.args="--url jdbc:postgresql://… --user … --password …
 *     --key-file … --checkpoints node1.log --checkpoints node2.log --checkpoint-public-key …"
 * </pre>
 *
 * The chain key comes from {@code --key-file} or {@code RELAIS_JOURNAL_KEY}; the checkpoints'
 * public keys from {@code --checkpoint-public-key} (repeatable), {@code --checkpoint-key-file} (a
 * development key file) or {@code RELAIS_JOURNAL_CHECKPOINT_PUBLIC_KEY}.
 */
public final class VerifyJournal {

  private VerifyJournal() {}

  public static void main(String[] args) throws Exception {
    String url = null;
    String user = "";
    String password = "";
    String keyFile = null;
    List<Path> checkpointFiles = new ArrayList<>();
    List<String> publicKeys = new ArrayList<>();
    long maxDelay = 30;
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--url" -> url = value;
        case "--user" -> user = value;
        case "--password" -> password = value;
        case "--key-file" -> keyFile = value;
        case "--checkpoints" -> checkpointFiles.add(Path.of(value));
        case "--checkpoint-public-key" -> publicKeys.add(value);
        case "--checkpoint-key-file" ->
            publicKeys.add(CheckpointKeyProvider.publicKeyOf(Path.of(value)));
        case "--max-delay-seconds" -> maxDelay = Long.parseLong(value);
        default -> usage("unknown option " + args[i]);
      }
    }
    if (args.length % 2 != 0) {
      usage("every option takes a value");
    }
    String keyText =
        keyFile != null
            ? Files.readString(Path.of(keyFile)).trim()
            : System.getenv("RELAIS_JOURNAL_KEY");
    String envPublic = System.getenv("RELAIS_JOURNAL_CHECKPOINT_PUBLIC_KEY");
    if (publicKeys.isEmpty() && envPublic != null && !envPublic.isBlank()) {
      publicKeys.add(envPublic);
    }
    if (url == null || keyText == null || keyText.isBlank()) {
      usage("--url and the chain key are required");
    }
    if (!checkpointFiles.isEmpty() && publicKeys.isEmpty()) {
      usage("checkpoints need a public key to be verified with");
    }
    if (checkpointFiles.isEmpty()) {
      System.out.println(
          "Warning: no checkpoint file given: a shortened tail of the journal cannot be detected.");
    }
    List<CheckpointLog.Line> checkpoints = new ArrayList<>();
    for (Path f : checkpointFiles) {
      if (!Files.isReadable(f)) {
        usage("cannot read " + f);
      }
      checkpoints.addAll(CheckpointFiles.readFile(f));
    }
    ChainVerification result;
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      result =
          verify(
              c,
              new JournalChain(Base64.getDecoder().decode(keyText)),
              publicKeys.isEmpty() ? null : CheckpointSignatures.verifier(publicKeys),
              checkpoints,
              Duration.ofSeconds(maxDelay));
    }
    if (result.intact()) {
      System.out.println(
          "Journal intact: "
              + result.entriesChecked()
              + " entries verified, "
              + result.checkpointsVerified()
              + " checkpoint(s) matched, "
              + result.pendingEntries()
              + " entr"
              + (result.pendingEntries() == 1 ? "y" : "ies")
              + " waiting to be sealed.");
      System.exit(0);
    }
    System.out.println(
        "Journal BROKEN"
            + (result.firstBrokenSeq() == null ? "" : " at entry " + result.firstBrokenSeq())
            + ": "
            + result.reason()
            + " ("
            + result.entriesChecked()
            + " entries verified before it).");
    for (String p : result.problems().subList(1, result.problems().size())) {
      System.out.println("  also: " + p);
    }
    System.exit(1);
  }

  private static void usage(String why) {
    System.err.println(why);
    System.err.println(
        "usage: VerifyJournal --url JDBC_URL [--user U] [--password P]"
            + " (--key-file F | env RELAIS_JOURNAL_KEY) [--checkpoints FILE]..."
            + " [--checkpoint-public-key BASE64 | --checkpoint-key-file F]..."
            + " [--max-delay-seconds N]");
    System.exit(2);
  }

  /** Verifies without checkpoints: the chain, its entries and the unsealed ones. */
  public static ChainVerification verify(Connection c, JournalChain chain) throws SQLException {
    return verify(c, chain, null, List.of(), Duration.ofSeconds(30));
  }

  /** Verifies the journal over a JDBC connection, reading it in keyset pages. */
  public static ChainVerification verify(
      Connection c,
      JournalChain chain,
      CheckpointSignatures signatures,
      List<CheckpointLog.Line> checkpoints,
      Duration maxDelay)
      throws SQLException {
    CheckpointSignatures trusted =
        signatures != null
            ? signatures
            : new CheckpointSignatures(
                null, CheckpointSignatures.generate().getPublic(), List.of());
    Instant now = TimeSource.machineTime().plusSeconds(clockOffset(c));
    try {
      return new JournalVerifier(chain, trusted, maxDelay).verify(new Jdbc(c), checkpoints, now);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw sql;
      }
      throw e;
    }
  }

  /** The test clock's offset, so that pending entries are judged on the clock that dated them. */
  private static long clockOffset(Connection c) {
    try (PreparedStatement ps =
            c.prepareStatement("select offset_seconds from clock_offset where id = 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException noClockTable) {
      return 0;
    }
  }

  private record Jdbc(Connection c) implements JournalVerifier.Source {

    @Override
    public SealerState state() {
      return query(
          "select last_position, last_hash, last_entry_seq, legacy_until_seq, sealed_at"
              + " from journal_sealer where id = 1",
          ps -> {},
          rs -> {
            if (!rs.next()) {
              throw new SQLException("journal_sealer missing");
            }
            OffsetDateTime at = rs.getObject(5, OffsetDateTime.class);
            return new SealerState(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getLong(4),
                at == null ? null : at.toInstant());
          });
    }

    @Override
    public List<JournalVerifier.SealedEntry> sealedAfter(long afterPosition, int limit) {
      return query(
          "select s.position, s.entry_seq, s.prev_hash, s.hash, s.sealed_at, e.seq, e.occurred_at,"
              + " e.actor_issuer, e.actor_subject, e.actor_name, e.structure_id, e.action,"
              + " e.target_type, e.target_id, e.mandate_id, e.request_id, e.client_address,"
              + " e.outcome, e.detail, e.mac, e.redacted_fields, e.redaction_mac, e.redacted_at"
              + " from journal_seal s left join journal_entry e on e.seq = s.entry_seq"
              + " where s.position > ? order by s.position",
          ps -> {
            ps.setLong(1, afterPosition);
            ps.setMaxRows(limit);
          },
          rs -> {
            List<JournalVerifier.SealedEntry> list = new ArrayList<>();
            while (rs.next()) {
              JournalSeal seal =
                  new JournalSeal(
                      rs.getLong(1),
                      rs.getLong(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getObject(5, OffsetDateTime.class).toInstant());
              JournalEntry entry = null;
              if (rs.getObject(6) != null) {
                JournalRecord r =
                    new JournalRecord(
                        new JournalActor(rs.getString(8), rs.getString(9), rs.getString(10)),
                        uuid(rs.getString(11)),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getString(14),
                        uuid(rs.getString(15)),
                        Outcome.valueOf(rs.getString(18)),
                        rs.getString(19));
                entry =
                    JournalEntry.restore(
                        rs.getLong(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant(),
                        r,
                        rs.getString(16),
                        rs.getString(17),
                        rs.getString(20),
                        rs.getString(21),
                        rs.getString(22),
                        rs.getObject(23) == null
                            ? null
                            : rs.getObject(23, OffsetDateTime.class).toInstant());
              }
              list.add(new JournalVerifier.SealedEntry(seal, entry));
            }
            return list;
          });
    }

    @Override
    public List<Long> neverSealed(long upToSeq, int limit) {
      return query(
          "select e.seq from journal_entry e where e.seq <= ?"
              + " and not exists (select 1 from journal_seal s where s.entry_seq = e.seq)"
              + " and not exists (select 1 from journal_gap g where g.seq = e.seq)"
              + " order by e.seq",
          ps -> {
            ps.setLong(1, upToSeq);
            ps.setMaxRows(limit);
          },
          rs -> {
            List<Long> seqs = new ArrayList<>();
            while (rs.next()) {
              seqs.add(rs.getLong(1));
            }
            return seqs;
          });
    }

    @Override
    public JournalVerifier.Pending pending(long afterSeq) {
      JournalVerifier.Pending fresh =
          query(
              "select count(*), min(occurred_at) from journal_entry where seq > ?",
              ps -> ps.setLong(1, afterSeq),
              VerifyJournal::pendingOf);
      JournalVerifier.Pending late =
          query(
              "select count(*), min(e.occurred_at) from journal_entry e, journal_gap g"
                  + " where e.seq = g.seq",
              ps -> {},
              VerifyJournal::pendingOf);
      Instant oldest =
          fresh.oldest() == null
              ? late.oldest()
              : late.oldest() == null || fresh.oldest().isBefore(late.oldest())
                  ? fresh.oldest()
                  : late.oldest();
      return new JournalVerifier.Pending(fresh.count() + late.count(), oldest);
    }

    private <T> T query(String sql, Binder binder, Reader<T> reader) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        binder.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          return reader.read(rs);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
    }
  }

  private static JournalVerifier.Pending pendingOf(ResultSet rs) throws SQLException {
    rs.next();
    OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
    return new JournalVerifier.Pending(rs.getLong(1), at == null ? null : at.toInstant());
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private static UUID uuid(String s) {
    return s == null ? null : UUID.fromString(s);
  }
}
