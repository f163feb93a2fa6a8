package fr.relais.application.platform;

import java.time.Instant;

/** Moves Relais's clock in test installations (platform operator only). */
public interface ClockControlService {

  /** The clock's current reading and offset. */
  record State(Instant now, long offsetSeconds) {}

  State state();

  /**
   * Sets the offset from system time.
   *
   * @throws FeatureDisabledException unless clock control is enabled
   * @throws InvalidInputException when the offset is missing or beyond ten years
   */
  State shift(Long offsetSeconds);
}
