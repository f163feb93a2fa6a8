package fr.relais.application.access.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.AuthenticatedUser;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.MailboxEvaluator;
import fr.relais.application.shielding.SealedDataException;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.mailbox.InboundMessage;
import fr.relais.domain.model.mailbox.MailboxRepository;
import fr.relais.domain.model.mailbox.SubAddressToken;
import fr.relais.domain.model.mailbox.TriageReason;
import fr.relais.domain.model.mailbox.UrgencyAssessment;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.structure.Structure;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The structure's inbox, its messages, triage and the quarantine (A5, F1, F2, S13, S40). */
class MailboxEvaluatorTest {

  final PolicyWorld world = new PolicyWorld();
  final DefaultMailboxEvaluator mailbox = world.mailbox;
  final Structure lot = world.accredited("47");
  final Structure rhone = world.accredited("69");

  // Who has an inbox, and whose messages it shows.

  @Test
  void theMembersOfAStructureHaveItsInboxAndNobodyElse() {
    assertTrue(mailbox.canSeeInbox(user(world.member(Role.STRUCTURE_ADMINISTRATOR, lot))));
    assertTrue(mailbox.canSeeInbox(user(world.member(Role.SOCIAL_WORKER, lot))));
    assertTrue(mailbox.canSeeInbox(user(world.member(Role.VOLUNTEER, lot))));
    assertFalse(mailbox.canSeeInbox(user(world.operator())));
    assertFalse(mailbox.canSeeInbox(user(world.agent("47"))));
    assertFalse(mailbox.canSeeInbox(user(world.beneficiary())));
    world.nothingJournaled();
  }

  @Test
  void anAdministratorReadsEveryPersonsMessagesAndProtectedOnesWithTheHabilitation() {
    world.signIn(world.habilitated(Role.STRUCTURE_ADMINISTRATOR, lot));

    assertEquals(
        new MailboxRepository.Audience(lot.id(), Optional.empty(), true),
        mailbox.requireInboxAudience(lot.id()));
    world.nothingJournaled();
  }

  @Test
  void aSocialWorkerReadsTheirCaseloadsMessagesAndProtectedOnesOnlyWithTheHabilitation() {
    AuthenticatedUser plain = world.signIn(world.member(Role.SOCIAL_WORKER, lot));
    assertEquals(
        new MailboxRepository.Audience(lot.id(), Optional.of(plain.accountId()), false),
        mailbox.requireInboxAudience(lot.id()));

    AuthenticatedUser habilitated = world.signIn(world.habilitated(Role.SOCIAL_WORKER, lot));
    assertEquals(
        new MailboxRepository.Audience(lot.id(), Optional.of(habilitated.accountId()), true),
        mailbox.requireInboxAudience(lot.id()));
  }

  @Test
  void aVolunteerNeverReadsAProtectedPersonsMessages() {
    AuthenticatedUser volunteer = world.signIn(world.member(Role.VOLUNTEER, lot));

    assertEquals(
        new MailboxRepository.Audience(lot.id(), Optional.of(volunteer.accountId()), false),
        mailbox.requireInboxAudience(lot.id()));
  }

  @Test
  void anotherStructuresInboxIsAnsweredAsForAnUnknownStructure() {
    world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));

    assertThrows(NotFoundException.class, () -> mailbox.requireInboxAudience(rhone.id()));
    world.refused("person.access", "OTHER_STRUCTURE");
  }

  @Test
  void aStructureWithoutAnAccreditationInForceHasItsInboxClosed() {
    Structure waiting = world.requested("47");
    world.signIn(world.member(Role.SOCIAL_WORKER, waiting));

    assertThrows(AccessDeniedException.class, () -> mailbox.requireInboxAudience(waiting.id()));
    world.refused("person.access", "STRUCTURE_NOT_IN_FORCE");
  }

  // Triage.

  @Test
  void theAdministratorsTriageTheStructuresUnfiledMail() {
    AuthenticatedUser admin = world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));
    assertTrue(mailbox.canTriage(admin));
    assertEquals(admin, mailbox.requireTriage(lot.id(), "mailbox.triage.list"));
    world.nothingJournaled();

    AuthenticatedUser worker = world.signIn(world.member(Role.SOCIAL_WORKER, lot));
    assertFalse(mailbox.canTriage(worker));
    assertThrows(
        AccessDeniedException.class, () -> mailbox.requireTriage(lot.id(), "mailbox.triage.list"));
    world.refused("mailbox.triage.list", "role SOCIAL_WORKER");
  }

  // One message.

  @Test
  void aFiledMessageIsSeenAsItsPersonsFile() {
    Person person = world.person(lot);
    Account worker = world.member(Role.SOCIAL_WORKER, lot);
    world.follow(person, worker);
    InboundMessage m = filed(person);
    world.signIn(worker);

    MailboxEvaluator.Seen seen = mailbox.requireSee(m.id(), m, "message.view");
    assertSame(m, seen.message());
    assertSame(person, seen.person());
    mailbox.requireEdit(seen, "message.urgency");
    world.nothingJournaled();
  }

  @Test
  void aFiledMessageOffTheCaseloadIsAnsweredAsAnUnknownOne() {
    InboundMessage m = filed(world.person(lot));
    world.signIn(world.member(Role.SOCIAL_WORKER, lot));

    assertThrows(NotFoundException.class, () -> mailbox.requireSee(m.id(), m, "message.view"));
    JournalRecord r = world.refused("message.view", "NOT_ON_CASELOAD");
    assertEquals("message", r.targetType());
    assertEquals(m.id().toString(), r.targetId());
  }

  @Test
  void anUnknownOrQuarantinedMessageIsUnknown() {
    world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));
    fr.relais.domain.model.mailbox.MessageId id =
        new fr.relais.domain.model.mailbox.MessageId(UUID.randomUUID());

    assertThrows(NotFoundException.class, () -> mailbox.requireSee(id, null, "message.view"));
    world.refused("message.view", "UNKNOWN");
    InboundMessage quarantined =
        InboundMessage.quarantined(content(), TriageReason.UNKNOWN_TOKEN, PolicyWorld.NOW);
    assertThrows(
        NotFoundException.class,
        () -> mailbox.requireSee(quarantined.id(), quarantined, "message.view"));
    assertEquals("UNKNOWN", world.journal.separately.get(1).detail());
  }

  @Test
  void aMessageInTriageIsSeenByTheAdministratorsOnlyAndActedOnByNobody() {
    InboundMessage m =
        InboundMessage.triaged(
            content(),
            lot.id().value(),
            TriageReason.STRUCTURE_ADDRESS,
            UrgencyAssessment.NOTHING,
            PolicyWorld.NOW);
    world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));
    MailboxEvaluator.Seen seen = mailbox.requireSee(m.id(), m, "message.view");
    assertNull(seen.person());
    assertThrows(AccessDeniedException.class, () -> mailbox.requireEdit(seen, "message.assign"));
    world.refused("message.assign", "ROLE");

    world.signIn(world.member(Role.SOCIAL_WORKER, lot));
    assertThrows(NotFoundException.class, () -> mailbox.requireSee(m.id(), m, "message.view"));
    assertEquals("NOT_ADMINISTRATOR", world.journal.separately.get(1).detail());
  }

  @Test
  void aVolunteerReadsAMessageOfHisCaseloadButNeverActsOnIt() {
    Person person = world.person(lot);
    Account volunteer = world.member(Role.VOLUNTEER, lot);
    world.follow(person, volunteer);
    InboundMessage m = filed(person);
    world.signIn(volunteer);

    MailboxEvaluator.Seen seen = mailbox.requireSee(m.id(), m, "message.view");
    assertThrows(AccessDeniedException.class, () -> mailbox.requireEdit(seen, "message.urgency"));
    world.refused("message.urgency", "ROLE");
  }

  @Test
  void aSealedAttachmentIsOpenedOnlyByWhoMayReadHerSealedData() {
    Person shielded = world.protectedPerson(lot);
    Account habilitated = world.habilitated(Role.SOCIAL_WORKER, lot);
    world.follow(shielded, habilitated);
    InboundMessage m = filed(shielded);
    world.signIn(habilitated);
    MailboxEvaluator.Seen seen = mailbox.requireSee(m.id(), m, "message.view");

    // F2: no active mandate of hers yet.
    assertThrows(SealedDataException.class, () -> mailbox.requireOpenSealedAttachment(seen));
    world.refused("sealed.open", "mail-attachment");

    world.mandate(shielded, "DUPLICATA");
    mailbox.requireOpenSealedAttachment(seen);
    assertEquals(1, world.journal.separately.size(), "nothing more journaled");
  }

  // The quarantine (S13).

  @Test
  void theOperatorSeesTheQuarantineAndNobodyElse() {
    AuthenticatedUser operator = world.signIn(world.operator());
    assertTrue(mailbox.canViewQuarantine(operator));
    assertEquals(operator, mailbox.requireViewQuarantine());
    world.nothingJournaled();

    world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));
    assertThrows(AccessDeniedException.class, mailbox::requireViewQuarantine);
    JournalRecord r = world.refused("mailbox.quarantine.view", "role STRUCTURE_ADMINISTRATOR");
    assertEquals("quarantine", r.targetType());
    assertEquals(lot.id().value(), r.structureId());
  }

  private static AuthenticatedUser user(Account account) {
    return AuthenticatedUser.of(account);
  }

  private InboundMessage filed(Person person) {
    return InboundMessage.filed(
        content(),
        SubAddressToken.generate(),
        person.structure().value(),
        person.id().value(),
        UrgencyAssessment.NOTHING,
        PolicyWorld.NOW);
  }

  private static InboundMessage.Content content() {
    return new InboundMessage.Content(
        "<" + UUID.randomUUID() + "@prefecture.test>",
        "s-test+abcdefghjkmn@relais.test",
        "prefecture@exemple.gouv.fr",
        "Convocation",
        PolicyWorld.NOW,
        "Texte",
        null,
        5,
        0);
  }
}
