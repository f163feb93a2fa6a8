package fr.relais.application.person.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.person.PersonService.Contact;
import fr.relais.application.person.PersonService.PersonView;
import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.application.shielding.SealedReads;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.emailchange.EmailChangeRepository;
import fr.relais.domain.model.person.ContactDetails;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonContact;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.shielding.EmergencyLockRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Her contact channels changed by a member: refused under an emergency lock (F6) or for a blocked
 * or flagged value (F5, S46), an address in use replaced only through a confirmed change (E1),
 * sealed for a protected person (F2). Runs in the caller's transaction.
 */
@ApplicationScoped
class PersonContactChange {

  @Inject AccessPolicy policy;
  @Inject Vault vault;
  @Inject SealedReads reads;
  @Inject PersonRepository people;
  @Inject IdentityMatcher matcher;
  @Inject EmergencyLockRepository locks;
  @Inject EmailChangeRepository emailChanges;
  @Inject PersonViews views;
  @Inject Journal journal;

  /** Her contact channels changed, each refusal and each opening journaled. */
  PersonView changeContact(PersonId personId, Contact input) {
    Person person = policy.persons().requireSeeFile(personId, "person.contact.change");
    AuthenticatedUser user = policy.requireAuthenticated();
    // F2: a protected person's places are changed only by who may read them.
    policy.persons().requireWrite(person, "person.contact.change");
    // F6: under an emergency lock nothing of her contact data changes.
    if (locks.active(person.id().value()).isPresent()) {
      journal.recordSeparately(
          user.journal().about(person).refused("person.contact.change", "EMERGENCY_LOCK"));
      throw new ConflictException(
          "emergencyLock", "her access is under an emergency lock: her contact data is frozen");
    }
    if (input == null) {
      throw new InvalidInputException("body", "required");
    }
    ContactDetails wanted;
    try {
      wanted = details(input);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.from(e, "body");
    }
    // F5, S32, S46: one of her blocked persons' email or phone, or an address flagged on her file,
    // in any of its variants, is never linked to her record. The answer is the very one a value
    // that cannot exist gets — nothing tells whoever typed it that a block exists — and for a
    // blocked one her followers are alerted in the application.
    java.util.List<fr.relais.application.shielding.IdentityKey> typed = new java.util.ArrayList<>();
    matcher.email(wanted.email()).ifPresent(typed::add);
    matcher.phone(wanted.phone()).ifPresent(typed::add);
    Optional<IdentityMatcher.Match> refused =
        matcher.refuse(
            person.id(),
            typed,
            user.journal().about(person),
            "person.contact.change",
            IdentityMatcher.Alert.FOLLOWERS);
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
      throw new ConflictException(
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
    return PersonViews.fileView(
        person, PersonViews.contact(wanted), false, views.assignees(person));
  }

  /** The validated details of what was sent (nothing sent: nothing known). */
  static ContactDetails details(Contact c) {
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
}
