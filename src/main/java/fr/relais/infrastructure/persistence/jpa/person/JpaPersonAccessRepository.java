package fr.relais.infrastructure.persistence.jpa.person;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.personaccess.PersonAccess;
import fr.relais.domain.model.personaccess.PersonAccessInvitation;
import fr.relais.domain.model.personaccess.PersonAccessRepository;
import fr.relais.domain.shared.SingleUseLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Access links and links in force, in the relational database. */
@ApplicationScoped
public class JpaPersonAccessRepository implements PersonAccessRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(PersonAccessInvitation invitation) {
    em.persist(invitation);
  }

  @Override
  public Optional<PersonAccessInvitation> findInvitationByToken(String token) {
    return byToken(token, LockModeType.NONE);
  }

  @Override
  public Optional<PersonAccessInvitation> findInvitationByTokenForUpdate(String token) {
    return byToken(token, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<PersonAccessInvitation> byToken(String token, LockModeType lock) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery("PersonAccessInvitation.byTokenHash", PersonAccessInvitation.class)
        .setParameter("hash", SingleUseLink.hash(token))
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PersonAccessInvitation> invitationsFor(PersonId person) {
    return em.createNamedQuery("PersonAccessInvitation.forPerson", PersonAccessInvitation.class)
        .setParameter("person", person.value())
        .setMaxResults(50)
        .getResultList();
  }

  @Override
  public void add(PersonAccess access) {
    em.persist(access);
  }

  @Override
  public Optional<PersonAccess> currentFor(PersonId person) {
    return current(person, LockModeType.NONE);
  }

  @Override
  public Optional<PersonAccess> currentForUpdate(PersonId person) {
    return current(person, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<PersonAccess> current(PersonId person, LockModeType lock) {
    return em.createNamedQuery("PersonAccess.currentForPerson", PersonAccess.class)
        .setParameter("person", person.value())
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PersonAccess> currentForAccount(AccountId account) {
    return em.createNamedQuery("PersonAccess.currentForAccount", PersonAccess.class)
        .setParameter("account", account.value())
        .setMaxResults(20)
        .getResultList();
  }

  @Override
  public boolean anyProtectedInForce(AccountId account) {
    // Read on every request of a person's own session (idle timeout, S5): one query, no N+1.
    return !em.createQuery(
            "select a.id from PersonAccess a, Person p where a.accountId = :account"
                + " and a.endedAt is null and p.id = a.personId and p.protectedPerson = true",
            java.util.UUID.class)
        .setParameter("account", account.value())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
