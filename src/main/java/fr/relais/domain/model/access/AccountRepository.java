package fr.relais.domain.model.access;

import java.util.Optional;

/** Storage of accounts. */
public interface AccountRepository {
  Optional<Account> find(AccountId id);

  Optional<Account> findByIdentity(ExternalIdentity identity);

  void add(Account account);

  long count();
}
