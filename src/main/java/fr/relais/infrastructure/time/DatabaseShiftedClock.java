package fr.relais.infrastructure.time;

import fr.relais.application.platform.ClockControl;
import fr.relais.domain.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * System time, shifted by an offset kept in the database when clock control is enabled ({@code
 * relais.clock.control-enabled}, off in production). The offset lives in the database, not in
 * memory, so every node of a cluster reads the same time.
 */
@ApplicationScoped
public class DatabaseShiftedClock implements TimeSource, ClockControl {

  @Resource(lookup = "java:jboss/datasources/RelaisDS")
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "relais.clock.control-enabled", defaultValue = "false")
  boolean controlEnabled;

  @Override
  public Instant now() {
    Instant now = TimeSource.machineTime();
    return controlEnabled ? now.plus(offset()) : now;
  }

  @Override
  public boolean isControlEnabled() {
    return controlEnabled;
  }

  /** The current offset from system time. */
  @Override
  public Duration offset() {
    if (!controlEnabled) {
      return Duration.ZERO;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select offset_seconds from clock_offset where id = 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Duration.ofSeconds(rs.getLong(1)) : Duration.ZERO;
    } catch (SQLException e) {
      throw new IllegalStateException("clock offset unreadable", e);
    }
  }

  /** Sets the offset; refused unless clock control is enabled. */
  @Override
  public void setOffset(Duration offset) {
    if (!controlEnabled) {
      throw new IllegalStateException("clock control is disabled");
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("update clock_offset set offset_seconds = ? where id = 1")) {
      ps.setLong(1, offset.toSeconds());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("clock offset not written", e);
    }
  }
}
