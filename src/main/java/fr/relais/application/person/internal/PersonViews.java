package fr.relais.application.person.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.person.PersonService.Assignee;
import fr.relais.application.person.PersonService.Contact;
import fr.relais.application.person.PersonService.PersonView;
import fr.relais.application.shielding.SealedReads;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.person.ContactDetails;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonContact;
import fr.relais.domain.model.person.PersonIdentity;
import fr.relais.domain.model.person.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person as shown: her whole file, or her name only (F1); her contact channels opened only for
 * whom the access policy allows (F2); who follows her. Runs in the caller's transaction.
 */
@ApplicationScoped
class PersonViews {

  @Inject AccessPolicy policy;
  @Inject SealedReads reads;
  @Inject PersonRepository people;
  @Inject AccountRepository accounts;

  /** Who follows her, by name. */
  List<Assignee> assignees(Person person) {
    Set<AccountId> ids = people.assignees(person.id());
    return accounts.findAll(ids).stream()
        .map(PersonViews::assignee)
        .sorted(Comparator.comparing(Assignee::displayName))
        .toList();
  }

  static Assignee assignee(Account a) {
    return new Assignee(a.id().toString(), a.displayName());
  }

  /**
   * A protected person's contact channels (F2): decrypted only for whom the access policy allows,
   * each time journaled by category, never the value; for anyone else « masqué », only the
   * domiciliation at the structure shown. Channels a protected person's record still holds in clear
   * are hidden the same way.
   */
  Contact contactFor(AuthenticatedUser user, Person p, PersonContact c) {
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

  static Contact contact(ContactDetails d) {
    return new Contact(d.parts(), d.domiciledAtStructure());
  }

  /** F1: her name, that she is protected and who follows her; nothing else of her file. */
  static PersonView restricted(Person p, List<Assignee> assignees) {
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

  /** Her file, or her name only for who may not open it (F1). */
  PersonView view(AuthenticatedUser user, Person p, PersonContact c, List<Assignee> assignees) {
    if (!policy.persons().canSeeFile(user, p)) {
      return restricted(p, assignees);
    }
    return fileView(user, p, c, assignees);
  }

  /** The file of a person the caller has been found to see (F1 already decided). */
  PersonView fileView(AuthenticatedUser user, Person p, PersonContact c, List<Assignee> assignees) {
    Contact contact = contactFor(user, p, c);
    boolean masked = c != null && contact == null;
    if (masked) {
      contact = Contact.masked(c.domiciledAtStructure());
    }
    return fileView(p, contact, masked, assignees);
  }

  static PersonView fileView(Person p, Contact contact, boolean masked, List<Assignee> assignees) {
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

  /** The display names of these members. */
  Map<AccountId, String> names(java.util.Collection<Set<AccountId>> sets) {
    Set<AccountId> all = sets.stream().flatMap(Set::stream).collect(Collectors.toSet());
    return accounts.findAll(all).stream()
        .collect(Collectors.toMap(Account::id, Account::displayName, (a, b) -> a));
  }
}
