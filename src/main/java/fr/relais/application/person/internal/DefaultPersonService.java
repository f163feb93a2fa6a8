package fr.relais.application.person.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.NotFoundException;
import fr.relais.application.Page;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.person.DuplicateSuspectedException;
import fr.relais.application.person.PersonService;
import fr.relais.application.shielding.SealedReads;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.person.ContactDetails;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonContact;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonIdentity;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.person.ProtectionReason;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** People and caseloads; every read and write journaled with the person as target (S50). */
@ApplicationScoped
@Transactional
public class DefaultPersonService implements PersonService {

  /** The caseload, by {@code (sort_key, id)}. */
  private static final Keyset<Person> CASELOAD =
      Keyset.after(50, 200, p -> List.of(p.sortKey(), p.id().value()), Part.STRING, Part.UUID);

  /** Her file's history in the journal, newest first, by sequence number. */
  private static final Keyset<JournalEntry> HISTORY =
      Keyset.before(50, 200, e -> List.of(e.seq()), Part.LONG);

  @Inject AccessPolicy policy;
  @Inject fr.relais.application.shielding.Vault vault;
  @Inject SealedReads reads;
  @Inject PersonRepository people;
  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject fr.relais.domain.model.journal.JournalRepository journalEntries;
  @Inject TimeSource clock;
  @Inject fr.relais.application.shielding.IdentityMatcher matcher;
  @Inject fr.relais.domain.model.shielding.EmergencyLockRepository locks;
  @Inject fr.relais.domain.model.emailchange.EmailChangeRepository emailChanges;
  @Inject fr.relais.application.notification.ReminderService reminders;

  @Override
  @fr.relais.application.UniformDuration // E4: a hidden duplicate's extra work is not timed
  public PersonView create(String structureId, NewPerson input) {
    StructureId structure = structure(structureId);
    AuthenticatedUser user = policy.persons().requireCreate(structure);
    if (input == null) {
      throw new InvalidInputException("body", "required");
    }
    PersonIdentity identity;
    try {
      identity =
          new PersonIdentity(
              input.lastName(),
              input.firstNames(),
              input.birthDate(),
              input.birthPlace(),
              input.nationality(),
              input.foreignNationalNumber());
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "body");
    }
    if (identity.birthDate().isAfter(clock.today())) {
      throw new InvalidInputException("birthDate", "in the future");
    }
    Person person = new Person(PersonId.random(), structure, identity, clock.now());
    PersonContact contact;
    try {
      if (Boolean.TRUE.equals(input.aseMinor())) {
        person.entrustToAse(input.guardianshipReference(), clock.today());
      }
      if (Boolean.TRUE.equals(input.protectedPerson())) {
        // F1: protected from the start, by whom may set the status.
        policy.protection().requireProtectNew(structure);
        person.protect(
            new fr.relais.domain.model.person.Protection(
                reason(input.protectionReason()), clock.today(), null, null, null),
            clock.today());
      }
      contact = new PersonContact(person.id(), details(input.contact()));
      fingerprint(contact);
      if (person.isProtected()) {
        SealedContacts.seal(vault, contact); // F2, S12: never in clear at rest
      }
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "body");
    }
    Set<Account> assignees = assigneesFor(user, structure, person, input.assignTo());
    List<Person> hiddenDuplicates = List.of();
    if (!Boolean.TRUE.equals(input.confirmDuplicate())) {
      List<Person> same =
          people.possibleDuplicates(
              structure,
              identity.sortKey(),
              identity.birthDate(),
              identity.foreignNationalNumber());
      // E4, S40: only the files this member sees are named; one they do not see is never hinted
      // at — the person is recorded as if there were none, and that file's followers are told.
      List<Person> seen = same.stream().filter(p -> policy.persons().canSee(user, p)).toList();
      if (!seen.isEmpty()) {
        throw new DuplicateSuspectedException(seen.stream().map(p -> p.id().toString()).toList());
      }
      hiddenDuplicates = same;
    }
    people.add(person, contact);
    for (Person other : hiddenDuplicates) {
      journal.record(
          user.journal().about(other).success("person.duplicate.hidden", person.id().toString()));
      reminders.notifyFollowers(other.id(), "POSSIBLE_DUPLICATE", person.id().toString());
    }
    Instant now = clock.now();
    for (Account a : assignees) {
      people.assign(person.id(), a.id(), user.accountId(), now);
    }
    journal.record(user.journal().about(person).success("person.create"));
    return view(
        user, person, contact, assignees.stream().map(DefaultPersonService::assignee).toList());
  }

  /** Who follows a new person: as asked (administrators), or the social worker who records them. */
  private Set<Account> assigneesFor(
      AuthenticatedUser user, StructureId structure, Person person, List<String> requested) {
    if (requested == null || requested.isEmpty()) {
      if (!policy.persons().takesOnOwnCases(user)) {
        throw new InvalidInputException("assignTo", "at least one member follows each person");
      }
      return Set.of(accounts.find(user.accountId()).orElseThrow());
    }
    return validAssignees(structure, person, requested);
  }

  private Set<Account> validAssignees(StructureId structure, Person person, List<String> ids) {
    Set<Account> result = new LinkedHashSet<>();
    for (String id : ids) {
      Account a;
      try {
        a = accounts.find(AccountId.parse(id)).orElse(null);
      } catch (IllegalArgumentException e) {
        a = null;
      }
      if (a == null || !a.isActive() || !a.structure().map(structure::equals).orElse(false)) {
        throw new InvalidInputException("assignTo", "not an active member of the structure");
      }
      if (!policy.persons().mayFollow(a, person)) {
        throw new InvalidInputException("assignTo", "volunteers never follow protected people");
      }
      result.add(a);
    }
    return result;
  }

  private static ProtectionReason reason(String text) {
    try {
      return ProtectionReason.valueOf(String.valueOf(text).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "protectionReason",
          "one of "
              + java.util.Arrays.stream(ProtectionReason.values())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
  }

  @Override
  public Page<PersonSummary> list(String structureId, String search, String after, Integer limit) {
    StructureId structure = structure(structureId);
    AuthenticatedUser user = policy.structures().requireActingMember(structure);
    Keyset.Request<Person> asked = CASELOAD.read(after, limit);
    Optional<PersonRepository.Search> query =
        Optional.ofNullable(search)
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(this::searchTerm);
    boolean habilitated = policy.sealed().holdsProtectedCases(user);
    // F1: without the habilitation, a protected person is listed by her name only, and a search by
    // an exact value — her number, an email or a phone — never finds her.
    boolean byNumber = query.isPresent() && query.get().exact();
    Keyset.Window<Person> window =
        asked.window(
            people.page(
                structure,
                policy.persons().listScope(user),
                policy.persons().listsProtected(user, byNumber),
                query,
                asked.first() ? null : new PersonRepository.Cursor(asked.string(0), asked.uuid(1)),
                asked.lookAhead()));
    List<Person> page = window.rows();
    Map<PersonId, Set<AccountId>> assigned =
        people.assignees(page.stream().map(Person::id).toList());
    Map<AccountId, String> names = names(assigned.values());
    List<PersonSummary> items = new ArrayList<>();
    for (Person p : page) {
      boolean restricted = p.isProtected() && !habilitated;
      items.add(
          new PersonSummary(
              p.id().toString(),
              p.displayName(),
              restricted ? null : p.birthDate(),
              p.isProtected(),
              !restricted && p.aseMinor(),
              assigned.getOrDefault(p.id(), Set.of()).stream()
                  .map(a -> new Assignee(a.toString(), names.get(a)))
                  .sorted(
                      Comparator.comparing(
                          Assignee::displayName, Comparator.nullsLast(String::compareTo)))
                  .toList(),
              restricted));
    }
    journal.record(
        user.journal()
            .in(structure.value())
            .about("structure", structure.toString())
            .success(
                "person.list", items.size() + " people" + (query.isPresent() ? ", search" : "")));
    return window.page(items);
  }

  /** Rows read per query of an export: bounded, whatever the structure's size. */
  private static final int EXPORT_PAGE = 500;

  @Override
  public int exportCaseload(String structureId, ExportSink sink) throws java.io.IOException {
    StructureId structure = structure(structureId);
    AuthenticatedUser user = policy.structures().requireActingMember(structure);
    boolean habilitated = policy.sealed().holdsProtectedCases(user);
    int count = 0;
    PersonRepository.Cursor cursor = null;
    while (true) {
      List<Person> page =
          people.page(
              structure,
              policy.persons().listScope(user),
              policy.persons().listsProtected(user, false),
              Optional.empty(),
              cursor,
              EXPORT_PAGE);
      if (page.isEmpty()) {
        break;
      }
      List<PersonId> ids = page.stream().map(Person::id).toList();
      Map<PersonId, PersonContact> contacts = people.contacts(ids);
      Map<PersonId, Set<AccountId>> assigned = people.assignees(ids);
      Map<AccountId, String> names = names(assigned.values());
      for (Person p : page) {
        sink.accept(exportRow(p, contacts.get(p.id()), assigned, names, habilitated));
        count++;
      }
      if (page.size() < EXPORT_PAGE) {
        break;
      }
      Person last = page.get(page.size() - 1);
      cursor = new PersonRepository.Cursor(last.sortKey(), last.id().value());
    }
    journal.record(
        user.journal()
            .in(structure.value())
            .about("structure", structure.toString())
            .success("person.export", count + " people, csv"));
    return count;
  }

  /**
   * F4: an export never carries sealed data — a protected person's channels stay « masqué » (her
   * file, where each decryption is journaled, is the only way to them); without the protected-cases
   * habilitation, her name and that she is protected only (F1).
   */
  private static ExportRow exportRow(
      Person p,
      PersonContact c,
      Map<PersonId, Set<AccountId>> assigned,
      Map<AccountId, String> names,
      boolean habilitated) {
    List<String> followers =
        assigned.getOrDefault(p.id(), Set.of()).stream()
            .map(names::get)
            .filter(java.util.Objects::nonNull)
            .sorted()
            .toList();
    PersonIdentity id = p.identity();
    if (p.isProtected()) {
      boolean restricted = !habilitated;
      return new ExportRow(
          p.id().toString(),
          id.lastName(),
          id.firstNames(),
          restricted ? null : id.birthDate(),
          restricted ? null : id.nationality(),
          restricted ? null : id.foreignNationalNumber(),
          !restricted && p.aseMinor(),
          true,
          restricted,
          true,
          Contact.masked(restricted || c == null ? null : c.domiciledAtStructure()),
          followers);
    }
    return new ExportRow(
        p.id().toString(),
        id.lastName(),
        id.firstNames(),
        id.birthDate(),
        id.nationality(),
        id.foreignNationalNumber(),
        p.aseMinor(),
        false,
        false,
        false,
        c == null ? Contact.masked(null) : contact(c.details()),
        followers);
  }

  /**
   * What a search is: an email, a phone or a foreign-national number is matched exactly — the email
   * and the phone through their keyed hashes (S41), a 10-digit value as a number or a phone;
   * anything else is a name prefix.
   */
  private PersonRepository.Search searchTerm(String raw) {
    if (raw.length() > 100) {
      throw new InvalidInputException("q", "at most 100 characters");
    }
    if (raw.contains("@")) {
      return new PersonRepository.Search(
          null, null, SealedContacts.emailFingerprint(matcher, raw), null);
    }
    if (raw.matches("[+0-9 .()-]{6,30}")) {
      String digits = raw.replaceAll("[\\s.-]", "");
      return new PersonRepository.Search(
          null,
          digits.matches("\\d{10}") ? digits : null,
          null,
          SealedContacts.phoneFingerprint(matcher, raw));
    }
    return PersonRepository.Search.byName(PersonIdentity.searchKey(raw));
  }

  private Map<AccountId, String> names(java.util.Collection<Set<AccountId>> sets) {
    Set<AccountId> all = sets.stream().flatMap(Set::stream).collect(Collectors.toSet());
    return accounts.findAll(all).stream()
        .collect(Collectors.toMap(Account::id, Account::displayName, (a, b) -> a));
  }

  @Override
  public PersonView get(String personId) {
    Person person = policy.persons().requireSee(personId);
    AuthenticatedUser user = policy.requireAuthenticated();
    if (!policy.persons().canSeeFile(user, person)) {
      journal.record(user.journal().about(person).success("person.view", "restricted"));
      return restricted(person, assignees(person));
    }
    journal.record(user.journal().about(person).success("person.view"));
    return fileView(user, person, people.contact(person.id()).orElse(null), assignees(person));
  }

  @Override
  public Permissions permissions(String personId) {
    Person person = policy.persons().requireSee(personId);
    AuthenticatedUser user = policy.requireAuthenticated();
    return new Permissions(
        policy.persons().canEdit(user, person), policy.persons().canAssign(user, person));
  }

  @Override
  public Page<AccessEntry> history(String personId, String before, Integer limit) {
    Person person = policy.persons().requireSee(personId);
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.persons().requireSeeHistory(person);
    Keyset.Request<JournalEntry> asked = HISTORY.read(before, limit);
    journal.record(user.journal().about(person).success("person.history.view"));
    Keyset.Window<JournalEntry> window =
        asked.window(
            journalEntries.pageForTarget(
                "person",
                person.id().toString(),
                asked.first() ? Long.MAX_VALUE : asked.number(0),
                asked.lookAhead()));
    List<AccessEntry> items =
        window.rows().stream()
            .map(
                e ->
                    new AccessEntry(
                        e.seq(),
                        e.occurredAt(),
                        e.actor().displayName(),
                        e.action(),
                        e.outcome().name(),
                        e.mandateId() == null ? null : e.mandateId().toString(),
                        e.detail(),
                        DefaultMyFileService.category(e)))
            .toList();
    return window.page(items);
  }

  @Override
  public PersonView assign(String personId, List<String> accountIds) {
    Person person = policy.persons().requireSee(personId);
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.persons().requireAssign(person);
    if (accountIds == null || accountIds.isEmpty()) {
      throw new InvalidInputException("accountIds", "at least one member follows each person");
    }
    Set<Account> wanted = validAssignees(person.structure(), person, accountIds);
    Set<AccountId> wantedIds = wanted.stream().map(Account::id).collect(Collectors.toSet());
    Set<AccountId> before = people.assignees(person.id());
    for (Account a : wanted) {
      // F5, S46: nobody on her blocked list follows her, whatever mistake put them in the
      // structure; her followers and the administrators are alerted.
      if (!before.contains(a.id())
          && matcher
              .refuse(
                  person.id(),
                  matcher.identitiesOf(a),
                  user.journal().about(person),
                  "person.assign",
                  fr.relais.application.shielding.IdentityMatcher.Alert
                      .FOLLOWERS_AND_ADMINISTRATORS)
              .isPresent()) {
        throw new InvalidInputException("assignTo", "not a member who may follow her");
      }
    }
    Instant now = clock.now();
    for (AccountId current : before) {
      if (!wantedIds.contains(current)) {
        people.unassign(person.id(), current);
      }
    }
    for (AccountId id : wantedIds) {
      people.assign(person.id(), id, user.accountId(), now);
    }
    journal.record(
        user.journal().about(person).success("person.assign", wantedIds.size() + " member(s)"));
    return view(user, person, people.contact(person.id()).orElse(null), assignees(person));
  }

  @Override
  @fr.relais.application.UniformDuration // E4: a blocked or flagged address is not timed apart
  public PersonView changeContact(String personId, Contact input) {
    Person person = policy.persons().requireSeeFile(personId, "person.contact.change");
    AuthenticatedUser user = policy.requireAuthenticated();
    // F2: a protected person's places are changed only by who may read them.
    policy.persons().requireWrite(person, "person.contact.change");
    // F6: under an emergency lock nothing of her contact data changes.
    if (locks.active(person.id().value()).isPresent()) {
      journal.recordSeparately(
          user.journal().about(person).refused("person.contact.change", "EMERGENCY_LOCK"));
      throw new fr.relais.application.ConflictException(
          "emergencyLock", "her access is under an emergency lock: her contact data is frozen");
    }
    if (input == null) {
      throw new InvalidInputException("body", "required");
    }
    ContactDetails wanted;
    try {
      wanted = details(input);
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "body");
    }
    // F5, S32, S46: one of her blocked persons' email or phone, or an address flagged on her file,
    // in any of its variants, is never linked to her record. The answer is the very one a value
    // that cannot exist gets — nothing tells whoever typed it that a block exists — and for a
    // blocked one her followers are alerted in the application.
    java.util.List<fr.relais.application.shielding.IdentityKey> typed = new java.util.ArrayList<>();
    matcher.email(wanted.email()).ifPresent(typed::add);
    matcher.phone(wanted.phone()).ifPresent(typed::add);
    Optional<fr.relais.application.shielding.IdentityMatcher.Match> refused =
        matcher.refuse(
            person.id(),
            typed,
            user.journal().about(person),
            "person.contact.change",
            fr.relais.application.shielding.IdentityMatcher.Alert.FOLLOWERS);
    if (refused.isPresent()) {
      throw refused.get().kind() == fr.relais.domain.model.shielding.BlockedPerson.Kind.PHONE
          ? new InvalidInputException("phone", ContactDetails.NOT_A_PHONE)
          : new InvalidInputException("email", ContactDetails.NOT_AN_EMAIL);
    }
    String wantedEmail = SealedContacts.emailFingerprint(matcher, wanted.email());
    Optional<PersonContact> existing = people.contact(person.id());
    String currentEmail = existing.map(PersonContact::emailFingerprint).orElse(null);
    if (wantedEmail != null
        && !wantedEmail.equals(currentEmail)
        && (currentEmail != null || hadAnAddress(person))) {
      // E1, S30: an address in use is replaced only once the new one is confirmed; so is the
      // first address given after one was removed (flagged, S32) or replaced: a correction is
      // only for a file that never had one.
      throw new fr.relais.application.ConflictException(
          "email",
          "her address is replaced through an email change, confirmed from the new address"
              + " (POST /api/v1/persons/"
              + personId
              + "/email-changes)");
    }
    // What changed is told by part in the journal: the old value is decrypted for that.
    SealedReads.Reading reading =
        reads.reading(user.journal().about(person), SealedReads.Category.CONTACT_CHANGE);
    ContactDetails before =
        existing.map(c -> SealedContacts.read(reading, c)).orElse(ContactDetails.none());
    reading.done();
    PersonContact contact;
    if (existing.isPresent()) {
      contact = existing.get();
      contact.change(wanted);
    } else {
      contact = new PersonContact(person.id(), wanted);
      people.addContact(contact);
    }
    fingerprint(contact);
    if (person.isProtected()) {
      SealedContacts.seal(vault, contact); // F2, S12: a new ciphertext, never in clear at rest
    }
    journal.record(
        user.journal()
            .about(person)
            .success("person.contact.change", String.join(", ", wanted.changedFrom(before))));
    return fileView(person, contact(wanted), false, assignees(person));
  }

  private List<Assignee> assignees(Person person) {
    Set<AccountId> ids = people.assignees(person.id());
    return accounts.findAll(ids).stream()
        .map(DefaultPersonService::assignee)
        .sorted(Comparator.comparing(Assignee::displayName))
        .toList();
  }

  private static Assignee assignee(Account a) {
    return new Assignee(a.id().toString(), a.displayName());
  }

  private static StructureId structure(String id) {
    try {
      return StructureId.parse(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
  }

  /**
   * A protected person's contact channels (F2): decrypted only for whom the access policy allows,
   * each time journaled by category, never the value; for anyone else « masqué », only the
   * domiciliation at the structure shown. Channels a protected person's record still holds in clear
   * are hidden the same way.
   */
  private Contact contactFor(AuthenticatedUser user, Person p, PersonContact c) {
    if (c == null) {
      return null;
    }
    boolean hidden = p.isProtected() && (c.sealed() || c.holdsClearSealable());
    if (!hidden) {
      return contact(c.details());
    }
    if (!policy.sealed().canOpen(user, p)) {
      return null;
    }
    SealedReads.Reading reading =
        reads.reading(user.journal().about(p), SealedReads.Category.CONTACT);
    if (!c.sealed()) {
      reading.readInClear();
    }
    Contact open = contact(SealedContacts.read(reading, c));
    reading.done();
    return open;
  }

  private static Contact contact(ContactDetails d) {
    return new Contact(d.parts(), d.domiciledAtStructure());
  }

  /** The validated details of what was sent (nothing sent: nothing known). */
  private static ContactDetails details(Contact c) {
    if (c == null) {
      return ContactDetails.none();
    }
    return new ContactDetails(c.parts(), Boolean.TRUE.equals(c.domiciledAtStructure()));
  }

  /** S41, S46: the email and the phone as keyed hashes of their canonical forms, for search. */
  private void fingerprint(PersonContact c) {
    SealedContacts.fingerprint(matcher, c);
  }

  /** Whether her file ever had an address: one flagged on it, or one changed through a link. */
  private boolean hadAnAddress(Person person) {
    return !emailChanges.flagged(person.id().value()).isEmpty()
        || !emailChanges.history(person.id().value(), 1).isEmpty();
  }

  /** F1: her name, that she is protected and who follows her; nothing else of her file. */
  private static PersonView restricted(Person p, List<Assignee> assignees) {
    PersonIdentity id = p.identity();
    return new PersonView(
        p.id().toString(),
        p.structure().toString(),
        id.lastName(),
        id.firstNames(),
        null,
        null,
        null,
        null,
        null,
        true,
        false,
        null,
        null,
        true,
        null,
        assignees,
        null,
        true);
  }

  private PersonView view(
      AuthenticatedUser user, Person p, PersonContact c, List<Assignee> assignees) {
    if (!policy.persons().canSeeFile(user, p)) {
      return restricted(p, assignees);
    }
    return fileView(user, p, c, assignees);
  }

  /** The file of a person the caller has been found to see (F1 already decided). */
  private PersonView fileView(
      AuthenticatedUser user, Person p, PersonContact c, List<Assignee> assignees) {
    Contact contact = contactFor(user, p, c);
    boolean masked = c != null && contact == null;
    if (masked) {
      contact = Contact.masked(c.domiciledAtStructure());
    }
    return fileView(p, contact, masked, assignees);
  }

  private static PersonView fileView(
      Person p, Contact contact, boolean masked, List<Assignee> assignees) {
    PersonIdentity id = p.identity();
    return new PersonView(
        p.id().toString(),
        p.structure().toString(),
        id.lastName(),
        id.firstNames(),
        id.birthDate(),
        id.birthPlace(),
        id.nationality(),
        id.foreignNationalNumber(),
        contact,
        masked,
        p.aseMinor(),
        p.guardianshipReference(),
        p.majorityDate(),
        p.isProtected(),
        p.protectionReason() == null ? null : p.protectionReason().name(),
        assignees,
        p.createdAt(),
        false);
  }
}
