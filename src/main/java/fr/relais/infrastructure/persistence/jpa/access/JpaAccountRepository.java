package fr.relais.infrastructure.persistence.jpa.access;

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

  @Override
  public java.util.List<Account> membersOf(fr.relais.domain.model.structure.StructureId structure) {
    return em.createNamedQuery("Account.membersOf", Account.class)
        .setParameter("structure", structure.value())
        .getResultList();
  }

  @Override
  public java.util.Set<String> departmentsOf(AccountId id) {
    return new java.util.TreeSet<>(
        em.createQuery(
                "select d from Account a join a.departments d where a.id = :id", String.class)
            .setParameter("id", id.value())
            .getResultList());
  }

  @Override
  public java.util.List<Account> withRole(fr.relais.domain.model.access.Role role) {
    return em.createNamedQuery("Account.byRole", Account.class)
        .setParameter("role", role)
        .setMaxResults(1000)
        .getResultList();
  }

  @Override
  public java.util.List<Account> findAll(java.util.Collection<AccountId> ids) {
    if (ids.isEmpty()) {
      return java.util.List.of();
    }
    return em.createQuery("select a from Account a where a.id in :ids", Account.class)
        .setParameter("ids", ids.stream().map(AccountId::value).toList())
        .getResultList();
  }
}
