package fr.relais.infrastructure.persistence.jpa.shielding;

import fr.relais.domain.model.shielding.EmergencyLock;
import fr.relais.domain.model.shielding.EmergencyLockRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** Emergency locks, found by person through {@code ix_emergency_lock_person}. */
@ApplicationScoped
public class JpaEmergencyLockRepository implements EmergencyLockRepository {

  private static final String ACTIVE =
      "select l from EmergencyLock l where l.personId = :person and l.liftedAt is null";

  @PersistenceContext private EntityManager em;

  @Override
  public void add(EmergencyLock lock) {
    em.persist(lock);
  }

  @Override
  public Optional<EmergencyLock> activeForUpdate(UUID personId) {
    return em.createQuery(ACTIVE, EmergencyLock.class)
        .setParameter("person", personId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<EmergencyLock> active(UUID personId) {
    return em.createQuery(ACTIVE, EmergencyLock.class)
        .setParameter("person", personId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Instant> latestActiveLockedAt(Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        em.createQuery(
                "select max(l.lockedAt) from EmergencyLock l"
                    + " where l.personId in :people and l.liftedAt is null",
                Instant.class)
            .setParameter("people", personIds)
            .getSingleResult());
  }
}
