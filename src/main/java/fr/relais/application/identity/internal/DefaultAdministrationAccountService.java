package fr.relais.application.identity.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.identity.AdministrationAccountService;
import fr.relais.application.journal.Journal;
import fr.relais.application.mailbox.MailboxService;
import fr.relais.application.person.internal.SealedContacts;
import fr.relais.application.shielding.Fingerprints;
import fr.relais.application.shielding.SealedOpener;
import fr.relais.application.shielding.SealedReads;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.administration.AdministrationAccount;
import fr.relais.domain.model.administration.AdministrationAccountId;
import fr.relais.domain.model.administration.AdministrationAccountRepository;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.person.ContactDetails;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Administration accounts; identifiers and addresses only through the vault and keyed hashes. */
@ApplicationScoped
@Transactional
public class DefaultAdministrationAccountService implements AdministrationAccountService {

  static final JournalActor MAILBOX = JournalActor.system("mailbox");

  @Inject AccessPolicy policy;
  @Inject AdministrationAccountRepository accounts;
  @Inject PersonRepository people;
  @Inject MailboxService mailbox;
  @Inject Vault vault;
  @Inject SealedReads reads;
  @Inject Fingerprints fingerprints;
  @Inject fr.relais.application.shielding.IdentityMatcher matcher;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Override
  public List<AccountView> list(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "administration-account.view");
    AuthenticatedUser user = policy.requireAuthenticated();
    List<AdministrationAccount> found = accounts.forPerson(person.id().value());
    boolean open = readable(user, person);
    // Sealed at rest for everyone (S41); a protected person's are a reading of her sealed data.
    SealedReads.Reading reading =
        reads.reading(user.journal().about(person), SealedReads.Category.ADMINISTRATION_ACCOUNTS);
    SealedOpener opener = person.isProtected() ? reading : vault;
    List<Opened> values = found.stream().map(a -> open ? opened(opener, a) : null).toList();
    reading.done();
    journal.record(user.journal().about(person).success("administration-account.view"));
    String sub = found.isEmpty() ? null : mailbox.subAddress(person, user);
    List<AccountView> views = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      views.add(view(found.get(i), values.get(i), sub));
    }
    return views;
  }

  @Override
  public AccountView record(PersonId personId, NewAccount input) {
    String action = "administration-account.record";
    Person person = policy.persons().requireSeeFile(personId, action);
    AuthenticatedUser user = editor(person, action);
    if (input == null) {
      throw new InvalidInputException("body", "required");
    }
    AdministrationAccount.Service service = service(input.service());
    String identifier = normaliseIdentifier(input.identifier());
    String address = null;
    if (input.address() != null && !input.address().isBlank()) {
      address = ContactDetails.normaliseEmail(input.address());
      if (address == null) {
        throw new InvalidInputException("address", ContactDetails.NOT_AN_EMAIL);
      }
    }
    String identifierHash = fingerprints.of(AdministrationAccount.IDENTIFIER_PURPOSE, identifier);
    if (accounts.exists(person.id().value(), identifierHash)) {
      throw new ConflictException("identifier", "this account is already recorded");
    }
    if (accounts.forPerson(person.id().value()).size() >= AdministrationAccount.MAX_PER_PERSON) {
      throw new ConflictException(
          "accounts", "at most " + AdministrationAccount.MAX_PER_PERSON + " accounts");
    }
    AdministrationAccount account;
    UUID id = UUID.randomUUID();
    try {
      account =
          new AdministrationAccount(
              id,
              person.id().value(),
              person.structure().value(),
              service,
              input.label(),
              SealedAccounts.sealIdentifier(vault, person.id().value(), id, identifier),
              identifierHash,
              user.accountId().value(),
              clock.now());
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "label");
    }
    if (address != null) {
      account.address(
          SealedAccounts.sealAddress(vault, account, address),
          SealedContacts.emailFingerprint(matcher, address));
    }
    accounts.add(account);
    journal.record(user.journal().about(person).success(action, service.name()));
    return view(account, opened(vault, account), mailbox.subAddress(person, user));
  }

  @Override
  public AccountView move(AdministrationAccountId accountId, String step) {
    String action = "administration-account.move";
    AdministrationAccount account = find(accountId);
    Person person = policy.persons().requireSeeFile(new PersonId(account.personId()), action);
    AuthenticatedUser user = editor(person, action);
    Instant now = clock.now();
    String sub = mailbox.subAddress(person, user);
    try {
      if ("REQUESTED".equals(step)) {
        account.requestMove(user.accountId().value(), now);
      } else if ("DONE".equals(step)) {
        // E2: its address is now her sub-address; the first message to arrive there confirms it.
        account.moveDone(
            SealedAccounts.sealAddress(vault, account, sub),
            SealedContacts.emailFingerprint(matcher, sub),
            user.accountId().value(),
            now);
      } else {
        throw new InvalidInputException("step", "REQUESTED or DONE");
      }
    } catch (IllegalStateException e) {
      throw new ConflictException("step", "the move is " + account.move().name());
    }
    journal.record(user.journal().about(person).success(action, step));
    return view(account, opened(vault, account), sub);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void messageArrived(PersonId personId, Instant at) {
    List<AdministrationAccount> waiting = accounts.awaitingFirstMessage(personId.value());
    if (waiting.isEmpty()) {
      return;
    }
    Person person = people.find(personId).orElse(null);
    for (AdministrationAccount a : waiting) {
      if (a.messageArrived(at) && person != null) {
        journal.record(
            JournalRecord.by(MAILBOX)
                .in(a.structureId())
                .about(person)
                .success("administration-account.move", "CONFIRMED"));
      }
    }
  }

  private AuthenticatedUser editor(Person person, String action) {
    policy.persons().requireEditIdentifiers(person, action);
    return policy.requireAuthenticated();
  }

  /** F2: a protected person's accounts are read by who may read her sealed data only. */
  private boolean readable(AuthenticatedUser user, Person person) {
    return policy.sealed().canOpenAll(user, person);
  }

  private AdministrationAccount find(AdministrationAccountId id) {
    return accounts.find(id.value()).orElseThrow(NotFoundException::new);
  }

  private static AdministrationAccount.Service service(String value) {
    try {
      return AdministrationAccount.Service.valueOf(String.valueOf(value).strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("service", "ANEF or OTHER");
    }
  }

  /**
   * An account's identifier as matched exactly: an email in lower case, or a number in upper case
   * without spaces, dots or dashes (6 to 20 letters and digits).
   */
  static String normaliseIdentifier(String value) {
    String v = value == null ? "" : value.strip();
    if (v.contains("@")) {
      String e = ContactDetails.normaliseEmail(v);
      if (e == null) {
        throw new InvalidInputException("identifier", ContactDetails.NOT_AN_EMAIL);
      }
      return e;
    }
    String n = v.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT);
    if (!n.matches("[A-Z0-9]{6,20}")) {
      throw new InvalidInputException(
          "identifier", "a foreign-national number (6 to 20 letters and digits) or an email");
    }
    return n;
  }

  /** An account's identifier and address, opened for who may read them. */
  private record Opened(String identifier, String address) {}

  private static Opened opened(SealedOpener opener, AdministrationAccount a) {
    return new Opened(SealedAccounts.identifier(opener, a), SealedAccounts.address(opener, a));
  }

  /** An account as shown: {@code opened} null for who may not read it (« masqué »). */
  private AccountView view(AdministrationAccount a, Opened opened, String sub) {
    boolean open = opened != null;
    boolean onSub =
        sub != null
            && a.addressFingerprint() != null
            && a.addressFingerprint().equals(SealedContacts.emailFingerprint(matcher, sub));
    return new AccountView(
        a.id().toString(),
        a.service().name(),
        a.label(),
        open ? opened.identifier() : null,
        open ? opened.address() : null,
        !open,
        onSub,
        open ? sub : null,
        a.move().name(),
        a.recordedAt(),
        a.moveRequestedAt(),
        a.moveDoneAt(),
        a.moveConfirmedAt());
  }
}
