package fr.relais.application.person.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.Page;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.person.DuplicateSuspectedException;
import fr.relais.application.person.PersonService;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.journal.JournalEntry;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People and caseloads; every read and write journaled with the person as target (S50). Her file
 * here (created, read, its history); the caseload in {@link PersonCaseload}, her contact channels
 * in {@link PersonContactChange}, what is shown of her in {@link PersonViews}.
 */
@ApplicationScoped
@Transactional
public class DefaultPersonService implements PersonService {

  /** Her file's history in the journal, newest first, by sequence number. */
  private static final Keyset<JournalEntry> HISTORY =
      Keyset.before(50, 200, e -> List.of(e.seq()), Part.LONG);

  @Inject AccessPolicy policy;
  @Inject fr.relais.application.shielding.Vault vault;
  @Inject PersonRepository people;
  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject fr.relais.domain.model.journal.JournalRepository journalEntries;
  @Inject TimeSource clock;
  @Inject fr.relais.application.shielding.IdentityMatcher matcher;
  @Inject fr.relais.application.notification.ReminderService reminders;
  @Inject PersonViews views;
  @Inject PersonCaseload caseload;
  @Inject PersonContactChange contacts;

  @Override
  @fr.relais.application.UniformDuration // E4: a hidden duplicate's extra work is not timed
  public PersonView create(StructureId structure, NewPerson input) {
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
      contact = new PersonContact(person.id(), PersonContactChange.details(input.contact()));
      SealedContacts.fingerprint(matcher, contact); // S41, S46
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
    return views.view(
        user, person, contact, assignees.stream().map(PersonViews::assignee).toList());
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
    return caseload.validAssignees(structure, person, requested);
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
  public PersonView get(PersonId personId) {
    Person person = policy.persons().requireSee(personId);
    AuthenticatedUser user = policy.requireAuthenticated();
    if (!policy.persons().canSeeFile(user, person)) {
      journal.record(user.journal().about(person).success("person.view", "restricted"));
      return PersonViews.restricted(person, views.assignees(person));
    }
    journal.record(user.journal().about(person).success("person.view"));
    return views.fileView(
        user, person, people.contact(person.id()).orElse(null), views.assignees(person));
  }

  @Override
  public Permissions permissions(PersonId personId) {
    Person person = policy.persons().requireSee(personId);
    AuthenticatedUser user = policy.requireAuthenticated();
    return new Permissions(
        policy.persons().canEdit(user, person), policy.persons().canAssign(user, person));
  }

  @Override
  public Page<AccessEntry> history(PersonId personId, String before, Integer limit) {
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
  public Page<PersonSummary> list(
      StructureId structureId, String search, String after, Integer limit) {
    return caseload.list(structureId, search, after, limit);
  }

  @Override
  public int exportCaseload(StructureId structureId, ExportSink sink) throws java.io.IOException {
    return caseload.exportCaseload(structureId, sink);
  }

  @Override
  public PersonView assign(PersonId personId, List<String> accountIds) {
    return caseload.assign(personId, accountIds);
  }

  @Override
  @fr.relais.application.UniformDuration // E4: a blocked or flagged address is not timed apart
  public PersonView changeContact(PersonId personId, Contact input) {
    return contacts.changeContact(personId, input);
  }
}
