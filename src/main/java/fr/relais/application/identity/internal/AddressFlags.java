package fr.relais.application.identity.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.identity.EmailChangeService.FlagRequest;
import fr.relais.application.identity.EmailChangeService.FlagView;
import fr.relais.application.journal.Journal;
import fr.relais.application.person.internal.SealedContacts;
import fr.relais.application.shielding.IdentityKey;
import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.application.shielding.SealedReads;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.emailchange.EmailChange;
import fr.relais.domain.model.emailchange.EmailChangeRepository;
import fr.relais.domain.model.emailchange.FlaggedAddress;
import fr.relais.domain.model.person.ContactDetails;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonContact;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Addresses flagged as possibly in the abuser's hands (S32): the flag, by its canonical
 * fingerprint; her contact address removed at once if it is the one; the pending changes it makes
 * pointless ended. Runs in the caller's transaction.
 */
@ApplicationScoped
class AddressFlags {

  private static final String FLAG = "email.flag";

  @Inject AccessPolicy policy;
  @Inject PersonRepository people;
  @Inject EmailChangeRepository changes;
  @Inject AccountRepository accounts;
  @Inject IdentityMatcher matcher;
  @Inject Vault vault;
  @Inject SealedReads reads;
  @Inject Journal journal;
  @Inject TimeSource clock;

  /** A member flags an address as possibly in the abuser's hands (S32). */
  FlagView flag(PersonId personId, FlagRequest request) {
    Person person = policy.persons().requireSeeFile(personId, FLAG);
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.persons().requireEditIdentifiers(person, FLAG);
    String email = request == null ? null : request.email();
    Optional<IdentityKey> key =
        ContactDetails.normaliseEmail(email) == null ? Optional.empty() : matcher.email(email);
    if (key.isEmpty()) {
      throw new InvalidInputException("email", ContactDetails.NOT_AN_EMAIL);
    }
    if (matcher
        .match(person.id(), List.of(key.get()))
        .filter(m -> m.reason() == IdentityMatcher.Reason.FLAGGED)
        .isPresent()) {
      throw new ConflictException("email", "already flagged");
    }
    String reason = request.reason();
    if (reason != null && reason.strip().length() > FlaggedAddress.REASON_MAX) {
      throw new InvalidInputException(
          "reason", "at most " + FlaggedAddress.REASON_MAX + " characters");
    }
    String detail = flagDecided(person, email, reason, user);
    FlaggedAddress flagged = changes.flagged(person.id().value()).get(0); // the newest: this one
    journal.record(user.journal().about(person).success(FLAG, detail));
    return flagView(flagged);
  }

  /** The flag itself, and what it ends at once; the caller journals it. */
  String flagDecided(Person person, String email, String reason, AuthenticatedUser by) {
    IdentityKey key =
        matcher
            .email(email)
            .orElseThrow(() -> new InvalidInputException("email", ContactDetails.NOT_AN_EMAIL));
    String fingerprint = matcher.fingerprint(IdentityMatcher.CONTACT, key);
    Instant now = clock.now();
    if (matcher
        .match(person.id(), List.of(key))
        .filter(m -> m.reason() == IdentityMatcher.Reason.FLAGGED)
        .isEmpty()) {
      changes.add(
          new FlaggedAddress(
              person.id().value(), fingerprint, reason, by.accountId().value(), now));
    }
    // At once, first: no longer a channel to reach her, nor a change's destination (S32).
    String detail = "OTHER_ADDRESS";
    Optional<PersonContact> contact = people.contact(person.id());
    if (contact.isPresent() && fingerprint.equals(contact.get().emailFingerprint())) {
      PersonContact c = contact.get();
      SealedReads.Reading reading =
          reads.reading(by.journal().about(person), SealedReads.Category.CONTACT_FLAG);
      c.change(SealedContacts.read(reading, c).withEmail(null));
      reading.done();
      SealedContacts.fingerprint(matcher, c);
      if (person.isProtected()) {
        SealedContacts.seal(vault, c);
      }
      detail = "CURRENT_ADDRESS_REMOVED";
    }
    boolean removed = !"OTHER_ADDRESS".equals(detail);
    for (EmailChange open : changes.openForUpdate(person.id().value())) {
      // A change to the flagged address ends; one that would replace the removed address is stale.
      if (open.newFingerprint().equals(fingerprint)) {
        open.end(EmailChange.Ending.FLAGGED, now);
        detail += ", PENDING_CHANGE_ENDED";
      } else if (removed) {
        open.end(EmailChange.Ending.STALE, now);
        detail += ", PENDING_CHANGE_STALE";
      }
    }
    return detail;
  }

  /** The addresses flagged on her file. */
  List<FlagView> flags(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "email.flag.view");
    policy.persons().requireEdit(person, "email.flag.view");
    return changes.flagged(person.id().value()).stream().map(this::flagView).toList();
  }

  private FlagView flagView(FlaggedAddress f) {
    String by = accounts.find(new AccountId(f.flaggedBy())).map(a -> a.displayName()).orElse(null);
    return new FlagView(f.id().toString(), f.reason(), by, f.flaggedAt());
  }
}
