package fr.relais.application.shielding.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.BlockedPersonService;
import fr.relais.application.shielding.IdentityKey;
import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.shielding.BlockedEntryId;
import fr.relais.domain.model.shielding.BlockedPerson;
import fr.relais.domain.model.shielding.BlockedPersonRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Blocked persons (F5): kept as keyed hashes of their canonical forms, matched through the one
 * {@link IdentityMatcher} (S46), each change journaled.
 */
@ApplicationScoped
@Transactional
public class DefaultBlockedPersonService implements BlockedPersonService {

  static final int MAX_ENTRIES = 50;

  /** The kinds a member adds by hand; logins are added by a takeover claim's approval. */
  private static final String KINDS = "one of NAME_BIRTH, EMAIL, PHONE, FOREIGN_NUMBER";

  @Inject AccessPolicy policy;
  @Inject BlockedPersonRepository blocked;
  @Inject IdentityMatcher matcher;
  @Inject fr.relais.domain.model.person.PersonRepository people;
  @Inject fr.relais.domain.model.access.AccountRepository accounts;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Override
  public List<BlockedView> list(PersonId personId) {
    Person person = keeper(personId, "blocked.view");
    AuthenticatedUser user = policy.requireAuthenticated();
    journal.record(user.journal().about(person).success("blocked.view"));
    return blocked.activeFor(person.id().value()).stream()
        .map(DefaultBlockedPersonService::view)
        .toList();
  }

  @Override
  public BlockedView add(PersonId personId, NewBlocked entry) {
    Person person = keeper(personId, "blocked.add");
    AuthenticatedUser user = policy.requireAuthenticated();
    if (entry == null) {
      throw new InvalidInputException("body", "required");
    }
    BlockedPerson.Kind kind = kind(entry.kind());
    IdentityKey key = key(kind, entry);
    List<BlockedPerson> current = blocked.activeFor(person.id().value());
    if (current.size() >= MAX_ENTRIES) {
      throw new ConflictException("entries", "at most " + MAX_ENTRIES + " entries");
    }
    // S46: a variant of a value already listed is the same value.
    if (matcher
        .match(person.id(), List.of(key))
        .filter(m -> m.reason() == IdentityMatcher.Reason.BLOCKED)
        .isPresent()) {
      throw new ConflictException("value", "already on the list");
    }
    String fingerprint = matcher.fingerprint(IdentityMatcher.BLOCKED_LIST, key);
    String normalised = key.canonical();
    BlockedPerson b =
        new BlockedPerson(
            person.id().value(),
            kind,
            fingerprint,
            BlockedPerson.hint(kind, normalised),
            user.accountId().value(),
            clock.now());
    blocked.add(b);
    // The kind only: never the value, not even its hint (S42).
    journal.record(user.journal().about(person).success("blocked.add", kind.name()));
    membersOnTheList(user, person, key);
    return view(b);
  }

  @Override
  public void remove(PersonId personId, BlockedEntryId entryId) {
    Person person = keeper(personId, "blocked.remove");
    AuthenticatedUser user = policy.requireAuthenticated();
    BlockedPerson b = blocked.find(entryId.value()).orElse(null);
    if (b == null || !b.personId().equals(person.id().value()) || !b.active()) {
      throw new NotFoundException();
    }
    b.remove(user.accountId().value(), clock.now());
    journal.record(user.journal().about(person).success("blocked.remove", b.kind().name()));
  }

  @Override
  public void blockDecided(
      PersonId person, IdentityKey key, fr.relais.domain.model.access.AccountId by) {
    if (matcher
        .match(person, List.of(key))
        .filter(m -> m.reason() == IdentityMatcher.Reason.BLOCKED)
        .isEmpty()) {
      blocked.add(
          new BlockedPerson(
              person.value(),
              key.kind(),
              matcher.fingerprint(IdentityMatcher.BLOCKED_LIST, key),
              BlockedPerson.hint(key.kind(), key.canonical()),
              by.value(),
              clock.now()));
    }
  }

  /** The value typed, in its canonical form; a value of the wrong shape names its field. */
  private IdentityKey key(BlockedPerson.Kind kind, NewBlocked entry) {
    String value = entry.value() == null ? "" : entry.value().strip();
    return switch (kind) {
      case EMAIL ->
          matcher
              .email(value)
              .orElseThrow(() -> new InvalidInputException("value", "not an email address"));
      case PHONE ->
          matcher
              .phone(value)
              .orElseThrow(() -> new InvalidInputException("value", "not a phone number"));
      case FOREIGN_NUMBER ->
          matcher
              .foreignNumber(value)
              .orElseThrow(() -> new InvalidInputException("value", "10 digits"));
      case NAME_BIRTH -> {
        if (value.isEmpty() || value.length() > 200) {
          throw new InvalidInputException("value", "the name, at most 200 characters");
        }
        if (entry.birthDate() == null) {
          throw new InvalidInputException("birthDate", "required with a name");
        }
        yield matcher
            .nameWithBirthDate(value, entry.birthDate())
            .orElseThrow(() -> new InvalidInputException("value", "the name, in letters"));
      }
      case LOGIN -> throw new InvalidInputException("kind", KINDS);
    };
  }

  /**
   * F5, S46: a member of her structure who is the person just listed stops following her at once
   * (S11), and her followers and the administrators are alerted: the list exists so that one
   * mistake in the structure is not enough.
   */
  private void membersOnTheList(AuthenticatedUser user, Person person, IdentityKey key) {
    java.util.Set<AccountId> followers = people.assignees(person.id());
    for (Account member : accounts.membersOf(person.structure())) {
      if (!member.isActive()
          || matcher.identitiesOf(member).stream()
              .noneMatch(k -> k.kind() == key.kind() && k.canonical().equals(key.canonical()))) {
        continue;
      }
      if (followers.contains(member.id())) {
        people.unassign(person.id(), member.id());
        journal.record(user.journal().about(person).success("person.unassign", "BLOCKED_IDENTITY"));
      }
      matcher.alert(person.id(), IdentityMatcher.Alert.FOLLOWERS_AND_ADMINISTRATORS);
    }
  }

  /** Who keeps her list: who may set her protection; she must be protected. */
  private Person keeper(PersonId personId, String action) {
    Person person = policy.persons().requireSee(personId);
    policy.protection().requireSet(person, action);
    if (!person.isProtected()) {
      throw new ConflictException("protectedPerson", "only for a protected person");
    }
    return person;
  }

  private static BlockedPerson.Kind kind(String text) {
    try {
      return BlockedPerson.Kind.valueOf(String.valueOf(text).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", KINDS);
    }
  }

  private static BlockedView view(BlockedPerson b) {
    return new BlockedView(b.id().toString(), b.kind().name(), b.hint(), b.addedAt());
  }
}
