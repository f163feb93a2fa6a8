package fr.relais.infrastructure.persistence.jpa.access;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountSession;
import fr.relais.domain.model.access.AccountSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions by id, and an account's open ones through {@code ix_account_session_account}. */
@ApplicationScoped
public class JpaAccountSessionRepository implements AccountSessionRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(AccountSession session) {
    em.persist(session);
  }

  @Override
  public Optional<AccountSession> find(UUID id) {
    return Optional.ofNullable(em.find(AccountSession.class, id));
  }

  @Override
  public List<AccountSession> open(AccountId account, Instant startedAfter, int limit) {
    return em.createQuery(
            "select s from AccountSession s where s.accountId = :account and s.endedAt is null"
                + " and s.startedAt > :after order by s.startedAt desc",
            AccountSession.class)
        .setParameter("account", account.value())
        .setParameter("after", startedAfter)
        .setMaxResults(limit)
        .getResultList();
  }
}
