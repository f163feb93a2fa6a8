package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.CurrentRequest;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.mandate.LegalBasis;
import fr.relais.domain.model.mandate.Mandate;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonIdentity;
import fr.relais.domain.model.person.Protection;
import fr.relais.domain.model.person.ProtectionReason;
import fr.relais.domain.model.personaccess.PersonAccess;
import fr.relais.domain.model.personaccess.PersonAccessInvitation;
import fr.relais.domain.model.shielding.EmergencyLock;
import fr.relais.domain.model.structure.AccreditationDecisionType;
import fr.relais.domain.model.structure.Siret;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureDetails;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureType;
import fr.relais.domain.shared.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A small world for the policy's unit tests: structures, members, people, mandates and own-space
 * links in memory, the evaluators wired on them as CDI would, and one signed-in user at a time.
 */
final class PolicyWorld {

  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  static final LocalDate TODAY = LocalDate.ofInstant(NOW, TimeSource.DEFAULT_ZONE);

  final CurrentRequest request = new CurrentRequest();
  final Fakes.Journal journal = new Fakes.Journal();
  final Fakes.Accounts accounts = new Fakes.Accounts();
  final Fakes.Structures structureRecords = new Fakes.Structures();
  final Fakes.People people = new Fakes.People();
  final Fakes.Mandates mandateRecords = new Fakes.Mandates();
  final Fakes.PersonAccesses personAccess = new Fakes.PersonAccesses();
  final Fakes.Locks locks = new Fakes.Locks();
  final TimeSource clock = () -> NOW;

  final DefaultPlatformEvaluator platform = new DefaultPlatformEvaluator();
  final DefaultStructureEvaluator structures = new DefaultStructureEvaluator();
  final DefaultPersonEvaluator persons = new DefaultPersonEvaluator();
  final DefaultSealedEvaluator sealed = new DefaultSealedEvaluator();
  final DefaultProtectionEvaluator protection = new DefaultProtectionEvaluator();
  final DefaultProcedureEvaluator procedures = new DefaultProcedureEvaluator();
  final DefaultMandateEvaluator mandates = new DefaultMandateEvaluator();
  final DefaultMailboxEvaluator mailbox = new DefaultMailboxEvaluator();
  final DefaultIdentityEvaluator identity = new DefaultIdentityEvaluator();
  final DefaultOwnSpaceEvaluator own = new DefaultOwnSpaceEvaluator();
  final DefaultAccessPolicy policy = new DefaultAccessPolicy();

  private int next;

  PolicyWorld() {
    for (EvaluatorSupport e :
        new EvaluatorSupport[] {
          platform,
          structures,
          persons,
          sealed,
          protection,
          procedures,
          mandates,
          mailbox,
          identity,
          own
        }) {
      e.request = request;
      e.journal = journal;
    }
    structures.structures = structureRecords;
    structures.accounts = accounts;
    structures.clock = clock;
    persons.people = people;
    persons.structures = structures;
    persons.sealed = sealed;
    sealed.accounts = accounts;
    sealed.people = people;
    sealed.persons = persons;
    sealed.mandates = mandates;
    protection.people = people;
    protection.persons = persons;
    protection.sealed = sealed;
    protection.structures = structures;
    procedures.persons = persons;
    procedures.sealed = sealed;
    procedures.structures = structures;
    procedures.mandates = mandateRecords;
    procedures.structureRecords = structureRecords;
    procedures.people = people;
    procedures.clock = clock;
    mandates.mandates = mandateRecords;
    mandates.persons = persons;
    mandates.clock = clock;
    mailbox.structures = structures;
    mailbox.persons = persons;
    mailbox.sealed = sealed;
    mailbox.people = people;
    identity.persons = persons;
    identity.sealed = sealed;
    identity.mandates = mandates;
    identity.structures = structures;
    identity.structureRecords = structureRecords;
    identity.accounts = accounts;
    identity.clock = clock;
    identity.freshAuthenticationSeconds = 300;
    own.personAccess = personAccess;
    own.emergencyLocks = locks;
    own.people = people;
    own.mandates = mandateRecords;
    policy.request = request;
    policy.platform = platform;
    policy.structures = structures;
    policy.persons = persons;
    policy.sealed = sealed;
    policy.protection = protection;
    policy.procedures = procedures;
    policy.mandates = mandates;
    policy.mailbox = mailbox;
    policy.identity = identity;
    policy.own = own;
  }

  // Structures.

  /** A structure accredited today for these departments. */
  Structure accredited(String... departments) {
    Structure s = requested(departments);
    s.decide(
        AccreditationDecisionType.ACCREDIT,
        Set.of(departments),
        TODAY.minusMonths(1),
        TODAY.plusYears(1),
        null,
        UUID.randomUUID(),
        NOW,
        TODAY);
    return s;
  }

  /** A structure that asked for accreditation in these departments and has none. */
  Structure requested(String... departments) {
    Structure s =
        new Structure(
            StructureId.random(),
            new StructureDetails(
                "Structure " + (++next),
                StructureType.CCAS,
                new Siret("00000000000000"),
                "1 rue de la Paix",
                "47300",
                "Villeneuve-sur-Lot",
                Set.of(departments),
                "contact@exemple.fr",
                null),
            NOW);
    structureRecords.add(s);
    return s;
  }

  // Accounts.

  Account member(Role role, Structure structure) {
    return account(role, structure.id());
  }

  Account operator() {
    return account(Role.PLATFORM_OPERATOR, null);
  }

  Account agent(String... departments) {
    Account a = account(Role.PREFECTURE_AGENT, null);
    a.coverDepartments(Set.of(departments));
    return a;
  }

  Account beneficiary() {
    return account(Role.BENEFICIARY, null);
  }

  /** A member who holds the protected-cases habilitation. */
  Account habilitated(Role role, Structure structure) {
    Account a = member(role, structure);
    a.setHabilitations(false, true);
    return a;
  }

  private Account account(Role role, StructureId structure) {
    int n = ++next;
    Account a =
        new Account(
            AccountId.random(),
            new ExternalIdentity("https://idp.test", "user-" + n),
            "User " + n,
            role,
            structure,
            NOW);
    accounts.add(a);
    return a;
  }

  // People.

  Person person(Structure structure) {
    Person p =
        new Person(
            PersonId.random(),
            structure.id(),
            new PersonIdentity("Martin", "Claire", LocalDate.of(1990, 5, 4), null, null, null),
            NOW);
    people.add(p);
    return p;
  }

  Person protectedPerson(Structure structure) {
    Person p = person(structure);
    p.protect(new Protection(ProtectionReason.DECLARED_VIOLENCE, TODAY, null, null, null), TODAY);
    return p;
  }

  void follow(Person person, Account member) {
    people.assign(person.id(), member.id(), member.id(), NOW);
  }

  /** A mandate she gave her structure, active today, covering these procedure types. */
  Mandate mandate(Person person, String... scopes) {
    Mandate m =
        new Mandate(
            MandateId.random(),
            person,
            person.structure(),
            LegalBasis.CONSENT,
            null,
            null,
            TODAY,
            TODAY.plusMonths(6),
            Set.of(scopes),
            UUID.randomUUID(),
            NOW,
            TODAY);
    m.attachEvidence("0".repeat(64), NOW, TODAY);
    mandateRecords.add(m);
    return m;
  }

  /** Her own login, linked to her record. */
  PersonAccess link(Person person, Account login) {
    PersonAccess a =
        new PersonAccess(
            PersonAccessInvitation.issue(person.id(), person.structure(), login.id(), NOW)
                .invitation(),
            login.id(),
            NOW);
    personAccess.add(a);
    return a;
  }

  void lock(Person person) {
    locks.add(new EmergencyLock(person.id().value(), UUID.randomUUID(), NOW));
  }

  // Who asks.

  /** Signs in, as the provider authenticated them a moment ago. */
  AuthenticatedUser signIn(Account account) {
    return signIn(account, NOW.minusSeconds(10));
  }

  AuthenticatedUser signIn(Account account, Instant authenticatedAt) {
    AuthenticatedUser user = AuthenticatedUser.of(account);
    request.authenticate(user, "session", authenticatedAt);
    return user;
  }

  AuthenticatedUser signInLongAgo(Account account) {
    return signIn(account, NOW.minus(Duration.ofHours(1)));
  }

  // What was journaled.

  /** The one refusal journaled (in a transaction of its own), with this action and detail. */
  JournalRecord refused(String action, String detail) {
    JournalRecord r = journal.refusal();
    org.junit.jupiter.api.Assertions.assertEquals(action, r.action(), "action journaled");
    org.junit.jupiter.api.Assertions.assertEquals(detail, r.detail(), "detail journaled");
    return r;
  }

  /** Nothing journaled: an allowed decision writes nothing itself. */
  void nothingJournaled() {
    org.junit.jupiter.api.Assertions.assertTrue(
        journal.nothing(), () -> "journaled " + journal.separately);
  }
}
