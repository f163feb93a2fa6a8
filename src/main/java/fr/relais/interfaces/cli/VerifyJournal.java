package fr.relais.interfaces.cli;

import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalChain;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.journal.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * Verifies the journal straight from the database, without the server (G1). Reads the chain key
 * from {@code --key-file} or the environment variable {@code RELAIS_JOURNAL_KEY}. Exit status 0
 * when the chain is intact, 1 when broken (the first broken entry is printed), 2 on usage errors.
 *
 * <pre>
 * ./mvnw -q exec:java@verify-journal -Dexec.args="--url jdbc:postgresql://… --user … --password … --key-file …"
 * </pre>
 */
public final class VerifyJournal {

  private VerifyJournal() {}

  public static void main(String[] args) throws Exception {
    String url = null;
    String user = "";
    String password = "";
    String keyFile = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--url" -> url = args[i + 1];
        case "--user" -> user = args[i + 1];
        case "--password" -> password = args[i + 1];
        case "--key-file" -> keyFile = args[i + 1];
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    String keyText =
        keyFile != null
            ? Files.readString(Path.of(keyFile)).trim()
            : System.getenv("RELAIS_JOURNAL_KEY");
    if (url == null || keyText == null || keyText.isBlank()) {
      System.err.println(
          "usage: VerifyJournal --url JDBC_URL [--user U] [--password P] (--key-file F | env RELAIS_JOURNAL_KEY)");
      System.exit(2);
    }
    ChainVerification result;
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      result = verify(c, new JournalChain(Base64.getDecoder().decode(keyText)));
    }
    if (result.intact()) {
      System.out.println("Journal intact: " + result.entriesChecked() + " entries verified.");
      System.exit(0);
    }
    System.out.println(
        "Journal BROKEN at entry "
            + result.firstBrokenSeq()
            + ": "
            + result.reason()
            + " ("
            + result.entriesChecked()
            + " entries verified before it).");
    System.exit(1);
  }

  /** Verifies the chain over a JDBC connection, reading it in keyset pages. */
  public static ChainVerification verify(Connection c, JournalChain chain) throws SQLException {
    long headSeq;
    String headHash;
    try (PreparedStatement ps =
            c.prepareStatement("select last_seq, last_hash from journal_head where id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("journal_head missing");
      }
      headSeq = rs.getLong(1);
      headHash = rs.getString(2);
    }
    return chain.verify(new Pages(c), headSeq, headHash);
  }

  private static final class Pages implements Iterator<JournalEntry> {
    private static final int SIZE = 2_000;
    private final Connection c;
    private List<JournalEntry> page = List.of();
    private int index;
    private long last;
    private boolean exhausted;

    Pages(Connection c) {
      this.c = c;
    }

    @Override
    public boolean hasNext() {
      if (index < page.size()) {
        return true;
      }
      if (exhausted) {
        return false;
      }
      page = load();
      index = 0;
      exhausted = page.size() < SIZE;
      return !page.isEmpty();
    }

    @Override
    public JournalEntry next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      JournalEntry e = page.get(index++);
      last = e.seq();
      return e;
    }

    private List<JournalEntry> load() {
      String sql =
          "select seq, occurred_at, actor_issuer, actor_subject, actor_name, structure_id, action,"
              + " target_type, target_id, mandate_id, request_id, client_address, outcome, detail,"
              + " prev_hash, hash from journal_entry where seq > ? order by seq";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, last);
        ps.setMaxRows(SIZE);
        List<JournalEntry> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            JournalRecord r =
                new JournalRecord(
                    new JournalActor(rs.getString(3), rs.getString(4), rs.getString(5)),
                    uuid(rs.getString(6)),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    uuid(rs.getString(10)),
                    Outcome.valueOf(rs.getString(13)),
                    rs.getString(14));
            list.add(
                JournalEntry.restore(
                    rs.getLong(1),
                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                    r,
                    rs.getString(11),
                    rs.getString(12),
                    rs.getString(15),
                    rs.getString(16)));
          }
        }
        return list;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private static UUID uuid(String s) {
      return s == null ? null : UUID.fromString(s);
    }
  }
}
