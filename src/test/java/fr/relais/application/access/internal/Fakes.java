package fr.relais.application.access.internal;

import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.ChainVerification;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.journal.Outcome;
import fr.relais.domain.model.mandate.Mandate;
import fr.relais.domain.model.mandate.MandateDocument;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.mandate.MandateRepository;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonContact;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.personaccess.PersonAccess;
import fr.relais.domain.model.personaccess.PersonAccessInvitation;
import fr.relais.domain.model.personaccess.PersonAccessRepository;
import fr.relais.domain.model.shielding.EmergencyLock;
import fr.relais.domain.model.shielding.EmergencyLockRepository;
import fr.relais.domain.model.structure.AccreditationDecision;
import fr.relais.domain.model.structure.AccreditationStatus;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * In-memory stand-ins for what the evaluators read: each answers the few questions the policy asks
 * and refuses the rest, so that a test never passes through a path the policy does not take.
 */
final class Fakes {
  private Fakes() {}

  /** The journal: every record kept, those written separately (refusals) apart. */
  static final class Journal implements fr.relais.application.journal.Journal {
    final List<JournalRecord> inTransaction = new ArrayList<>();
    final List<JournalRecord> separately = new ArrayList<>();

    @Override
    public JournalEntry record(JournalRecord record) {
      inTransaction.add(record);
      return null;
    }

    @Override
    public JournalEntry recordSeparately(JournalRecord record) {
      separately.add(record);
      return null;
    }

    @Override
    public ChainVerification verifyChain() {
      throw new UnsupportedOperationException();
    }

    /** The only refusal journaled so far. */
    JournalRecord refusal() {
      if (separately.size() != 1 || separately.get(0).outcome() != Outcome.REFUSED) {
        throw new AssertionError("expected one refusal journaled, got " + separately);
      }
      return separately.get(0);
    }

    boolean nothing() {
      return inTransaction.isEmpty() && separately.isEmpty();
    }
  }

  static final class Accounts implements AccountRepository {
    final Map<AccountId, Account> byId = new LinkedHashMap<>();

    @Override
    public Optional<Account> find(AccountId id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Account> findByIdentity(ExternalIdentity identity) {
      return byId.values().stream().filter(a -> a.identity().equals(identity)).findFirst();
    }

    @Override
    public void add(Account account) {
      byId.put(account.id(), account);
    }

    @Override
    public long count() {
      return byId.size();
    }

    @Override
    public List<Account> findAll(Collection<AccountId> ids) {
      return ids.stream().map(byId::get).filter(a -> a != null).toList();
    }

    @Override
    public Set<String> departmentsOf(AccountId id) {
      return find(id).map(Account::departments).orElse(Set.of());
    }

    @Override
    public List<Account> withRole(Role role) {
      return byId.values().stream().filter(a -> a.role() == role).toList();
    }

    @Override
    public List<Account> membersOf(StructureId structure) {
      return byId.values().stream()
          .filter(a -> a.structure().map(structure::equals).orElse(false))
          .toList();
    }
  }

  static final class Structures implements StructureRepository {
    final Map<StructureId, Structure> byId = new HashMap<>();

    @Override
    public Optional<Structure> find(StructureId id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public void add(Structure structure) {
      byId.put(structure.id(), structure);
    }

    @Override
    public long count() {
      return byId.size();
    }

    @Override
    public List<Structure> withStatus(Collection<AccreditationStatus> statuses) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Structure> withStatusIn(
        Collection<AccreditationStatus> statuses, Set<String> departments) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void addDecision(AccreditationDecision decision) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<AccreditationDecision> decisions(StructureId id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean siretHeldByAnother(String siret, StructureId except) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Long> countBySiret(Collection<String> sirets) {
      throw new UnsupportedOperationException();
    }
  }

  /** People and who follows them. */
  static final class People implements PersonRepository {
    final Map<PersonId, Person> byId = new HashMap<>();
    final Map<PersonId, Set<AccountId>> followers = new HashMap<>();

    void add(Person person) {
      byId.put(person.id(), person);
    }

    @Override
    public void add(Person person, PersonContact contact) {
      add(person);
    }

    @Override
    public Optional<Person> find(PersonId id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Person> findAll(Collection<PersonId> ids) {
      return ids.stream().map(byId::get).filter(p -> p != null).toList();
    }

    @Override
    public Set<AccountId> assignees(PersonId person) {
      return Set.copyOf(followers.getOrDefault(person, Set.of()));
    }

    @Override
    public Map<PersonId, Set<AccountId>> assignees(Collection<PersonId> people) {
      Map<PersonId, Set<AccountId>> out = new HashMap<>();
      people.forEach(p -> out.put(p, assignees(p)));
      return out;
    }

    @Override
    public void assign(PersonId person, AccountId member, AccountId by, Instant at) {
      followers.computeIfAbsent(person, k -> new HashSet<>()).add(member);
    }

    @Override
    public void unassign(PersonId person, AccountId member) {
      followers.getOrDefault(person, new HashSet<>()).remove(member);
    }

    @Override
    public boolean isAssigned(PersonId person, AccountId member) {
      return followers.getOrDefault(person, Set.of()).contains(member);
    }

    @Override
    public void addContact(PersonContact contact) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PersonContact> contact(PersonId id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<PersonId, PersonContact> contacts(Collection<PersonId> ids) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Person> page(
        StructureId structure,
        Optional<AccountId> member,
        boolean includeProtected,
        Optional<Search> search,
        Cursor after,
        int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Person> possibleDuplicates(
        StructureId structure, String sortKey, LocalDate birthDate, String foreignNationalNumber) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<PersonId> assignedTo(AccountId member) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<PersonId> onlyAssignedTo(AccountId member) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<AccountId, Long> caseloadSizes(StructureId structure) {
      throw new UnsupportedOperationException();
    }
  }

  static final class Mandates implements MandateRepository {
    final List<Mandate> all = new ArrayList<>();

    @Override
    public void add(Mandate mandate) {
      all.add(mandate);
    }

    @Override
    public Optional<Mandate> find(MandateId id) {
      return all.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public List<Mandate> forPerson(UUID personId) {
      return all.stream().filter(m -> m.personId().equals(personId)).toList();
    }

    @Override
    public void addDocument(MandateDocument document) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<MandateDocument> document(MandateId mandate, MandateDocument.Kind kind) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Mandate> activeEndingBetween(LocalDate from, LocalDate to) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Mandate> activeEndingBetween(StructureId structure, LocalDate from, LocalDate to) {
      throw new UnsupportedOperationException();
    }
  }

  /** Links between a person's record and her own login. */
  static final class PersonAccesses implements PersonAccessRepository {
    final List<PersonAccess> all = new ArrayList<>();

    @Override
    public void add(PersonAccess access) {
      all.add(access);
    }

    @Override
    public List<PersonAccess> currentForAccount(AccountId account) {
      return all.stream().filter(a -> a.inForce() && a.account().equals(account)).toList();
    }

    @Override
    public Optional<PersonAccess> currentFor(PersonId person) {
      return all.stream().filter(a -> a.inForce() && a.person().equals(person)).findFirst();
    }

    @Override
    public void add(PersonAccessInvitation invitation) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PersonAccessInvitation> findInvitationByToken(String token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PersonAccessInvitation> findInvitationByTokenForUpdate(String token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<PersonAccessInvitation> invitationsFor(PersonId person) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PersonAccess> currentForUpdate(PersonId person) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean anyProtectedInForce(AccountId account) {
      throw new UnsupportedOperationException();
    }
  }

  static final class Locks implements EmergencyLockRepository {
    final Map<UUID, EmergencyLock> byPerson = new HashMap<>();

    @Override
    public void add(EmergencyLock lock) {
      byPerson.put(lock.personId(), lock);
    }

    @Override
    public Optional<EmergencyLock> active(UUID personId) {
      return Optional.ofNullable(byPerson.get(personId)).filter(EmergencyLock::active);
    }

    @Override
    public Optional<EmergencyLock> activeForUpdate(UUID personId) {
      return active(personId);
    }

    @Override
    public Optional<Instant> latestActiveLockedAt(Collection<UUID> personIds) {
      return personIds.stream()
          .map(this::active)
          .flatMap(Optional::stream)
          .map(EmergencyLock::lockedAt)
          .max(Instant::compareTo);
    }
  }
}
