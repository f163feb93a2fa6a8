package fr.relais.application.shielding.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.notification.ReminderService;
import fr.relais.application.person.internal.SealedContacts;
import fr.relais.application.shielding.ProtectionService;
import fr.relais.application.shielding.SealedReads;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonContact;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.person.Protection;
import fr.relais.domain.model.person.ProtectionReason;
import fr.relais.domain.model.shielding.LiftingConsent;
import fr.relais.domain.model.shielding.LiftingConsentRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The protected status and its rules (F1), each decision asked of the one access policy. */
@ApplicationScoped
@Transactional
public class DefaultProtectionService implements ProtectionService {

  @Inject fr.relais.domain.model.document.DocumentRepository documents;
  @Inject fr.relais.domain.model.note.NoteRepository notes;
  @Inject AccessPolicy policy;
  @Inject PersonRepository people;
  @Inject AccountRepository accounts;
  @Inject LiftingConsentRepository consents;
  @Inject Vault vault;
  @Inject SealedReads reads;
  @Inject Journal journal;
  @Inject ReminderService reminders;
  @Inject TimeSource clock;

  @Override
  public ProtectionView get(PersonId personId) {
    Person person = policy.persons().requireSee(personId);
    return view(policy.requireAuthenticated(), person);
  }

  @Override
  public ProtectionView protect(PersonId personId, ProtectionInput input) {
    Person person = policy.persons().requireSee(personId);
    AuthenticatedUser user = policy.requireAuthenticated();
    boolean update = person.isProtected();
    String action = update ? "person.protection.update" : "person.protect";
    policy.protection().requireSet(person, action);
    Protection protection = parse(input);
    try {
      person.protect(protection, clock.today());
    } catch (IllegalArgumentException e) {
      throw invalid(e);
    }
    if (!update) {
      sealContact(person);
      dropVolunteers(user, person);
    }
    // The reason's category only: never the court, never a date that could place her (S42).
    journal.record(user.journal().about(person).success(action, protection.reason().name()));
    return view(user, person);
  }

  /**
   * F2: from the moment she is protected, her channels and places are sealed — also those recorded
   * before — and so is every document and every note of her file.
   */
  private void sealContact(Person person) {
    Optional<PersonContact> contact = people.contact(person.id());
    if (contact.isPresent() && !contact.get().sealed()) {
      SealedContacts.seal(vault, contact.get());
    }
    for (var n : notes.clearOfPerson(person.id().value())) {
      fr.relais.application.file.internal.DefaultNoteService.seal(vault, n);
    }
    for (var v : documents.clearOfPerson(person.id().value())) {
      fr.relais.application.file.internal.SealedDocuments.seal(
          vault, v, documents.content(v.id()).orElseThrow());
    }
  }

  /**
   * S11: volunteers never follow a protected person; they lose her file on their next request. A
   * social worker who protected someone followed by volunteers only takes her on.
   */
  private void dropVolunteers(AuthenticatedUser user, Person person) {
    Set<AccountId> followers = people.assignees(person.id());
    Set<AccountId> volunteers =
        accounts.findAll(followers).stream()
            .filter(a -> !policy.persons().mayFollow(a, person))
            .map(Account::id)
            .collect(Collectors.toSet());
    for (AccountId v : volunteers) {
      people.unassign(person.id(), v);
    }
    if (!volunteers.isEmpty()) {
      journal.record(
          user.journal()
              .about(person)
              .success("person.unassign.volunteers", volunteers.size() + " member(s)"));
    }
    if (followers.size() == volunteers.size() && policy.persons().takesOnOwnCases(user)) {
      people.assign(person.id(), user.accountId(), user.accountId(), clock.now());
    }
  }

  @Override
  public ProtectionView recordConsentInPerson(PersonId personId) {
    Person person = policy.persons().requireSee(personId);
    AuthenticatedUser user = policy.requireAuthenticated();
    // Who may set her protection records her consent to lifting it, met in person (F1).
    policy.protection().requireSet(person, "protection.consent");
    if (!person.isProtected()) {
      throw new ConflictException("protectedPerson", "the person is not protected");
    }
    consents.add(
        new LiftingConsent(
            person.id().value(),
            LiftingConsent.Way.IN_PERSON,
            user.accountId().value(),
            clock.now()));
    journal.record(user.journal().about(person).success("protection.consent", "IN_PERSON"));
    return view(user, person);
  }

  @Override
  public void consentFromOwnAccount(PersonId personId) {
    AuthenticatedUser user = policy.own().requireEnter("protection.consent");
    // Not one of her records in force: the same answer as for a record that does not exist.
    Person person = policy.own().requireRecord(user, personId, "protection.consent");
    if (!person.isProtected()) {
      throw new ConflictException("protectedPerson", "the record is not protected");
    }
    consents.add(
        new LiftingConsent(
            person.id().value(),
            LiftingConsent.Way.OWN_ACCOUNT,
            user.accountId().value(),
            clock.now()));
    journal.record(user.journal().about(person).success("protection.consent", "OWN_ACCOUNT"));
    reminders.notifyFollowers(person.id(), "PROTECTION_LIFTING_CONSENT", personId.toString());
  }

  @Override
  public ProtectionView lift(PersonId personId) {
    Person person = policy.persons().requireSee(personId);
    String action = "person.protection.lift";
    AuthenticatedUser user = policy.protection().requireLift(person, action);
    if (!person.isProtected()) {
      throw new ConflictException("protectedPerson", "the person is not protected");
    }
    Instant now = clock.now();
    LiftingConsent consent =
        consents.latestUnused(person.id().value()).filter(c -> c.usableAt(now)).orElse(null);
    if (consent == null) {
      journal.recordSeparately(user.journal().about(person).refused(action, "NO_CONSENT"));
      throw new ConflictException(
          "consent", "the person's consent to lifting is not recorded, or is too old");
    }
    // S6: the administrator signed in again at the provider a moment ago.
    policy.identity().requireFreshAuthentication(action, person);
    consent.use(now);
    person.liftProtection();
    Optional<PersonContact> contact = people.contact(person.id());
    if (contact.isPresent() && contact.get().sealed()) {
      SealedReads.Reading reading =
          reads.reading(user.journal().about(person), SealedReads.Category.CONTACT_LIFTING);
      contact.get().change(SealedContacts.open(reading, contact.get()));
      reading.done();
    }
    journal.record(user.journal().about(person).success(action, consent.way().name()));
    reminders.notifyFollowers(person.id(), "PROTECTION_LIFTED", personId.toString());
    return view(user, person);
  }

  private ProtectionView view(AuthenticatedUser user, Person person) {
    boolean change = policy.protection().canSet(user, person);
    Optional<Protection> p = person.protection();
    Consent consent = null;
    if (p.isPresent()) {
      Instant now = clock.now();
      consent =
          consents
              .latestUnused(person.id().value())
              .filter(c -> c.usableAt(now))
              .map(
                  c ->
                      new Consent(
                          c.way().name(),
                          c.recordedAt(),
                          c.recordedAt().plus(LiftingConsent.VALIDITY)))
              .orElse(null);
    }
    boolean seesOrder = change || policy.sealed().canOpen(user, person);
    return new ProtectionView(
        person.id().toString(),
        p.isPresent(),
        // F1: without the file, only that she is protected.
        p.filter(x -> seesOrder || policy.persons().canSeeFile(user, person))
            .map(x -> x.reason().name())
            .orElse(null),
        p.map(Protection::since).orElse(null),
        p.filter(x -> seesOrder && x.orderEndsOn() != null)
            .map(x -> new Order(x.orderCourt(), x.orderIssuedOn(), x.orderEndsOn()))
            .orElse(null),
        p.map(Protection::orderIncomplete).orElse(false),
        consent,
        change,
        p.isPresent() && change,
        p.isPresent() && policy.protection().canLift(user, person));
  }

  private Protection parse(ProtectionInput input) {
    if (input == null) {
      throw new InvalidInputException("body", "required");
    }
    ProtectionReason reason;
    try {
      reason = ProtectionReason.valueOf(String.valueOf(input.reason()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "reason",
          "one of "
              + Arrays.stream(ProtectionReason.values())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
    }
    Order order = input.order();
    try {
      return new Protection(
          reason,
          input.since() == null ? clock.today() : input.since(),
          order == null ? null : order.court(),
          order == null ? null : order.issuedOn(),
          order == null ? null : order.endsOn());
    } catch (IllegalArgumentException e) {
      throw invalid(e);
    }
  }

  private static InvalidInputException invalid(IllegalArgumentException e) {
    String message = String.valueOf(e.getMessage());
    int colon = message.indexOf(':');
    return colon > 0
        ? new InvalidInputException(
            message.substring(0, colon), message.substring(colon + 1).trim())
        : new InvalidInputException("body", message);
  }
}
