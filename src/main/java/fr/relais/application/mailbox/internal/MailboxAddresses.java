package fr.relais.application.mailbox.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.mailbox.MailboxService.AddressView;
import fr.relais.application.mailbox.MailboxService.RetiredAddress;
import fr.relais.domain.model.mailbox.MailAddressing;
import fr.relais.domain.model.mailbox.MailboxRepository;
import fr.relais.domain.model.mailbox.PersonMailToken;
import fr.relais.domain.model.mailbox.SubAddressToken;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;

/**
 * The mailbox's addresses (A2): the structure's institutional address and each person's
 * sub-address, made on first use, rotated by who may edit her file. Runs in the caller's
 * transaction.
 */
@ApplicationScoped
class MailboxAddresses {

  @Inject AccessPolicy policy;
  @Inject MailboxRepository mailbox;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject MailAddressing addressing;

  /** Her sub-address, made on first use; journaled as a reading of her file. */
  AddressView address(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "mailbox.address.view");
    AuthenticatedUser user = policy.requireAuthenticated();
    PersonMailToken current = currentOrNew(person, user);
    journal.record(user.journal().about(person).success("person.mail-address.view"));
    return view(person, current, policy.persons().canEdit(user, person));
  }

  /** A new sub-address; the old one retired (mail to it goes to triage). */
  AddressView rotate(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "mailbox.address.rotate");
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.persons().requireEdit(person, "person.mail-address.rotate");
    Instant now = clock.now();
    mailbox
        .currentToken(person.id())
        .ifPresent(
            t -> {
              t.retire(user.accountId().value(), now);
              mailbox.flush();
            });
    PersonMailToken fresh =
        new PersonMailToken(
            SubAddressToken.generate(),
            person.id().value(),
            person.structure().value(),
            user.accountId().value(),
            now);
    mailbox.add(fresh);
    journal.record(user.journal().about(person).success("person.mail-address.rotate"));
    return view(person, fresh, true);
  }

  /** Her current sub-address, made on first use. */
  String subAddress(Person person, AuthenticatedUser user) {
    return addressing.personAddress(
        structureLocalPart(person.structure()), currentOrNew(person, user).token());
  }

  private PersonMailToken currentOrNew(Person person, AuthenticatedUser user) {
    return mailbox
        .currentToken(person.id())
        .orElseGet(
            () -> {
              PersonMailToken t =
                  new PersonMailToken(
                      SubAddressToken.generate(),
                      person.id().value(),
                      person.structure().value(),
                      user.accountId().value(),
                      clock.now());
              mailbox.add(t);
              journal.record(user.journal().about(person).success("person.mail-address.create"));
              return t;
            });
  }

  private AddressView view(Person person, PersonMailToken current, boolean canRotate) {
    String local = structureLocalPart(person.structure());
    return new AddressView(
        person.id().toString(),
        addressing.personAddress(local, current.token()),
        addressing.structureAddress(local),
        addressing.form(),
        current.createdAt(),
        mailbox.tokens(person.id()).stream()
            .filter(t -> !t.isCurrent())
            .sorted(Comparator.comparing(PersonMailToken::retiredAt).reversed())
            .map(t -> new RetiredAddress(addressing.personAddress(local, t.token()), t.retiredAt()))
            .toList(),
        canRotate);
  }

  /** The structure's institutional local part, made on first use. */
  String structureLocalPart(StructureId structure) {
    return mailbox
        .structureLocalPart(structure)
        .orElseGet(
            () -> {
              String local = MailAddressing.newStructureLocalPart();
              mailbox.setStructureLocalPart(structure, local);
              return local;
            });
  }

  // Lists.
}
