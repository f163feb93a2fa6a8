package fr.relais.application.identity.internal;

import fr.relais.domain.model.identity.AttemptThrottle;
import fr.relais.domain.model.identity.AttemptThrottleRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.UUID;

/**
 * Growing delays between refused attempts (S70), kept in the database so that every node counts the
 * same attempts. A failure is written in a transaction of its own: it stays when the attempt it
 * counts is rolled back.
 */
@ApplicationScoped
public class AttemptThrottles {

  @Inject AttemptThrottleRepository throttles;
  @Inject TimeSource clock;

  /** How long this actor must still wait before trying this again on this subject. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Duration wait(String purpose, UUID actor, UUID subject) {
    return throttles
        .find(purpose, actor, subject)
        .map(t -> t.wait(clock.now()))
        .orElse(Duration.ZERO);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(String purpose, UUID actor, UUID subject) {
    AttemptThrottle t =
        throttles
            .findForUpdate(purpose, actor, subject)
            .orElseGet(() -> throttles.add(new AttemptThrottle(purpose, actor, subject)));
    t.failed(clock.now());
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public void succeeded(String purpose, UUID actor, UUID subject) {
    throttles.findForUpdate(purpose, actor, subject).ifPresent(AttemptThrottle::succeeded);
  }
}
