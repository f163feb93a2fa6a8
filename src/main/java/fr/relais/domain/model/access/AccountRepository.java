package fr.relais.domain.model.access;

import java.util.Optional;

/** Storage of accounts. */
public interface AccountRepository {
  Optional<Account> find(AccountId id);

  Optional<Account> findByIdentity(ExternalIdentity identity);

  void add(Account account);

  long count();

  /** The accounts with these ids (one query). */
  java.util.List<Account> findAll(java.util.Collection<AccountId> ids);

  /** Every account of a structure, active first, by name. */
  java.util.List<Account> membersOf(fr.relais.domain.model.structure.StructureId structure);
}
