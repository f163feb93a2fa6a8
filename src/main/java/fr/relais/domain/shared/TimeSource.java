package fr.relais.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one source of time in Relais. Every date decision (expiry, deadlines, session limits, journal
 * timestamps) reads {@link #now()}, so tests can move it. {@link #machineTime()} is the machine's
 * own time, for the timing that belongs to the machine and decides nothing about anyone.
 */
public interface TimeSource {
  /**
   * The zone in which dates with legal meaning are read and times are shown (Europe/Paris): the one
   * place it is stated.
   */
  ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

  /** Relais's time: the machine's, shifted on a test installation whose clock was moved. */
  Instant now();

  /** Today in {@link #DEFAULT_ZONE}, on Relais's time. */
  default LocalDate today() {
    return LocalDate.ofInstant(now(), DEFAULT_ZONE);
  }

  /**
   * The machine's time, never shifted: for timing that is the machine's matter — when to try a mail
   * again, a lease, a cache, when a seal, a checkpoint or a data key was made, the age of a
   * provider's authentication on its own clock — and never for a date that decides anything about
   * someone.
   */
  static Instant machineTime() {
    return Instant.now();
  }
}
