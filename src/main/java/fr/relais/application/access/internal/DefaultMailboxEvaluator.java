package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.MailboxEvaluator;
import fr.relais.application.access.PersonEvaluator;
import fr.relais.application.access.SealedEvaluator;
import fr.relais.application.access.StructureEvaluator;
import fr.relais.application.shielding.SealedDataException;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.mailbox.InboundMessage;
import fr.relais.domain.model.mailbox.MailboxRepository;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.domain.model.mailbox.MessageStatus;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The rules of {@link MailboxEvaluator}, each decided here and nowhere else. */
@ApplicationScoped
public class DefaultMailboxEvaluator extends EvaluatorSupport implements MailboxEvaluator {

  @Inject StructureEvaluator structures;
  @Inject PersonEvaluator persons;
  @Inject SealedEvaluator sealed;
  @Inject PersonRepository people;

  @Override
  public MailboxRepository.Audience requireInboxAudience(StructureId structure) {
    AuthenticatedUser user = structures.requireActingMember(structure);
    // A4: administrators every person's messages, others their caseload's (listScope); F1: a
    // protected person's only with the protected-cases habilitation, never for volunteers.
    boolean includeProtected = user.role() != Role.VOLUNTEER && sealed.holdsProtectedCases(user);
    return new MailboxRepository.Audience(structure, persons.listScope(user), includeProtected);
  }

  @Override
  public boolean canSeeInbox(AuthenticatedUser user) {
    return structures.canEnterMemberSpace(user);
  }

  @Override
  public boolean canTriage(AuthenticatedUser user) {
    return user.structure().map(s -> structures.canAdminister(user, s)).orElse(false);
  }

  @Override
  public AuthenticatedUser requireTriage(StructureId structure, String action) {
    return structures.requireAdminister(structure, action);
  }

  @Override
  public Seen requireSee(MessageId messageId, InboundMessage m, String action) {
    AuthenticatedUser user = currentUser();
    if (m == null
        || m.status() == MessageStatus.QUARANTINE
        || m.status() == MessageStatus.DISCARDED) {
      throw unseen(user, action, messageId, "UNKNOWN");
    }
    if (m.status() == MessageStatus.TRIAGE) {
      StructureId structure = new StructureId(m.structureId());
      if (!structures.canAdminister(user, structure)) {
        throw unseen(user, action, messageId, "NOT_ADMINISTRATOR");
      }
      structures.requireActingMember(structure);
      return new Seen(user, m, null);
    }
    Person person = people.find(new PersonId(m.personId())).orElse(null);
    if (person == null || !persons.canSeeFile(user, person)) {
      throw unseen(user, action, messageId, "NOT_ON_CASELOAD");
    }
    structures.requireActingMember(person.structure());
    return new Seen(user, m, person);
  }

  /** A message the user may not see: journaled, answered as one that does not exist (S40). */
  private RuntimeException unseen(
      AuthenticatedUser user, String action, MessageId messageId, String why) {
    return hidden(
        user.journal()
            .in(user.structure().map(s -> s.value()).orElse(null))
            .about("message", messageId == null ? null : messageId.toString())
            .refused(action, why));
  }

  @Override
  public void requireEdit(Seen seen, String action) {
    if (seen.person() == null || !persons.canEdit(seen.user(), seen.person())) {
      throw forbidden(seen.user().journal().about(seen.message()).refused(action, "ROLE"));
    }
  }

  @Override
  public void requireOpenSealedAttachment(Seen seen) {
    // F2, S12: decrypted only for whom the policy allows; anyone else gets « masqué ».
    if (seen.person() == null || !sealed.canOpen(seen.user(), seen.person())) {
      journal.recordSeparately(
          seen.user()
              .journal()
              .in(seen.message().structureId())
              .about("person", seen.message().personId())
              .refused("sealed.open", "mail-attachment"));
      throw new SealedDataException();
    }
  }

  @Override
  public boolean canViewQuarantine(AuthenticatedUser user) {
    return user.role() == Role.PLATFORM_OPERATOR;
  }

  @Override
  public AuthenticatedUser requireViewQuarantine() {
    AuthenticatedUser user = currentUser();
    if (!canViewQuarantine(user)) {
      throw forbiddenRole(user, "mailbox.quarantine.view", "quarantine", null);
    }
    return user;
  }
}
