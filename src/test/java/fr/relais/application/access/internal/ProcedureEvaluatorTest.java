package fr.relais.application.access.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.structure.Structure;
import org.junit.jupiter.api.Test;

/** Who reads deadlines, follows blockages and has reminders on their dashboard (C5-C7, E3). */
class ProcedureEvaluatorTest {

  final PolicyWorld world = new PolicyWorld();
  final DefaultProcedureEvaluator procedures = world.procedures;
  final Structure lot = world.accredited("47");

  @Test
  void administratorsAndSocialWorkersHaveReminders() {
    AuthenticatedUser admin = user(Role.STRUCTURE_ADMINISTRATOR);
    AuthenticatedUser worker = user(Role.SOCIAL_WORKER);

    assertTrue(procedures.canSeeDeadlines(admin));
    assertTrue(procedures.canSeeDeadlines(worker));
    assertTrue(procedures.canSeeReminders(admin));
    assertTrue(procedures.canSeeReminders(worker));
    world.nothingJournaled();
  }

  @Test
  void prefectureAgentsHaveRemindersOfTheBlockagesAndClaimsTheyFollow() {
    AuthenticatedUser agent = AuthenticatedUser.of(world.agent("47"));

    assertFalse(procedures.canSeeDeadlines(agent));
    assertTrue(procedures.canFollowBlockages(agent));
    assertTrue(procedures.canSeeReminders(agent));
  }

  @Test
  void volunteersTheOperatorAndAccompaniedPeopleHaveNone() {
    assertFalse(procedures.canSeeReminders(user(Role.VOLUNTEER)));
    assertFalse(procedures.canSeeReminders(AuthenticatedUser.of(world.operator())));
    assertFalse(procedures.canSeeReminders(AuthenticatedUser.of(world.beneficiary())));
    world.nothingJournaled();
  }

  @Test
  void aVolunteerIsRefusedTheDeadlinesWithTheRole() {
    world.signIn(world.member(Role.VOLUNTEER, lot));

    assertThrows(AccessDeniedException.class, () -> procedures.requireSeeDeadlines(lot.id()));
    assertEquals(lot.id().value(), world.refused("deadline.dashboard", "ROLE").structureId());
  }

  @Test
  void aSocialWorkerIsRefusedTheBlockageQueue() {
    world.signIn(world.member(Role.SOCIAL_WORKER, lot));

    assertThrows(AccessDeniedException.class, procedures::requireBlockageQueue);
    world.refused("blockage.queue", "ROLE");
  }

  private AuthenticatedUser user(Role role) {
    return AuthenticatedUser.of(world.member(role, lot));
  }
}
