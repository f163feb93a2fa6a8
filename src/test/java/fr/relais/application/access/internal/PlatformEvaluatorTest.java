package fr.relais.application.access.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.AuthenticatedUser;
import fr.relais.application.NotAuthenticatedException;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.structure.Structure;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The platform's administration is the operator's alone (S13, S51, S61). */
class PlatformEvaluatorTest {

  final PolicyWorld world = new PolicyWorld();
  final DefaultPlatformEvaluator platform = world.platform;

  @Test
  void theOperatorAdministersThePlatformAndNothingIsJournaledForIt() {
    AuthenticatedUser operator = world.signIn(world.operator());

    assertTrue(platform.canAdminister(operator));
    assertTrue(platform.canVerifyJournal(operator));
    assertTrue(platform.canControlClock(operator));
    assertTrue(platform.canEditCatalogue(operator));
    assertEquals(operator, platform.requireVerifyJournal());
    assertEquals(operator, platform.requireControlClock());
    assertEquals(operator, platform.requireEditCatalogue());
    assertEquals(operator, platform.requireAdministerVault("vault.status"));
    assertEquals(operator, platform.requireAdministerRetention("retention.view"));
    world.nothingJournaled();
  }

  @Test
  void anAdministratorIsNotTheOperator() {
    Structure s = world.accredited("47");
    AuthenticatedUser admin = world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, s));

    assertFalse(platform.canAdminister(admin));
    assertFalse(platform.canVerifyJournal(admin));
    assertFalse(platform.canControlClock(admin));
    assertFalse(platform.canEditCatalogue(admin));
  }

  @Test
  void journalVerificationIsRefusedToAnAgentWithTheirRole() {
    world.signIn(world.agent("47"));

    refused(platform::requireVerifyJournal, "journal.verify", "journal");
  }

  @Test
  void clockControlIsRefusedToAMemberWithTheirRoleInTheirStructure() {
    Structure s = world.accredited("47");
    world.signIn(world.member(Role.SOCIAL_WORKER, s));

    JournalRecord r =
        refused(platform::requireControlClock, "clock.shift", "clock", "role SOCIAL_WORKER");
    assertEquals(s.id().value(), r.structureId());
  }

  @Test
  void theCatalogueIsEditedByTheOperatorOnly() {
    world.signIn(world.beneficiary());

    refused(platform::requireEditCatalogue, "catalogue.edit", "procedure_type", "role BENEFICIARY");
  }

  @Test
  void theVaultIsAdministeredByTheOperatorOnly() {
    world.signIn(world.agent("47"));

    refused(() -> platform.requireAdministerVault("vault.rewrap"), "vault.rewrap", "vault");
  }

  @Test
  void retentionIsAdministeredByTheOperatorOnly() {
    world.signIn(world.agent("47"));

    refused(
        () -> platform.requireAdministerRetention("retention.run"), "retention.run", "retention");
  }

  @Test
  void nobodySignedInIsNotAuthenticated() {
    assertThrows(NotAuthenticatedException.class, platform::requireVerifyJournal);
    assertThrows(NotAuthenticatedException.class, world.policy::requireAuthenticated);
    world.nothingJournaled();
  }

  @Test
  void theEntryPointHandsOutEachEvaluator() {
    Account operator = world.operator();
    AuthenticatedUser user = world.signIn(operator);

    assertEquals(user, world.policy.requireAuthenticated());
    assertSame(world.platform, world.policy.platform());
    assertSame(world.structures, world.policy.structures());
    assertSame(world.persons, world.policy.persons());
    assertSame(world.sealed, world.policy.sealed());
    assertSame(world.protection, world.policy.protection());
    assertSame(world.procedures, world.policy.procedures());
    assertSame(world.mandates, world.policy.mandates());
    assertSame(world.mailbox, world.policy.mailbox());
    assertSame(world.identity, world.policy.identity());
    assertSame(world.own, world.policy.own());
  }

  private JournalRecord refused(Supplier<?> call, String action, String targetType) {
    return refused(call, action, targetType, "role PREFECTURE_AGENT");
  }

  private JournalRecord refused(Supplier<?> call, String action, String targetType, String detail) {
    AccessDeniedException e = assertThrows(AccessDeniedException.class, call::get);
    assertEquals(action, e.getMessage());
    JournalRecord r = world.refused(action, detail);
    assertEquals(targetType, r.targetType());
    assertNull(r.targetId());
    return r;
  }
}
