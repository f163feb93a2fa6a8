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

  /**
   * The departments an account covers (prefecture agents), read straight from the database so that
   * a change applies from the next request (S11); usable outside a transaction.
   */
  java.util.Set<String> departmentsOf(AccountId id);

  /** Every account with this role, active first, by name. */
  java.util.List<Account> withRole(Role role);

  /** Every account of a structure, active first, by name. */
  java.util.List<Account> membersOf(fr.relais.domain.model.structure.StructureId structure);
}
