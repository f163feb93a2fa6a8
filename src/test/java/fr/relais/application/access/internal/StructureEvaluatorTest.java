package fr.relais.application.access.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotAuthenticatedException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.Applicant;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Structures, their accreditation and their members (A1, S10, S11, S40). */
class StructureEvaluatorTest {

  final PolicyWorld world = new PolicyWorld();
  final DefaultStructureEvaluator structures = world.structures;
  final Structure lot = world.accredited("47");
  final Structure rhone = world.accredited("69");

  // Registering, applying, listing.

  @Test
  void theOperatorRegistersStructuresAndNobodyElse() {
    assertEquals(world.signIn(world.operator()), structures.requireRegister());
    AuthenticatedUser agent = world.signIn(world.agent("47"));
    assertFalse(structures.canRegister(agent));

    assertThrows(AccessDeniedException.class, structures::requireRegister);
    world.refused("structure.register", "role PREFECTURE_AGENT");
  }

  @Test
  void anIdentityWithoutAccountFilesItsStructuresRequest() {
    Applicant applicant =
        new Applicant(new ExternalIdentity("https://idp.test", "newcomer"), "Newcomer");
    world.request.identifyApplicant(applicant, "session");

    assertEquals(applicant, structures.requireApplicant());
    world.nothingJournaled();
  }

  @Test
  void anIdentityThatHasAnAccountFilesNoRequestEvenADeactivatedOne() {
    Account former = world.member(Role.SOCIAL_WORKER, lot);
    former.deactivate(PolicyWorld.NOW);
    world.request.identifyApplicant(new Applicant(former.identity(), "Former"), "session");

    ConflictException e = assertThrows(ConflictException.class, structures::requireApplicant);
    assertEquals("identity", e.violation().field());
    world.refused("structure.register", "IDENTITY_HAS_ACCOUNT");
  }

  @Test
  void aSignedInUserIsNoApplicant() {
    world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));

    assertThrows(ConflictException.class, structures::requireApplicant);
    world.refused("structure.register", "IDENTITY_HAS_ACCOUNT");
  }

  @Test
  void nobodyAtAllIsNotAuthenticated() {
    assertThrows(NotAuthenticatedException.class, structures::requireApplicant);
  }

  @Test
  void theOperatorListsEveryStructureAndAnAgentTheirDepartments() {
    AuthenticatedUser operator = world.signIn(world.operator());
    assertEquals(operator, structures.requireList());
    assertEquals(Optional.empty(), structures.scope(operator));

    AuthenticatedUser agent = world.signIn(world.agent("47", "82"));
    assertEquals(agent, structures.requireList());
    assertEquals(Optional.of(Set.of("47", "82")), structures.scope(agent));
    world.nothingJournaled();
  }

  @Test
  void aMemberListsNoStructure() {
    AuthenticatedUser admin = world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));
    assertEquals(Optional.of(Set.of()), structures.scope(admin));

    assertThrows(AccessDeniedException.class, structures::requireList);
    world.refused("structure.list", "role STRUCTURE_ADMINISTRATOR");
  }

  // Viewing a structure, and how a structure route refuses.

  @Test
  void aStructureIsSeenByTheOperatorItsMembersAndTheAgentsOfItsDepartments() {
    Structure waiting = world.requested("47");
    assertTrue(structures.canView(AuthenticatedUser.of(world.operator()), waiting.id()));
    assertTrue(
        structures.canView(
            AuthenticatedUser.of(world.member(Role.VOLUNTEER, waiting)), waiting.id()));
    assertTrue(structures.canView(AuthenticatedUser.of(world.agent("47")), waiting.id()));
    assertFalse(structures.canView(AuthenticatedUser.of(world.agent("69")), waiting.id()));
    assertFalse(
        structures.canView(AuthenticatedUser.of(world.member(Role.VOLUNTEER, lot)), waiting.id()));

    AuthenticatedUser member = world.signIn(world.member(Role.VOLUNTEER, waiting));
    assertEquals(member, structures.requireView(waiting.id()));
    world.nothingJournaled();
  }

  @Test
  void anAgentOfOtherDepartmentsIsAnsweredAsForAnUnknownStructure() {
    world.signIn(world.agent("69"));

    assertThrows(NotFoundException.class, () -> structures.requireView(lot.id()));
    JournalRecord r = world.refused("structure.view", "DEPARTMENTS_NOT_COVERED");
    assertEquals(lot.id().toString(), r.targetId());
  }

  @Test
  void anAgentAskingForARandomIdGetsTheSameAnswer() {
    world.signIn(world.agent("47"));

    assertThrows(NotFoundException.class, () -> structures.requireView(StructureId.random()));
    world.refused("structure.view", "UNKNOWN");
  }

  @Test
  void aMemberOfAnotherStructureIsAnsweredAsForAnUnknownOne() {
    world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, rhone));

    assertThrows(NotFoundException.class, () -> structures.requireView(lot.id()));
    JournalRecord r = world.refused("structure.view", "OTHER_STRUCTURE");
    assertEquals(rhone.id().value(), r.structureId());
  }

  @Test
  void whoMayKnowTheStructureIsToldNo() {
    world.signIn(world.member(Role.SOCIAL_WORKER, lot));

    assertThrows(AccessDeniedException.class, () -> structures.requireManageMembers(lot.id()));
    JournalRecord r = world.refused("member.manage", "role SOCIAL_WORKER");
    assertEquals("structure", r.targetType());
  }

  @Test
  void anAgentCoversAStructureThatAskedForOneOfTheirDepartments() {
    Structure waiting = world.requested("47", "82");
    assertTrue(structures.covers(AuthenticatedUser.of(world.agent("82")), waiting));
    assertFalse(structures.covers(AuthenticatedUser.of(world.agent("31")), waiting));
    assertFalse(
        structures.covers(
            AuthenticatedUser.of(world.member(Role.STRUCTURE_ADMINISTRATOR, waiting)), waiting));
  }

  // Accreditation decisions.

  @Test
  void anAgentDecidesOnAStructureOfTheirDepartments() {
    Structure waiting = world.requested("47");
    AuthenticatedUser agent = world.signIn(world.agent("47"));
    assertTrue(structures.canDecideAccreditation(agent));

    assertEquals(agent, structures.requireDecideAccreditation(waiting.id()));
    world.nothingJournaled();
  }

  @Test
  void anAgentOfOtherDepartmentsDecidesNothingThere() {
    world.signIn(world.agent("69"));

    assertThrows(NotFoundException.class, () -> structures.requireDecideAccreditation(lot.id()));
    world.refused("structure.accreditation.decide", "DEPARTMENTS_NOT_COVERED");
  }

  @Test
  void theStructuresOwnAdministratorDoesNotAccreditIt() {
    world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));

    assertThrows(
        AccessDeniedException.class, () -> structures.requireDecideAccreditation(lot.id()));
    world.refused("structure.accreditation.decide", "role STRUCTURE_ADMINISTRATOR");
  }

  @Test
  void anAgentGrantsOnlyDepartmentsTheyCover() {
    AuthenticatedUser agent = world.signIn(world.agent("47", "82"));
    structures.requireGrantDepartments(agent, lot.id(), Set.of("47"));
    world.nothingJournaled();

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> structures.requireGrantDepartments(agent, lot.id(), Set.of("47", "48", "31")));
    assertEquals("departments", e.violations().get(0).field());
    JournalRecord r =
        world.refused("structure.accreditation.decide", "DEPARTMENTS_NOT_COVERED 31,48");
    assertEquals(lot.id().value(), r.structureId());
  }

  // Prefecture agents' accounts.

  @Test
  void theOperatorManagesAgentsAccounts() {
    AuthenticatedUser operator = world.signIn(world.operator());
    assertTrue(structures.canManageAgents(operator));
    assertEquals(operator, structures.requireManageAgents());

    world.signIn(world.agent("47"));
    assertThrows(AccessDeniedException.class, structures::requireManageAgents);
    world.refused("prefecture_agent.manage", "role PREFECTURE_AGENT");
  }

  // Members.

  @Test
  void theAdministratorsManageTheirStructuresMembers() {
    AuthenticatedUser admin = world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));
    assertTrue(structures.canManageMembers(admin, lot.id()));
    assertFalse(structures.canManageMembers(admin, rhone.id()));

    assertEquals(admin, structures.requireManageMembers(lot.id()));
    assertEquals(admin, structures.requireInvite(lot.id(), Role.VOLUNTEER));
    world.nothingJournaled();
  }

  @Test
  void anAdministratorOfAnotherStructureIsAnsweredAsForAnUnknownOne() {
    world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, rhone));

    assertThrows(NotFoundException.class, () -> structures.requireInvite(lot.id(), Role.VOLUNTEER));
    world.refused("member.invite", "OTHER_STRUCTURE");
  }

  @Test
  void theOperatorInvitesAStructuresAdministratorOnly() {
    AuthenticatedUser operator = world.signIn(world.operator());
    assertEquals(operator, structures.requireInvite(lot.id(), Role.STRUCTURE_ADMINISTRATOR));

    assertThrows(
        AccessDeniedException.class, () -> structures.requireInvite(lot.id(), Role.SOCIAL_WORKER));
    world.refused("member.invite", "role PLATFORM_OPERATOR");
  }

  @Test
  void anAdministratorNeverDemotesThemselves() {
    Account adminAccount = world.member(Role.STRUCTURE_ADMINISTRATOR, lot);
    AuthenticatedUser admin = AuthenticatedUser.of(adminAccount);
    Account worker = world.member(Role.SOCIAL_WORKER, lot);

    assertFalse(structures.canGiveRole(admin, adminAccount, Role.SOCIAL_WORKER));
    assertTrue(structures.canGiveRole(admin, adminAccount, Role.STRUCTURE_ADMINISTRATOR));
    assertTrue(structures.canGiveRole(admin, worker, Role.VOLUNTEER));
    assertTrue(structures.canGiveRole(admin, worker, Role.STRUCTURE_ADMINISTRATOR));
  }

  // A member's space.

  @Test
  void theMembersOfAStructureEnterItsMemberSpaceWhateverTheirRoleThere() {
    Structure waiting = world.requested("47");

    for (Role role :
        new Role[] {Role.STRUCTURE_ADMINISTRATOR, Role.SOCIAL_WORKER, Role.VOLUNTEER}) {
      assertTrue(structures.canEnterMemberSpace(AuthenticatedUser.of(world.member(role, lot))));
    }
    // Whether the structure acts today is requireActingMember's question, not this one.
    assertTrue(
        structures.canEnterMemberSpace(
            AuthenticatedUser.of(world.member(Role.VOLUNTEER, waiting))));
    world.nothingJournaled();
  }

  @Test
  void theOperatorAgentsAndAccompaniedPeopleHaveNoMemberSpace() {
    assertFalse(structures.canEnterMemberSpace(AuthenticatedUser.of(world.operator())));
    assertFalse(structures.canEnterMemberSpace(AuthenticatedUser.of(world.agent("47"))));
    assertFalse(structures.canEnterMemberSpace(AuthenticatedUser.of(world.beneficiary())));
    world.nothingJournaled();
  }

  // Acting for a structure.

  @Test
  void aMemberOfAStructureInForceActsForIt() {
    AuthenticatedUser volunteer = world.signIn(world.member(Role.VOLUNTEER, lot));

    assertEquals(volunteer, structures.requireActingMember(lot.id()));
    world.nothingJournaled();
  }

  @Test
  void aStructureWithoutAccreditationInForceActsForNoOne() {
    Structure waiting = world.requested("47");
    world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, waiting));

    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class, () -> structures.requireActingMember(waiting.id()));
    assertEquals("structure not in force", e.getMessage());
    JournalRecord r = world.refused("person.access", "STRUCTURE_NOT_IN_FORCE");
    assertEquals(waiting.id().value(), r.structureId());
  }

  @Test
  void anAgentDoesNotActForAStructureEvenOneTheyCover() {
    world.signIn(world.agent("47"));

    assertThrows(AccessDeniedException.class, () -> structures.requireActingMember(lot.id()));
    world.refused("person.access", "role PREFECTURE_AGENT");
  }

  @Test
  void aMemberOfAnotherStructureDoesNotActForThisOne() {
    world.signIn(world.member(Role.SOCIAL_WORKER, rhone));

    assertThrows(NotFoundException.class, () -> structures.requireActingMember(lot.id()));
    world.refused("person.access", "OTHER_STRUCTURE");
  }

  @Test
  void theAdministratorsAdministerTheirStructureInForce() {
    AuthenticatedUser admin = world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));
    assertTrue(structures.canAdminister(admin, lot.id()));
    assertFalse(structures.canAdminister(admin, rhone.id()));

    assertEquals(admin, structures.requireAdminister(lot.id(), "outbox.view"));
    world.nothingJournaled();
  }

  @Test
  void aSocialWorkerDoesNotAdministerTheirStructure() {
    AuthenticatedUser worker = world.signIn(world.member(Role.SOCIAL_WORKER, lot));
    assertFalse(structures.canAdminister(worker, lot.id()));

    assertThrows(
        AccessDeniedException.class, () -> structures.requireAdminister(lot.id(), "outbox.view"));
    world.refused("outbox.view", "role SOCIAL_WORKER");
  }

  @Test
  void anAdministratorOfAStructureNotInForceAdministersNothing() {
    Structure waiting = world.requested("47");
    world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, waiting));

    assertThrows(
        AccessDeniedException.class,
        () -> structures.requireAdminister(waiting.id(), "mailbox.triage.list"));
    world.refused("person.access", "STRUCTURE_NOT_IN_FORCE");
  }

  @Test
  void theStructuresMattersAreForItsActiveAdministrators() {
    Account admin = world.member(Role.STRUCTURE_ADMINISTRATOR, lot);
    Account former = world.member(Role.STRUCTURE_ADMINISTRATOR, lot);
    former.deactivate(PolicyWorld.NOW);

    assertTrue(structures.administers(admin, lot.id()));
    assertFalse(structures.administers(admin, rhone.id()));
    assertFalse(structures.administers(former, lot.id()));
    assertFalse(structures.administers(world.member(Role.SOCIAL_WORKER, lot), lot.id()));
  }
}
