package fr.relais.infrastructure.persistence.jpa.identity;

import fr.relais.domain.model.administration.AdministrationAccount;
import fr.relais.domain.model.administration.AdministrationAccountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Administration accounts by person (the unique key's index) and by identifier hash. */
@ApplicationScoped
public class JpaAdministrationAccountRepository implements AdministrationAccountRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(AdministrationAccount account) {
    em.persist(account);
  }

  @Override
  public Optional<AdministrationAccount> find(UUID id) {
    return Optional.ofNullable(em.find(AdministrationAccount.class, id));
  }

  @Override
  public List<AdministrationAccount> forPerson(UUID person) {
    return em.createQuery(
            "select a from AdministrationAccount a where a.personId = :p"
                + " order by a.recordedAt, a.id",
            AdministrationAccount.class)
        .setParameter("p", person)
        .setMaxResults(AdministrationAccount.MAX_PER_PERSON)
        .getResultList();
  }

  @Override
  public List<AdministrationAccount> awaitingFirstMessage(UUID person) {
    return em.createQuery(
            "select a from AdministrationAccount a where a.personId = :p and a.move = :done",
            AdministrationAccount.class)
        .setParameter("p", person)
        .setParameter("done", AdministrationAccount.Move.DONE)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public boolean exists(UUID person, String identifierFingerprint) {
    return !em.createQuery(
            "select a.id from AdministrationAccount a where a.personId = :p"
                + " and a.identifierFingerprint = :f",
            UUID.class)
        .setParameter("p", person)
        .setParameter("f", identifierFingerprint)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
