package fr.relais.application.shielding.internal;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.AccessPolicy;
import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Journal;
import fr.relais.application.NotFoundException;
import fr.relais.application.ReminderService;
import fr.relais.application.shielding.BlockedPersonService;
import fr.relais.application.shielding.Fingerprints;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.shielding.BlockedPerson;
import fr.relais.domain.model.shielding.BlockedPersonRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Blocked persons (F5): kept as keyed hashes, matched exactly, each change journaled. */
@ApplicationScoped
@Transactional
public class DefaultBlockedPersonService implements BlockedPersonService {

  static final int MAX_ENTRIES = 50;

  @Inject AccessPolicy policy;
  @Inject BlockedPersonRepository blocked;
  @Inject Fingerprints fingerprints;
  @Inject ReminderService reminders;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Override
  public List<BlockedView> list(String personId) {
    Person person = keeper(personId, "blocked.view");
    AuthenticatedUser user = policy.requireAuthenticated();
    journal.record(user.journal().about(person).success("blocked.view"));
    return blocked.activeFor(person.id().value()).stream()
        .map(DefaultBlockedPersonService::view)
        .toList();
  }

  @Override
  public BlockedView add(String personId, NewBlocked entry) {
    Person person = keeper(personId, "blocked.add");
    AuthenticatedUser user = policy.requireAuthenticated();
    if (entry == null) {
      throw new InvalidInputException("body", "required");
    }
    BlockedPerson.Kind kind = kind(entry.kind());
    String normalised;
    try {
      normalised = BlockedPerson.normalise(kind, entry.value(), entry.birthDate());
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      int colon = m.indexOf(':');
      throw new InvalidInputException(m.substring(0, colon), m.substring(colon + 1).trim());
    }
    List<BlockedPerson> current = blocked.activeFor(person.id().value());
    if (current.size() >= MAX_ENTRIES) {
      throw new ConflictException("entries", "at most " + MAX_ENTRIES + " entries");
    }
    String fingerprint = fingerprints.of("blocked:" + kind.name(), normalised);
    if (blocked.matches(person.id().value(), kind, fingerprint)) {
      throw new ConflictException("value", "already on the list");
    }
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
    return view(b);
  }

  @Override
  public void remove(String personId, String entryId) {
    Person person = keeper(personId, "blocked.remove");
    AuthenticatedUser user = policy.requireAuthenticated();
    BlockedPerson b;
    try {
      b = blocked.find(UUID.fromString(String.valueOf(entryId))).orElse(null);
    } catch (IllegalArgumentException e) {
      b = null;
    }
    if (b == null || !b.personId().equals(person.id().value()) || !b.active()) {
      throw new NotFoundException();
    }
    b.remove(user.accountId().value(), clock.now());
    journal.record(user.journal().about(person).success("blocked.remove", b.kind().name()));
  }

  @Override
  public boolean isBlocked(PersonId person, String kind, String rawValue) {
    if (rawValue == null || rawValue.isBlank()) {
      return false;
    }
    BlockedPerson.Kind k = BlockedPerson.Kind.valueOf(kind);
    String normalised;
    try {
      normalised = BlockedPerson.normalise(k, rawValue, null);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return blocked.matches(person.value(), k, fingerprints.of("blocked:" + k.name(), normalised));
  }

  /** In a transaction of its own: the alert stays when the attempt it reports is refused. */
  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void alert(PersonId person) {
    reminders.notifyFollowers(person, "BLOCKED_PERSON_ATTEMPT", person.toString());
  }

  @Override
  public void blockDecided(
      PersonId person, String email, fr.relais.domain.model.access.AccountId by) {
    String normalised = BlockedPerson.normalise(BlockedPerson.Kind.EMAIL, email, null);
    String fingerprint = fingerprints.of("blocked:" + BlockedPerson.Kind.EMAIL.name(), normalised);
    if (!blocked.matches(person.value(), BlockedPerson.Kind.EMAIL, fingerprint)) {
      blocked.add(
          new BlockedPerson(
              person.value(),
              BlockedPerson.Kind.EMAIL,
              fingerprint,
              BlockedPerson.hint(BlockedPerson.Kind.EMAIL, normalised),
              by.value(),
              clock.now()));
    }
  }

  /** Who keeps her list: who may set her protection; she must be protected. */
  private Person keeper(String personId, String action) {
    Person person = policy.requireSeePerson(personId);
    AuthenticatedUser user = policy.requireAuthenticated();
    if (!policy.canSetProtection(user, person)) {
      journal.recordSeparately(user.journal().about(person).refused(action, "ROLE"));
      throw new AccessDeniedException(action);
    }
    if (!person.isProtected()) {
      throw new ConflictException("protectedPerson", "only for a protected person");
    }
    return person;
  }

  private static BlockedPerson.Kind kind(String text) {
    try {
      return BlockedPerson.Kind.valueOf(String.valueOf(text).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "one of NAME_BIRTH, EMAIL, PHONE, FOREIGN_NUMBER");
    }
  }

  private static BlockedView view(BlockedPerson b) {
    return new BlockedView(b.id().toString(), b.kind().name(), b.hint(), b.addedAt());
  }
}
