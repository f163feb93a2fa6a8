package fr.relais.domain.model.person;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.structure.StructureId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Storage of accompanied people and caseloads. Every query is confined to one structure. */
public interface PersonRepository {

  void add(Person person, PersonContact contact);

  /** The contact row of a person recorded without one. */
  void addContact(PersonContact contact);

  Optional<Person> find(PersonId id);

  Optional<PersonContact> contact(PersonId id);

  /** The contact rows of these people, in one query. */
  java.util.Map<PersonId, PersonContact> contacts(Collection<PersonId> ids);

  /** The people with these ids (one query). */
  List<Person> findAll(Collection<PersonId> ids);

  /** Where a keyset page starts: after this sort key and id (both null for the first page). */
  record Cursor(String sortKey, java.util.UUID id) {}

  /**
   * What a list is narrowed to: a name prefix (a search key), or an exact value — a
   * foreign-national number, or the keyed hash of an email or of a phone (S41); one of the exact
   * parts matching is enough.
   */
  record Search(
      String namePrefix, String number, String emailFingerprint, String phoneFingerprint) {

    public static Search byName(String prefix) {
      return new Search(prefix, null, null, null);
    }

    public boolean exact() {
      return namePrefix == null;
    }
  }

  /**
   * One page of a structure's people in name order, optionally only those assigned to {@code
   * member}, optionally without protected people, optionally narrowed by a search.
   */
  List<Person> page(
      StructureId structure,
      Optional<AccountId> member,
      boolean includeProtected,
      Optional<Search> search,
      Cursor after,
      int limit);

  /** People of the structure with the same names and birth date, or the same number. */
  List<Person> possibleDuplicates(
      StructureId structure, String sortKey, LocalDate birthDate, String foreignNationalNumber);

  Set<AccountId> assignees(PersonId person);

  /** Assignees of several people at once (one query, no N+1). */
  Map<PersonId, Set<AccountId>> assignees(Collection<PersonId> people);

  void assign(PersonId person, AccountId member, AccountId by, java.time.Instant at);

  void unassign(PersonId person, AccountId member);

  boolean isAssigned(PersonId person, AccountId member);

  /** Everyone {@code member} follows. */
  List<PersonId> assignedTo(AccountId member);

  /** People assigned to {@code member} and to no other active member. */
  List<PersonId> onlyAssignedTo(AccountId member);

  /** How many people each member of the structure has. */
  Map<AccountId, Long> caseloadSizes(StructureId structure);
}
