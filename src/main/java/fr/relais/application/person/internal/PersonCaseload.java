package fr.relais.application.person.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.Page;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.person.PersonService.Assignee;
import fr.relais.application.person.PersonService.Contact;
import fr.relais.application.person.PersonService.ExportRow;
import fr.relais.application.person.PersonService.ExportSink;
import fr.relais.application.person.PersonService.PersonSummary;
import fr.relais.application.person.PersonService.PersonView;
import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonContact;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonIdentity;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Caseloads: the people a member may list (searched, in keyset pages), their export, and who
 * follows whom. Runs in the caller's transaction.
 */
@ApplicationScoped
class PersonCaseload {

  /** The caseload, by {@code (sort_key, id)}. */
  private static final Keyset<Person> CASELOAD =
      Keyset.after(50, 200, p -> List.of(p.sortKey(), p.id().value()), Part.STRING, Part.UUID);

  @Inject AccessPolicy policy;
  @Inject PersonViews views;
  @Inject PersonRepository people;
  @Inject AccountRepository accounts;
  @Inject IdentityMatcher matcher;
  @Inject Journal journal;
  @Inject TimeSource clock;

  /** The caseload this member may list, by name, in keyset pages. */
  Page<PersonSummary> list(StructureId structure, String search, String after, Integer limit) {
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
    Map<AccountId, String> names = views.names(assigned.values());
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

  /** The caseload as CSV rows, read in bounded pages. */
  int exportCaseload(StructureId structure, ExportSink sink) throws java.io.IOException {
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
      Map<AccountId, String> names = views.names(assigned.values());
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
        c == null ? Contact.masked(null) : PersonViews.contact(c.details()),
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

  /** Active members of the structure who may follow her (a volunteer never a protected one). */
  Set<Account> validAssignees(StructureId structure, Person person, List<String> ids) {
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

  /** Who follows her, replaced. */
  PersonView assign(PersonId personId, List<String> accountIds) {
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
                  IdentityMatcher.Alert.FOLLOWERS_AND_ADMINISTRATORS)
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
    return views.view(
        user, person, people.contact(person.id()).orElse(null), views.assignees(person));
  }
}
