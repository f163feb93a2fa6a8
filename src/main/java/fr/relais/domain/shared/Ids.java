package fr.relais.domain.shared;

import java.util.UUID;

/** Parsing helpers for opaque identifiers that arrive from URLs and API bodies. */
public final class Ids {
  private Ids() {}

  /**
   * Parses a UUID strictly (canonical 36-character form only), so that an identifier is never
   * guessed from a loosely formatted value.
   *
   * @throws IllegalArgumentException when the value is not a canonical UUID
   */
  public static UUID parseUuid(String value) {
    if (value == null || value.length() != 36) {
      throw new IllegalArgumentException("not an identifier");
    }
    UUID uuid = UUID.fromString(value);
    if (!uuid.toString().equalsIgnoreCase(value)) {
      throw new IllegalArgumentException("not an identifier");
    }
    return uuid;
  }
}
