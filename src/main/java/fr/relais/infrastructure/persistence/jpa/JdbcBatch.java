package fr.relais.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * One statement run for many rows as JDBC batches, in the caller's transaction: what a page of
 * background work writes costs a few round trips, not one per row. Values are bound as given
 * (UUIDs, {@link java.sql.Date}, {@link java.sql.Timestamp}, strings).
 */
public final class JdbcBatch {

  private static final int CHUNK = 500;

  private JdbcBatch() {}

  public static void run(EntityManager em, String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    em.flush();
    em.unwrap(org.hibernate.Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement ps = connection.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows) {
                  bind(ps, row);
                  ps.addBatch();
                  if (++pending == CHUNK) {
                    ps.executeBatch();
                    pending = 0;
                  }
                }
                if (pending > 0) {
                  ps.executeBatch();
                }
              }
            });
  }

  private static void bind(PreparedStatement ps, Object[] row) throws SQLException {
    for (int i = 0; i < row.length; i++) {
      if (row[i] == null) {
        ps.setNull(i + 1, java.sql.Types.NULL); // untyped: the column gives the type
      } else {
        ps.setObject(i + 1, row[i]);
      }
    }
  }
}
