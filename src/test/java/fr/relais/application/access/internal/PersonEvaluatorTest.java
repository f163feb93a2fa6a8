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
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.structure.Structure;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who sees a person, who sees her file, who corrects it (A4, F1, F2, S10, S40). */
class PersonEvaluatorTest {

  final PolicyWorld world = new PolicyWorld();
  final DefaultPersonEvaluator persons = world.persons;
  final Structure lot = world.accredited("47");
  final Structure rhone = world.accredited("69");

  // Who sees her.

  @Test
  void anAdministratorSeesEveryPersonOfTheirStructureAndNobodyElsewhere() {
    Person hers = world.person(lot);
    Person elsewhere = world.person(rhone);
    AuthenticatedUser admin = world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));

    assertTrue(persons.canSee(admin, hers));
    assertFalse(persons.canSee(admin, elsewhere));
    assertSame(hers, persons.requireSee(hers.id()));
    world.nothingJournaled();
  }

  @Test
  void aSocialWorkerSeesTheirCaseloadOnly() {
    Person followed = world.person(lot);
    Person other = world.person(lot);
    Account worker = world.member(Role.SOCIAL_WORKER, lot);
    world.follow(followed, worker);
    AuthenticatedUser user = world.signIn(worker);

    assertTrue(persons.canSee(user, followed));
    assertFalse(persons.canSee(user, other));
    assertSame(followed, persons.requireSee(followed.id()));
    world.nothingJournaled();
  }

  @Test
  void aVolunteerNeverFollowsNorSeesAProtectedPersonEvenOnTheirCaseload() {
    Person ordinary = world.person(lot);
    Person shielded = world.protectedPerson(lot);
    Account volunteer = world.member(Role.VOLUNTEER, lot);
    world.follow(ordinary, volunteer);
    world.follow(shielded, volunteer);
    AuthenticatedUser user = world.signIn(volunteer);

    assertTrue(persons.canSee(user, ordinary));
    assertFalse(persons.canSee(user, shielded));
    assertTrue(persons.mayFollow(volunteer, ordinary));
    assertFalse(persons.mayFollow(volunteer, shielded));
    assertTrue(persons.mayFollow(world.member(Role.SOCIAL_WORKER, lot), shielded));
  }

  @Test
  void aPersonOffTheCaseloadIsAnsweredAsAnUnknownOneAndTheRefusalJournaled() {
    Person other = world.person(lot);
    world.signIn(world.member(Role.SOCIAL_WORKER, lot));

    assertThrows(NotFoundException.class, () -> persons.requireSee(other.id()));
    JournalRecord r = world.refused("person.view", "NOT_ON_CASELOAD");
    assertEquals("person", r.targetType());
    assertEquals(other.id().toString(), r.targetId());
    assertEquals(lot.id().value(), r.structureId());
  }

  @Test
  void anUnknownIdIsJournaledUnknownWithoutTheIdTyped() {
    world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));

    assertThrows(
        NotFoundException.class,
        () -> persons.requireSee(new fr.relais.domain.model.person.PersonId(UUID.randomUUID())));
    assertNull(world.refused("person.view", "UNKNOWN").targetId());
  }

  // Her file (F1).

  @Test
  void aProtectedPersonsFileIsShownOnlyWithTheProtectedCasesHabilitation() {
    Person shielded = world.protectedPerson(lot);
    Account plain = world.member(Role.SOCIAL_WORKER, lot);
    Account habilitated = world.habilitated(Role.SOCIAL_WORKER, lot);
    world.follow(shielded, plain);
    world.follow(shielded, habilitated);

    assertTrue(persons.canSeeFile(world.signIn(habilitated), shielded));
    assertSame(shielded, persons.requireSeeFile(shielded.id(), "person.view"));
    world.nothingJournaled();

    AuthenticatedUser user = world.signIn(plain);
    assertTrue(persons.canSee(user, shielded), "her name");
    assertFalse(persons.canSeeFile(user, shielded), "not her file");
    AccessDeniedException e =
        assertThrows(
            AccessDeniedException.class,
            () -> persons.requireSeeFile(shielded.id(), "person.view"));
    assertEquals("person.view", e.getMessage());
    world.refused("person.view", "PROTECTED_FILE");
  }

  @Test
  void anOrdinaryPersonsFileIsShownToWhoeverSeesHer() {
    Person ordinary = world.person(lot);
    Account volunteer = world.member(Role.VOLUNTEER, lot);
    world.follow(ordinary, volunteer);

    assertTrue(persons.canSeeFile(world.signIn(volunteer), ordinary));
  }

  // Recording, correcting, adding to her file.

  @Test
  void administratorsAndSocialWorkersRecordPeopleAndVolunteersDoNot() {
    assertTrue(persons.canCreate(AuthenticatedUser.of(world.member(Role.SOCIAL_WORKER, lot))));
    AuthenticatedUser admin = world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));
    assertTrue(persons.canCreate(admin));
    assertEquals(admin, persons.requireCreate(lot.id()));
    world.nothingJournaled();

    world.signIn(world.member(Role.VOLUNTEER, lot));
    assertThrows(AccessDeniedException.class, () -> persons.requireCreate(lot.id()));
    JournalRecord r = world.refused("person.create", "ROLE");
    assertEquals(lot.id().value(), r.structureId());
  }

  @Test
  void recordingInAnotherStructureIsAnsweredAsForAnUnknownStructure() {
    world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));

    assertThrows(NotFoundException.class, () -> persons.requireCreate(rhone.id()));
    world.refused("person.access", "OTHER_STRUCTURE");
  }

  @Test
  void aVolunteerReadsHerRecordButNeverCorrectsIt() {
    Person ordinary = world.person(lot);
    Account volunteer = world.member(Role.VOLUNTEER, lot);
    world.follow(ordinary, volunteer);
    AuthenticatedUser user = world.signIn(volunteer);

    assertFalse(persons.canEdit(user, ordinary));
    assertFalse(persons.canClose(user, ordinary));
    assertFalse(persons.canManageAccess(user, ordinary));
    assertThrows(
        AccessDeniedException.class, () -> persons.requireEdit(ordinary, "contact.change"));
    JournalRecord r = world.refused("contact.change", "ROLE");
    assertEquals(ordinary.id().toString(), r.targetId());
  }

  @Test
  void herSocialWorkerCorrectsHerRecordAndAddsToAnOrdinaryFile() {
    Person ordinary = world.person(lot);
    Account worker = world.member(Role.SOCIAL_WORKER, lot);
    world.follow(ordinary, worker);
    AuthenticatedUser user = world.signIn(worker);

    assertTrue(persons.canEdit(user, ordinary));
    persons.requireEdit(ordinary, "contact.change");
    persons.requireWrite(ordinary, "note.create");
    world.nothingJournaled();
  }

  @Test
  void aProtectedFileIsAddedToOnlyByWhoMayReadHerSealedData() {
    Person shielded = world.protectedPerson(lot);
    Account habilitated = world.habilitated(Role.SOCIAL_WORKER, lot);
    world.follow(shielded, habilitated);
    world.signIn(habilitated);

    // F2: no active mandate of hers yet, so her sealed data stays closed to him.
    assertThrows(AccessDeniedException.class, () -> persons.requireWrite(shielded, "note.create"));
    world.refused("note.create", "SEALED");

    world.mandate(shielded, "DUPLICATA");
    persons.requireWrite(shielded, "document.upload");
    assertEquals(1, world.journal.separately.size(), "nothing more journaled");
  }

  // Caseloads, listings, history.

  @Test
  void onlyTheAdministratorsOfHerStructureChangeHerCaseloadAndReadWhoAccessedHerFile() {
    Person ordinary = world.person(lot);
    AuthenticatedUser admin = world.signIn(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));
    assertTrue(persons.canAssign(admin, ordinary));
    assertTrue(persons.canSeeHistory(admin, ordinary));
    persons.requireAssign(ordinary);
    persons.requireSeeHistory(ordinary);
    world.nothingJournaled();

    assertFalse(
        persons.canAssign(
            AuthenticatedUser.of(world.member(Role.STRUCTURE_ADMINISTRATOR, rhone)), ordinary));
    Account worker = world.member(Role.SOCIAL_WORKER, lot);
    world.follow(ordinary, worker);
    AuthenticatedUser user = world.signIn(worker);
    assertFalse(persons.canAssign(user, ordinary));
    assertFalse(persons.canSeeHistory(user, ordinary));
    assertThrows(AccessDeniedException.class, () -> persons.requireAssign(ordinary));
    world.refused("person.assign", "ROLE");
  }

  @Test
  void aListingCoversTheStructureForItsAdministratorsAndTheirCaseloadForOthers() {
    AuthenticatedUser admin = AuthenticatedUser.of(world.member(Role.STRUCTURE_ADMINISTRATOR, lot));
    AuthenticatedUser worker = AuthenticatedUser.of(world.member(Role.SOCIAL_WORKER, lot));
    AuthenticatedUser volunteer = AuthenticatedUser.of(world.member(Role.VOLUNTEER, lot));

    assertEquals(Optional.empty(), persons.listScope(admin));
    assertEquals(Optional.of(worker.accountId()), persons.listScope(worker));
    assertEquals(Optional.of(volunteer.accountId()), persons.listScope(volunteer));
    assertTrue(persons.takesOnOwnCases(worker));
    assertFalse(persons.takesOnOwnCases(admin));
  }

  @Test
  void protectedPeopleAreNeverListedToVolunteersAndFoundByAnExactValueOnlyWithTheHabilitation() {
    AuthenticatedUser volunteer = AuthenticatedUser.of(world.member(Role.VOLUNTEER, lot));
    AuthenticatedUser plain = AuthenticatedUser.of(world.member(Role.SOCIAL_WORKER, lot));
    AuthenticatedUser habilitated =
        AuthenticatedUser.of(world.habilitated(Role.SOCIAL_WORKER, lot));

    assertFalse(persons.listsProtected(volunteer, false));
    assertTrue(persons.listsProtected(plain, false));
    assertFalse(persons.listsProtected(plain, true));
    assertTrue(persons.listsProtected(habilitated, true));
  }
}
