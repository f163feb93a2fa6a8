package fr.relais.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Reads the journal straight from the database, to check what the server recorded. */
public final class Journal {
  private Journal() {}

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
}
