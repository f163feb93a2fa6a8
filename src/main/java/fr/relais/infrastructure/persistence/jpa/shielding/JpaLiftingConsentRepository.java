package fr.relais.infrastructure.persistence.jpa.shielding;

import fr.relais.domain.model.shielding.LiftingConsent;
import fr.relais.domain.model.shielding.LiftingConsentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Consents to lifting, indexed by person and time. */
@ApplicationScoped
public class JpaLiftingConsentRepository implements LiftingConsentRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(LiftingConsent consent) {
    em.persist(consent);
  }

  @Override
  public Optional<LiftingConsent> latestUnused(UUID personId) {
    // Locked: two administrators lifting at once cannot both spend the same consent.
    return em.createQuery(
            "select c from LiftingConsent c where c.personId = :person and c.usedAt is null"
                + " order by c.recordedAt desc",
            LiftingConsent.class)
        .setParameter("person", personId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
