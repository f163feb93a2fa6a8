package fr.relais.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one source of time in Relais. Every date decision (expiry, deadlines, session limits, journal
 * timestamps) reads it, so tests can move it.
 */
public interface TimeSource {
  /** Zone in which dates with legal meaning are read unless a structure says otherwise. */
  ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

  Instant now();

  default LocalDate today() {
    return LocalDate.ofInstant(now(), DEFAULT_ZONE);
  }
}
