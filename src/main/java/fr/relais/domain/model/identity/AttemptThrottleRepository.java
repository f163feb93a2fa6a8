package fr.relais.domain.model.identity;

import java.util.Optional;
import java.util.UUID;

/** The throttles of refused attempts (S70). */
public interface AttemptThrottleRepository {

  Optional<AttemptThrottle> find(String purpose, UUID actor, UUID subject);

  /** The row locked for this transaction, so that two nodes count every failure. */
  Optional<AttemptThrottle> findForUpdate(String purpose, UUID actor, UUID subject);

  AttemptThrottle add(AttemptThrottle throttle);
}
