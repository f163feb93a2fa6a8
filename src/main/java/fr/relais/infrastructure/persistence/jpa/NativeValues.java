package fr.relais.infrastructure.persistence.jpa;

import java.nio.ByteBuffer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Values of native query results, which H2 and PostgreSQL return as different Java types. */
public final class NativeValues {
  private NativeValues() {}

  public static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (o instanceof java.time.ZonedDateTime zdt) {
      return zdt.toInstant();
    }
    return (Instant) o;
  }

  public static UUID uuid(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof UUID u) {
      return u;
    }
    if (o instanceof byte[] b && b.length == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(b);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return UUID.fromString(o.toString());
  }
}
