package fr.relais.application.identity.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.TooManyAttemptsException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.identity.EmailChangeService;
import fr.relais.application.identity.SensitiveOperations;
import fr.relais.application.journal.Journal;
import fr.relais.application.notification.NotificationComposer;
import fr.relais.application.notification.Outbox;
import fr.relais.application.notification.ReminderService;
import fr.relais.application.person.internal.SealedContacts;
import fr.relais.application.shielding.IdentityKey;
import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.application.shielding.SealedField;
import fr.relais.application.shielding.SealedOpener;
import fr.relais.application.shielding.SealedReads;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.emailchange.EmailChange;
import fr.relais.domain.model.emailchange.EmailChangeRepository;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.person.ContactDetails;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonContact;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.personaccess.PersonAccess;
import fr.relais.domain.model.personaccess.PersonAccessRepository;
import fr.relais.domain.model.shielding.EmergencyLock;
import fr.relais.domain.model.shielding.EmergencyLockRepository;
import fr.relais.domain.shared.SingleUseLink;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Email changes. A link that does not confirm still commits what it ended (a stale change, its
 * journal entry) while the exception tells the caller. Mails go through the one composer and the
 * outbox, in the transaction of the change they tell of.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = ConflictException.class)
public class DefaultEmailChangeService implements EmailChangeService {

  /** Who confirms or freezes through a link: the holder of an address, signed in or not. */
  static final JournalActor LINK_HOLDER = JournalActor.system("address-link");

  private static final String START = "email.change.start";
  private static final String CONFIRM = "email.change.confirm";
  private static final String FREEZE = "email.change.freeze";

  /** Her own address changes, throttled per login and record (S70). */
  private static final String OWN_CHANGE = "email-change:own";

  /** Her own space's one answer to an address it will not take, whatever the reason (S45). */
  static final String NOT_USABLE = "this address cannot be used: check it, or ask your structure";

  @Inject AccessPolicy policy;
  @Inject SensitiveOperations sensitive;
  @Inject PersonRepository people;
  @Inject EmailChangeRepository changes;
  @Inject PersonAccessRepository access;
  @Inject AccountRepository accounts;
  @Inject HerLoginTies ties;
  @Inject EmergencyLockRepository locks;
  @Inject IdentityMatcher matcher;
  @Inject AttemptThrottles throttles;
  @Inject Outbox outbox;
  @Inject NotificationComposer composer;
  @Inject ReminderService reminders;
  @Inject Vault vault;
  @Inject SealedReads reads;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject AddressFlags flags;

  @Inject
  @ConfigProperty(name = "relais.public-url")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "relais.email-change.cooldown-seconds", defaultValue = "120")
  long cooldownSeconds;

  @Override
  @fr.relais.application.UniformDuration // E4: a blocked or flagged address is not timed apart
  public ChangeView start(PersonId personId, Request request) {
    Person person = policy.persons().requireSeeFile(personId, START);
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.identity().requireChangeEmail(person, START);
    notLocked(user, person, START);
    String typed = address(request);
    sensitive.require(person, START); // D1: her identity verified recently; S6: fresh login
    return begin(user, person, false, typed);
  }

  @Override
  @fr.relais.application.UniformDuration
  public ChangeView startMine(PersonId personId, Request request) {
    AuthenticatedUser user = policy.own().requireEnter(START);
    Person person = ownRecord(user, personId, START);
    notLocked(user, person, START);
    // S70: whoever holds her session — perhaps not her — may not try address after address. Her
    // refused attempts slow the next ones down; her worker's path is not slowed, so nobody can
    // lock her out of a change.
    Duration wait = throttles.wait(OWN_CHANGE, user.accountId().value(), person.id().value());
    if (!wait.isZero()) {
      journal.recordSeparately(user.journal().about(person).refused(START, "THROTTLED"));
      throw new TooManyAttemptsException(wait);
    }
    try {
      String typed = usable(request);
      policy.identity().requireFreshAuthentication(START, person); // S6: her own fresh login
      ChangeView started = begin(user, person, true, typed);
      throttles.succeeded(OWN_CHANGE, user.accountId().value(), person.id().value());
      return started;
    } catch (InvalidInputException | ConflictException e) {
      throttles.failed(OWN_CHANGE, user.accountId().value(), person.id().value());
      throw e;
    }
  }

  /**
   * The address typed, checked for its form only (blocked and flagged ones come later): an address
   * that cannot be one is answered like one refused (S40).
   */
  private String address(Request request) {
    String typed = request == null || request.email() == null ? "" : request.email().strip();
    if (ContactDetails.normaliseEmail(typed) == null || matcher.email(typed).isEmpty()) {
      throw new InvalidInputException("email", ContactDetails.NOT_AN_EMAIL);
    }
    return typed;
  }

  /**
   * As {@link #address}, answered in her own space without saying why (S45): a malformed address
   * and a refused one get the same words, so whoever holds her session learns nothing of what is
   * flagged or blocked.
   */
  private String usable(Request request) {
    try {
      return address(request);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("email", NOT_USABLE);
    }
  }

  private ChangeView begin(AuthenticatedUser user, Person person, boolean byPerson, String typed) {
    IdentityKey key = matcher.email(typed).orElseThrow();
    String fingerprint =
        matcher.fingerprint(fr.relais.application.shielding.IdentityMatcher.CONTACT, key);
    // F5, S32, S46: a blocked person's address or a flagged one, in any of its variants, is
    // answered like one that cannot exist; a blocked one alerts her followers.
    if (matcher
        .refuse(
            person.id(),
            List.of(key),
            user.journal().about(person),
            START,
            IdentityMatcher.Alert.FOLLOWERS)
        .isPresent()) {
      throw new InvalidInputException("email", byPerson ? NOT_USABLE : ContactDetails.NOT_AN_EMAIL);
    }
    String base = people.contact(person.id()).map(PersonContact::emailFingerprint).orElse(null);
    if (fingerprint.equals(base)) {
      throw new ConflictException("email", byPerson ? NOT_USABLE : "it is already her address");
    }
    Instant now = clock.now();
    Optional<Instant> last = changes.latestStart(person.id().value());
    Duration cooldown = Duration.ofSeconds(cooldownSeconds);
    if (last.isPresent() && last.get().plus(cooldown).isAfter(now)) {
      journal.recordSeparately(user.journal().about(person).refused(START, "COOLDOWN"));
      Duration wait = Duration.between(now, last.get().plus(cooldown));
      throw new TooManyAttemptsException(wait.isNegative() ? Duration.ofSeconds(1) : wait);
    }
    for (EmailChange open : changes.openForUpdate(person.id().value())) {
      open.end(EmailChange.Ending.SUPERSEDED, now);
    }
    UUID id = UUID.randomUUID();
    byte[] sealed =
        vault.seal(
            SealedField.PENDING_EMAIL.of(person.id().value(), id),
            typed.getBytes(StandardCharsets.UTF_8));
    EmailChange.Started started =
        EmailChange.start(
            id,
            person.id().value(),
            person.structure().value(),
            sealed,
            fingerprint,
            base,
            user.accountId().value(),
            byPerson,
            now);
    changes.add(started.change());
    mailToPerson(
        composer.addressConfirmation(typed, page("email-confirmation.xhtml", started.token())),
        person,
        NotificationKind.ADDRESS_CONFIRMATION);
    journal.record(user.journal().about(person).success(START, byPerson ? "PERSON" : "MEMBER"));
    return view(started.change(), now);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ChangeView> history(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "email.change.view");
    policy.persons().requireEdit(person, "email.change.view");
    return views(person);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ChangeView> mine(PersonId personId) {
    AuthenticatedUser user = policy.own().requireEnter("email.change.view");
    return views(ownRecord(user, personId, "email.change.view"));
  }

  private List<ChangeView> views(Person person) {
    Instant now = clock.now();
    return changes.history(person.id().value(), 50).stream().map(c -> view(c, now)).toList();
  }

  @Override
  public LinkView lookup(String token) {
    EmailChange c = byToken(token);
    return new LinkView(told(c.status(clock.now())), c.expiresAt());
  }

  /**
   * A link's state as its holder is told it: a flagged address's link says it is out of date, like
   * one whose address changed meanwhile — who holds that address may be the one she is shielded
   * from, and is never told so (S32, S45). The journal and her followers see the real reason.
   */
  private static String told(EmailChange.Status status) {
    return status == EmailChange.Status.FLAGGED ? EmailChange.Status.STALE.name() : status.name();
  }

  @Override
  public LinkView confirm(String token) {
    EmailChange c = byToken(token);
    Instant now = clock.now();
    Person person = people.find(new PersonId(c.personId())).orElseThrow(NotFoundException::new);
    JournalRecord.Builder entry = JournalRecord.by(LINK_HOLDER).in(c.structureId()).about(person);
    EmailChange.Status status = c.status(now);
    if (status != EmailChange.Status.PENDING) {
      journal.record(entry.refused(CONFIRM, status.name()));
      throw new ConflictException("token", told(status));
    }
    if (locks.active(person.id().value()).isPresent()) {
      journal.record(entry.refused(CONFIRM, "EMERGENCY_LOCK"));
      throw new ConflictException("emergencyLock", "her access is locked: her contact is frozen");
    }
    Optional<PersonContact> existing = people.contact(person.id());
    String current = existing.map(PersonContact::emailFingerprint).orElse(null);
    boolean stale =
        c.baseFingerprint() == null ? current != null : !c.baseFingerprint().equals(current);
    String newEmail = pendingEmail(vault, c);
    // F5, S32, S46: flagged, or one of her blocked persons' since the change began, in any of its
    // variants: never hers.
    Optional<IdentityMatcher.Match> match =
        matcher.email(newEmail).flatMap(k -> matcher.match(person.id(), List.of(k)));
    boolean blocked = match.filter(m -> m.reason() == IdentityMatcher.Reason.BLOCKED).isPresent();
    if (stale || match.isPresent()) {
      EmailChange.Ending why = stale ? EmailChange.Ending.STALE : EmailChange.Ending.FLAGGED;
      c.end(why, now);
      journal.record(entry.refused(CONFIRM, blocked ? "BLOCKED_EMAIL" : why.name()));
      if (blocked) {
        matcher.alert(person.id(), IdentityMatcher.Alert.FOLLOWERS);
      }
      throw new ConflictException("token", told(c.status(now)));
    }
    ContactDetails before =
        existing.map(x -> SealedContacts.read(vault, x)).orElse(ContactDetails.none());
    PersonContact contact = existing.orElseGet(() -> new PersonContact(person.id(), before));
    contact.change(before.withEmail(newEmail));
    SealedContacts.fingerprint(matcher, contact);
    if (person.isProtected()) {
      SealedContacts.seal(vault, contact); // F2, S12
    }
    if (existing.isEmpty()) {
      people.addContact(contact);
    }
    c.confirm(now);
    int revoked = revokeEverythingOfHerLogin(person, now); // S31
    // S32, S45, S46: a protected person's old address, or one flagged or blocked on her file in
    // any of its variants, is told nothing.
    String old = before.email();
    boolean tellOld =
        old != null
            && !person.isProtected()
            && ContactDetails.normaliseEmail(old) != null
            && matcher
                .email(old)
                .filter(k -> matcher.match(person.id(), List.of(k)).isEmpty())
                .isPresent();
    if (tellOld) {
      String freeze = c.toldOldAddress(now);
      mailToPerson(
          composer.addressReplaced(old, page("email-freeze.xhtml", freeze)),
          person,
          NotificationKind.ADDRESS_REPLACED);
    }
    mailToPerson(composer.addressConfirmed(newEmail), person, NotificationKind.ADDRESS_CONFIRMED);
    reminders.notifyFollowersAndAdministrators(
        person, NotificationKind.EMAIL_CHANGED.name(), person.id().toString());
    journal.record(
        entry.success(
            CONFIRM,
            (tellOld ? "OLD_ADDRESS_TOLD" : "OLD_ADDRESS_SILENT") + ", revoked " + revoked));
    return new LinkView(EmailChange.Status.CONFIRMED.name(), c.expiresAt());
  }

  /**
   * S31: every session of her own login ends, every pending access link and phone code is
   * withdrawn, every other pending change ends. Returns how many were ended.
   */
  private int revokeEverythingOfHerLogin(Person person, Instant now) {
    int count =
        ties.cut(
            person.id(),
            access.currentFor(person.id()).map(PersonAccess::account).orElse(null),
            now);
    for (EmailChange other : changes.openForUpdate(person.id().value())) {
      if (other.end(EmailChange.Ending.SUPERSEDED, now)) {
        count++;
      }
    }
    return count;
  }

  @Override
  public LinkView lookupFreeze(String token) {
    EmailChange c = byFreezeToken(token);
    Instant now = clock.now();
    return new LinkView(freezeStatus(c, now), null);
  }

  @Override
  public LinkView freeze(String token) {
    EmailChange c = byFreezeToken(token);
    Instant now = clock.now();
    Person person = people.find(new PersonId(c.personId())).orElseThrow(NotFoundException::new);
    JournalRecord.Builder entry = JournalRecord.by(LINK_HOLDER).in(c.structureId()).about(person);
    String status = freezeStatus(c, now);
    if (!"PENDING".equals(status)) {
      journal.record(entry.refused(FREEZE, status));
      throw new ConflictException("token", status);
    }
    c.frozen(now);
    // F6: her access locked at once, every session opened before ends at its next request.
    if (locks.activeForUpdate(person.id().value()).isEmpty()) {
      locks.add(EmergencyLock.fromAddressNotice(person.id().value(), now));
    }
    reminders.notifyFollowersAndAdministrators(
        person, NotificationKind.EMAIL_CHANGE_DISPUTED.name(), person.id().toString());
    journal.record(entry.success(FREEZE));
    return new LinkView("FROZEN", null);
  }

  private static String freezeStatus(EmailChange c, Instant now) {
    if (c.frozenAt() != null) {
      return "FROZEN";
    }
    return c.freezable(now) ? "PENDING" : "EXPIRED";
  }

  @Override
  public FlagView flag(PersonId personId, FlagRequest request) {
    return flags.flag(personId, request);
  }

  @Override
  public String flagDecided(Person person, String email, String reason, AuthenticatedUser by) {
    return flags.flagDecided(person, email, reason, by);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FlagView> flags(PersonId personId) {
    return flags.flags(personId);
  }

  private void notLocked(AuthenticatedUser user, Person person, String action) {
    // F6: under an emergency lock nothing of her contact data changes.
    if (locks.active(person.id().value()).isPresent()) {
      journal.recordSeparately(user.journal().about(person).refused(action, "EMERGENCY_LOCK"));
      throw new ConflictException(
          "emergencyLock", "her access is under an emergency lock: her contact data is frozen");
    }
  }

  private Person ownRecord(AuthenticatedUser user, PersonId personId, String action) {
    return policy.own().requireRecord(user, personId, action);
  }

  private EmailChange byToken(String token) {
    return byLink(token, changes::byTokenHashForUpdate);
  }

  private EmailChange byFreezeToken(String token) {
    return byLink(token, changes::byFreezeHashForUpdate);
  }

  /** A link's change, locked; an unknown or malformed token is a 404 like any other. */
  private static EmailChange byLink(
      String token, java.util.function.Function<String, Optional<EmailChange>> find) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new NotFoundException();
    }
    return find.apply(SingleUseLink.hash(token.strip())).orElseThrow(NotFoundException::new);
  }

  private void mailToPerson(
      fr.relais.domain.model.notification.OutgoingMail mail, Person person, NotificationKind kind) {
    outbox.toPerson(mail, person.id(), kind);
  }

  private String page(String page, String token) {
    return publicUrl.replaceAll("/+$", "") + "/" + page + "?token=" + token;
  }

  /** A change's new address, opened; the caller shows it to no one, or has asked the policy. */
  public static String pendingEmail(SealedOpener opener, EmailChange c) {
    return opener.openText(
        SealedField.PENDING_EMAIL.of(c.personId(), c.sealedRow()), c.newEmailSealed());
  }

  private static ChangeView view(EmailChange c, Instant now) {
    return new ChangeView(
        c.id().toString(),
        c.status(now).name(),
        c.startedByPerson(),
        c.createdAt(),
        c.expiresAt(),
        c.oldAddressTold(),
        c.frozenAt());
  }
}
