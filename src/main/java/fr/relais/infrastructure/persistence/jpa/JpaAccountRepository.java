package fr.relais.infrastructure.persistence.jpa;

import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.ExternalIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Accounts in the relational database. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Account> find(AccountId id) {
    return Optional.ofNullable(em.find(Account.class, id.value()));
  }

  @Override
  public Optional<Account> findByIdentity(ExternalIdentity identity) {
    return em.createNamedQuery("Account.byIdentity", Account.class)
        .setParameter("issuer", identity.issuer())
        .setParameter("subject", identity.subject())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Account account) {
    em.persist(account);
  }

  @Override
  public long count() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }
}
