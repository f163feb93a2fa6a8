package fr.relais.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** One row of a table as the database holds it, read with privileges: for checks at rest. */
public final class Rows {

  private Rows() {}

  /** The row whose {@code key} column is {@code id}, column names in lower case. */
  public static Map<String, Object> one(String table, String key, UUID id) throws Exception {
    if (!table.matches("[a-z_]+") || !key.matches("[a-z_]+")) {
      throw new IllegalArgumentException(table + "." + key);
    }
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement("select * from " + table + " where " + key + " = ?")) {
      ps.setObject(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new AssertionError("no row of " + table + " with " + key + " = " + id);
        }
        Map<String, Object> row = new HashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
        }
        return row;
      }
    }
  }

  /** How many rows of {@code table} have {@code column} equal to {@code value}. */
  public static long count(String table, String column, Object value) throws Exception {
    if (!table.matches("[a-z_]+") || !column.matches("[a-z_]+")) {
      throw new IllegalArgumentException(table + "." + column);
    }
    try (Connection c = TestEnvironment.privilegedConnection();
        PreparedStatement ps =
            c.prepareStatement("select count(*) from " + table + " where " + column + " = ?")) {
      ps.setObject(1, value);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
