package fr.relais.application.platform.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.FeatureDisabledException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.platform.ClockControl;
import fr.relais.application.platform.ClockControlService;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;

/** Shifts the shared clock offset; journaled like any other action. */
@ApplicationScoped
@Transactional
public class DefaultClockControlService implements ClockControlService {
  private static final long TEN_YEARS = Duration.ofDays(3653).toSeconds();

  @Inject ClockControl control;
  @Inject TimeSource clock;
  @Inject AccessPolicy policy;
  @Inject Journal journal;

  @Override
  public State state() {
    requireEnabled();
    policy.platform().requireControlClock();
    return new State(clock.now(), control.offset().toSeconds());
  }

  @Override
  public State shift(Long offsetSeconds) {
    requireEnabled();
    AuthenticatedUser user = policy.platform().requireControlClock();
    if (offsetSeconds == null) {
      throw new InvalidInputException("offsetSeconds", "required");
    }
    if (Math.abs(offsetSeconds) > TEN_YEARS) {
      throw new InvalidInputException("offsetSeconds", "must be within ten years");
    }
    control.setOffset(Duration.ofSeconds(offsetSeconds));
    journal.record(
        user.journal()
            .about("clock", null)
            .success("clock.shift", "offset " + offsetSeconds + "s"));
    return new State(clock.now(), offsetSeconds);
  }

  private void requireEnabled() {
    if (!control.isControlEnabled()) {
      throw new FeatureDisabledException("clock control");
    }
  }
}
