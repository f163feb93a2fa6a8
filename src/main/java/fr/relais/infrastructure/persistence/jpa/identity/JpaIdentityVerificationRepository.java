package fr.relais.infrastructure.persistence.jpa.identity;

import fr.relais.domain.model.identity.IdentityVerification;
import fr.relais.domain.model.identity.IdentityVerificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** A person's verification steps, read by the index on (person, time). */
@ApplicationScoped
public class JpaIdentityVerificationRepository implements IdentityVerificationRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(IdentityVerification verification) {
    em.persist(verification);
  }

  @Override
  public List<IdentityVerification> history(UUID person, int limit) {
    return em.createQuery(
            "select v from IdentityVerification v where v.personId = :person"
                + " order by v.checkedAt desc, v.id desc",
            IdentityVerification.class)
        .setParameter("person", person)
        .setMaxResults(limit)
        .getResultList();
  }
}
