package fr.relais.infrastructure.persistence.jpa.identity;

import fr.relais.domain.model.identity.AttemptThrottle;
import fr.relais.domain.model.identity.AttemptThrottleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Attempt throttles by their key. */
@ApplicationScoped
public class JpaAttemptThrottleRepository implements AttemptThrottleRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<AttemptThrottle> find(String purpose, UUID actor, UUID subject) {
    return query(purpose, actor, subject, LockModeType.NONE);
  }

  @Override
  public Optional<AttemptThrottle> findForUpdate(String purpose, UUID actor, UUID subject) {
    return query(purpose, actor, subject, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public AttemptThrottle add(AttemptThrottle throttle) {
    em.persist(throttle);
    em.flush();
    return throttle;
  }

  private Optional<AttemptThrottle> query(
      String purpose, UUID actor, UUID subject, LockModeType lock) {
    return em.createQuery(
            "select t from AttemptThrottle t where t.purpose = :purpose"
                + " and t.actorId = :actor and t.subjectId = :subject",
            AttemptThrottle.class)
        .setParameter("purpose", purpose)
        .setParameter("actor", actor)
        .setParameter("subject", subject)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }
}
