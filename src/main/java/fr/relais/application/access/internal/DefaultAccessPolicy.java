package fr.relais.application.access.internal;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.CurrentRequest;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotAuthenticatedException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.access.Applicant;
import fr.relais.application.journal.Journal;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.Departments;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The rules of {@link AccessPolicy}, each decided here and nowhere else. */
@ApplicationScoped
public class DefaultAccessPolicy implements AccessPolicy {

  @Inject CurrentRequest request;
  @Inject Journal journal;
  @Inject fr.relais.domain.model.structure.StructureRepository structures;
  @Inject fr.relais.domain.model.person.PersonRepository people;
  @Inject fr.relais.domain.shared.TimeSource clock;
  @Inject fr.relais.domain.model.personaccess.PersonAccessRepository personAccess;
  @Inject fr.relais.domain.model.mandate.MandateRepository mandates;
  @Inject AccountRepository accounts;
  @Inject fr.relais.domain.model.shielding.EmergencyLockRepository emergencyLocks;

  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "relais.reauthentication.max-age-seconds",
      defaultValue = "300")
  long freshAuthenticationSeconds;

  @Override
  public AuthenticatedUser requireAuthenticated() {
    return request.user().orElseThrow(NotAuthenticatedException::new);
  }

  @Override
  public boolean canVerifyJournal(AuthenticatedUser user) {
    // S13, S51: the operator checks the chain's integrity; the verification reveals no content.
    return user.role() == Role.PLATFORM_OPERATOR;
  }

  @Override
  public AuthenticatedUser requireJournalVerification() {
    AuthenticatedUser user = requireAuthenticated();
    if (!canVerifyJournal(user)) {
      throw refuse(user, "journal.verify", "journal", null);
    }
    return user;
  }

  @Override
  public boolean canControlClock(AuthenticatedUser user) {
    return user.role() == Role.PLATFORM_OPERATOR;
  }

  @Override
  public AuthenticatedUser requireClockControl() {
    AuthenticatedUser user = requireAuthenticated();
    if (!canControlClock(user)) {
      throw refuse(user, "clock.shift", "clock", null);
    }
    return user;
  }

  @Override
  public boolean canRegisterStructure(AuthenticatedUser user) {
    return user.role() == Role.PLATFORM_OPERATOR;
  }

  @Override
  public AuthenticatedUser requireRegisterStructure() {
    AuthenticatedUser user = requireAuthenticated();
    if (!canRegisterStructure(user)) {
      throw refuse(user, "structure.register", "structure", null);
    }
    return user;
  }

  @Override
  public boolean canDecideAccreditation(AuthenticatedUser user) {
    return user.role() == Role.PREFECTURE_AGENT;
  }

  @Override
  public AuthenticatedUser requireDecideAccreditation(StructureId target) {
    AuthenticatedUser user = requireAuthenticated();
    if (!canDecideAccreditation(user)) {
      throw refuseStructure(user, "structure.accreditation.decide", target);
    }
    requireCovered(user, "structure.accreditation.decide", target);
    return user;
  }

  @Override
  public void requireGrantDepartments(
      AuthenticatedUser agent, StructureId target, Set<String> departments) {
    // A1, S10: an agent accredits a structure only for departments they cover themselves.
    Set<String> outside = new TreeSet<>(departments);
    outside.removeAll(accounts.departmentsOf(agent.accountId()));
    if (!outside.isEmpty()) {
      journal.recordSeparately(
          agent
              .journal()
              .in(target.value())
              .about("structure", target.toString())
              .refused(
                  "structure.accreditation.decide",
                  "DEPARTMENTS_NOT_COVERED " + String.join(",", outside)));
      throw new InvalidInputException(
          "departments", "outside the departments you cover: " + String.join(", ", outside));
    }
  }

  @Override
  public boolean canViewStructure(AuthenticatedUser user, StructureId id) {
    return switch (user.role()) {
      case PLATFORM_OPERATOR -> true;
      case PREFECTURE_AGENT -> structures.find(id).map(s -> coversStructure(user, s)).orElse(false);
      default -> user.structure().map(id::equals).orElse(false);
    };
  }

  @Override
  public AuthenticatedUser requireViewStructure(StructureId id) {
    AuthenticatedUser user = requireAuthenticated();
    if (user.role() == Role.PREFECTURE_AGENT) {
      requireCovered(user, "structure.view", id);
      return user;
    }
    if (!canViewStructure(user, id)) {
      throw refuseStructure(user, "structure.view", id);
    }
    return user;
  }

  @Override
  public boolean coversStructure(AuthenticatedUser user, Structure structure) {
    return user.role() == Role.PREFECTURE_AGENT
        && Departments.intersect(
            structure.concernedDepartments(), accounts.departmentsOf(user.accountId()));
  }

  /**
   * A prefecture agent dealing with this structure; otherwise the refusal is journaled and the
   * answer is the one for an unknown structure (S10, S40).
   */
  private void requireCovered(AuthenticatedUser agent, String action, StructureId id) {
    Optional<Structure> structure = structures.find(id);
    if (structure.isPresent() && coversStructure(agent, structure.get())) {
      return;
    }
    journal.recordSeparately(
        agent
            .journal()
            .about("structure", id.toString())
            .refused(action, structure.isPresent() ? "DEPARTMENTS_NOT_COVERED" : "UNKNOWN"));
    throw new NotFoundException();
  }

  @Override
  public boolean canListStructures(AuthenticatedUser user) {
    return user.role() == Role.PLATFORM_OPERATOR || user.role() == Role.PREFECTURE_AGENT;
  }

  @Override
  public AuthenticatedUser requireListStructures() {
    AuthenticatedUser user = requireAuthenticated();
    if (!canListStructures(user)) {
      throw refuse(user, "structure.list", "structure", null);
    }
    return user;
  }

  @Override
  public Optional<Set<String>> structureScope(AuthenticatedUser user) {
    return switch (user.role()) {
      case PLATFORM_OPERATOR -> Optional.empty();
      case PREFECTURE_AGENT -> Optional.of(accounts.departmentsOf(user.accountId()));
      default -> Optional.of(Set.of());
    };
  }

  @Override
  public boolean canManagePrefectureAgents(AuthenticatedUser user) {
    return user.role() == Role.PLATFORM_OPERATOR;
  }

  @Override
  public AuthenticatedUser requireManagePrefectureAgents() {
    AuthenticatedUser user = requireAuthenticated();
    if (!canManagePrefectureAgents(user)) {
      throw refuse(user, "prefecture_agent.manage", "account", null);
    }
    return user;
  }

  @Override
  public Applicant requireApplicant() {
    Optional<AuthenticatedUser> user = request.user();
    if (user.isPresent()) {
      throw refuseApplicant(user.get().asJournalActor());
    }
    Applicant applicant = request.applicant().orElseThrow(NotAuthenticatedException::new);
    if (accounts.findByIdentity(applicant.identity()).isPresent()) {
      // An inactive account too: a deactivated member does not come back as a new structure.
      throw refuseApplicant(applicant.asJournalActor());
    }
    return applicant;
  }

  /** One open request per identity: an identity with an account files none (A1). */
  private ConflictException refuseApplicant(JournalActor actor) {
    journal.recordSeparately(
        JournalRecord.by(actor)
            .about("structure", null)
            .refused("structure.register", "IDENTITY_HAS_ACCOUNT"));
    return new ConflictException("identity", "this identity already has a Relais account");
  }

  @Override
  public boolean canEditCatalogue(AuthenticatedUser user) {
    return user.role() == Role.PLATFORM_OPERATOR;
  }

  @Override
  public AuthenticatedUser requireEditCatalogue() {
    AuthenticatedUser user = requireAuthenticated();
    if (!canEditCatalogue(user)) {
      throw refuse(user, "catalogue.edit", "procedure_type", null);
    }
    return user;
  }

  @Override
  public boolean canManageMembers(AuthenticatedUser user, StructureId id) {
    return user.role() == Role.STRUCTURE_ADMINISTRATOR
        && user.structure().map(id::equals).orElse(false);
  }

  @Override
  public AuthenticatedUser requireManageMembers(StructureId id) {
    AuthenticatedUser user = requireAuthenticated();
    if (!canManageMembers(user, id)) {
      throw refuseStructure(user, "member.manage", id);
    }
    return user;
  }

  @Override
  public AuthenticatedUser requireInvite(StructureId id, Role role) {
    AuthenticatedUser user = requireAuthenticated();
    boolean operatorOpeningStructure =
        user.role() == Role.PLATFORM_OPERATOR && role == Role.STRUCTURE_ADMINISTRATOR;
    if (!operatorOpeningStructure && !canManageMembers(user, id)) {
      throw refuseStructure(user, "member.invite", id);
    }
    return user;
  }

  @Override
  public AuthenticatedUser requireActingMember(StructureId structure) {
    AuthenticatedUser user = requireAuthenticated();
    if (!user.role().isStructureRole() || !user.structure().map(structure::equals).orElse(false)) {
      throw refuseStructure(user, "person.access", structure);
    }
    boolean inForce = structures.find(structure).map(s -> s.isInForce(clock.today())).orElse(false);
    if (!inForce) {
      // A1: a structure without an accreditation in force acts for no one, from the next request.
      journal.recordSeparately(
          user.journal()
              .in(structure.value())
              .about("structure", structure.toString())
              .refused("person.access", "STRUCTURE_NOT_IN_FORCE"));
      throw new AccessDeniedException("structure not in force");
    }
    return user;
  }

  @Override
  public boolean canSeePerson(AuthenticatedUser user, Person person) {
    if (!user.structure().map(person.structure()::equals).orElse(false)) {
      return false;
    }
    return switch (user.role()) {
      case STRUCTURE_ADMINISTRATOR -> true;
      case SOCIAL_WORKER -> people.isAssigned(person.id(), user.accountId());
      case VOLUNTEER -> !person.isProtected() && people.isAssigned(person.id(), user.accountId());
      default -> false;
    };
  }

  @Override
  public AuthenticatedUser requireVaultAdministration(String action) {
    return requireOperator(action, "vault");
  }

  @Override
  public AuthenticatedUser requireRetentionAdministration(String action) {
    return requireOperator(action, "retention");
  }

  /** The platform operator only; anyone else's attempt is journaled about {@code target}. */
  private AuthenticatedUser requireOperator(String action, String target) {
    AuthenticatedUser user = requireAuthenticated();
    if (user.role() != Role.PLATFORM_OPERATOR) {
      throw refuse(user, action, target, null);
    }
    return user;
  }

  @Override
  public boolean canCheckIdentity(AuthenticatedUser user, Person person) {
    return canSeeFile(user, person)
        && user.structure().map(person.structure()::equals).orElse(false)
        && accounts
            .find(user.accountId())
            .map(a -> a.isActive() && a.identityChecker())
            .orElse(false);
  }

  @Override
  public boolean canChangeEmail(AuthenticatedUser user, Person person) {
    if (!canEditPerson(user, person)) {
      return false;
    }
    if (person.isProtected()) {
      return canOpenSealed(user, person);
    }
    return hasActiveMandate(person);
  }

  /** A mandate she gave her structure is active today. */
  private boolean hasActiveMandate(Person person) {
    java.time.LocalDate today = clock.today();
    return mandates.forPerson(person.id().value()).stream()
        .anyMatch(
            m ->
                m.structure().equals(person.structure())
                    && m.status(today) == fr.relais.domain.model.mandate.MandateStatus.ACTIVE);
  }

  @Override
  public boolean canActOnProcedure(AuthenticatedUser user, Person person, String procedureCode) {
    if (!canEditPerson(user, person)) {
      return false;
    }
    if (person.isProtected() && !canOpenSealed(user, person)) {
      return false;
    }
    java.time.LocalDate today = clock.today();
    return mandates.forPerson(person.id().value()).stream()
        .anyMatch(m -> m.structure().equals(person.structure()) && m.covers(procedureCode, today));
  }

  @Override
  public boolean canCloseFile(AuthenticatedUser user, Person person) {
    return canEditPerson(user, person);
  }

  @Override
  public boolean canOpenSealed(AuthenticatedUser user, Person person) {
    if (!user.structure().map(person.structure()::equals).orElse(false)
        || (user.role() != Role.SOCIAL_WORKER && user.role() != Role.STRUCTURE_ADMINISTRATOR)) {
      return false;
    }
    if (!holdsProtectedCases(user) || !people.isAssigned(person.id(), user.accountId())) {
      return false;
    }
    return hasActiveMandate(person);
  }

  @Override
  public boolean canOpenItem(AuthenticatedUser user, Person person, boolean classified) {
    if (person.isProtected()) {
      return canOpenSealed(user, person);
    }
    return !classified || canEditPerson(user, person);
  }

  @Override
  public boolean holdsProtectedCases(AuthenticatedUser user) {
    // Read on this request (S11): a habilitation withdrawn a moment ago counts.
    return accounts
        .find(user.accountId())
        .map(a -> a.isActive() && a.protectedCases())
        .orElse(false);
  }

  @Override
  public boolean canSeeFile(AuthenticatedUser user, Person person) {
    return canSeePerson(user, person) && (!person.isProtected() || holdsProtectedCases(user));
  }

  @Override
  public Person requireSeeFile(String personId, String action) {
    Person person = requireSeePerson(personId);
    AuthenticatedUser user = requireAuthenticated();
    if (!canSeeFile(user, person)) {
      journal.recordSeparately(user.journal().about(person).refused(action, "PROTECTED_FILE"));
      throw new AccessDeniedException(action);
    }
    return person;
  }

  @Override
  public Person requireSeePerson(String personId) {
    AuthenticatedUser user = requireAuthenticated();
    Person person;
    try {
      person = people.find(PersonId.parse(personId)).orElse(null);
    } catch (IllegalArgumentException | NullPointerException e) {
      person = null;
    }
    if (person == null) {
      throw refusePerson(user, "person.view", null, "UNKNOWN");
    }
    if (!canSeePerson(user, person)) {
      throw refusePerson(user, "person.view", personId, "NOT_ON_CASELOAD");
    }
    requireActingMember(person.structure());
    return person;
  }

  @Override
  public boolean canCreatePerson(AuthenticatedUser user) {
    return user.role() == Role.STRUCTURE_ADMINISTRATOR || user.role() == Role.SOCIAL_WORKER;
  }

  @Override
  public boolean canAssign(AuthenticatedUser user, Person person) {
    return user.role() == Role.STRUCTURE_ADMINISTRATOR
        && user.structure().map(person.structure()::equals).orElse(false);
  }

  @Override
  public boolean canEditPerson(AuthenticatedUser user, Person person) {
    return canSeeFile(user, person)
        && (user.role() == Role.STRUCTURE_ADMINISTRATOR || user.role() == Role.SOCIAL_WORKER);
  }

  @Override
  public NotFoundException refusePerson(
      AuthenticatedUser user, String action, String personId, String why) {
    journal.recordSeparately(
        user.journal()
            .in(user.structure().map(s -> s.value()).orElse(null))
            .about("person", personId)
            .refused(action, why));
    return new NotFoundException();
  }

  @Override
  public boolean canManagePersonAccess(AuthenticatedUser user, Person person) {
    return canEditPerson(user, person);
  }

  @Override
  public AuthenticatedUser requireBeneficiary(String action) {
    AuthenticatedUser user = requireAuthenticated();
    if (user.role() != Role.BENEFICIARY) {
      throw refuse(user, action, "account", user.accountId().toString());
    }
    // F6: under an emergency lock her own space shows nothing and changes nothing.
    java.util.List<java.util.UUID> records =
        personAccess.currentForAccount(user.accountId()).stream()
            .map(a -> a.person().value())
            .toList();
    if (emergencyLocks.latestActiveLockedAt(records).isPresent()) {
      journal.recordSeparately(
          user.journal().about("account", user.accountId().toString()).refused(action, "LOCKED"));
      throw new fr.relais.application.access.AccountLockedException(action);
    }
    return user;
  }

  @Override
  public java.util.List<fr.relais.domain.model.personaccess.PersonAccess> ownRecords(
      AuthenticatedUser beneficiary) {
    if (beneficiary.role() != Role.BENEFICIARY) {
      return java.util.List.of();
    }
    return personAccess.currentForAccount(beneficiary.accountId());
  }

  @Override
  public AuthenticatedUser requireTakeoverDecision(StructureId structure, java.util.UUID filedBy) {
    AuthenticatedUser user = requireAuthenticated();
    boolean insider =
        user.accountId().value().equals(filedBy)
            || user.structure().map(structure::equals).orElse(false);
    Optional<Structure> s = structures.find(structure);
    if (insider || s.isEmpty() || !coversStructure(user, s.get())) {
      journal.recordSeparately(
          user.journal()
              .about("structure", structure.toString())
              .refused("takeover.decide", insider ? "FILER_SIDE" : "NOT_COVERED"));
      if (insider) {
        throw new AccessDeniedException("takeover.decide");
      }
      throw new NotFoundException();
    }
    return user;
  }

  @Override
  public Person requireOwnRecord(AuthenticatedUser user, String personId, String action) {
    return personAccess.currentForAccount(user.accountId()).stream()
        .filter(a -> a.person().toString().equals(personId))
        .findFirst()
        .flatMap(a -> people.find(a.person()))
        .orElseThrow(
            () -> {
              journal.recordSeparately(
                  user.journal().about("person", null).refused(action, "NOT_OWN"));
              return new NotFoundException();
            });
  }

  @Override
  public fr.relais.domain.model.mandate.Mandate requireOwnMandate(String mandateId, String action) {
    AuthenticatedUser user = requireBeneficiary(action);
    fr.relais.domain.model.mandate.Mandate mandate;
    try {
      mandate =
          mandates.find(fr.relais.domain.model.mandate.MandateId.parse(mandateId)).orElse(null);
    } catch (IllegalArgumentException | NullPointerException e) {
      mandate = null;
    }
    if (mandate != null) {
      java.util.UUID person = mandate.personId();
      StructureId structure = mandate.structure();
      boolean own =
          ownRecords(user).stream()
              .anyMatch(a -> a.person().value().equals(person) && a.structure().equals(structure));
      if (own) {
        return mandate;
      }
    }
    journal.recordSeparately(
        user.journal()
            .about("mandate", mandate == null ? null : mandateId)
            .refused(action, mandate == null ? "UNKNOWN" : "NOT_OWN"));
    throw new NotFoundException();
  }

  /** Journals the refusal in its own transaction, then returns the exception to throw. */
  private AccessDeniedException refuse(
      AuthenticatedUser user, String action, String targetType, String targetId) {
    journal.recordSeparately(
        user.journal()
            .in(user.structure().map(s -> s.value()).orElse(null))
            .about(targetType, targetId)
            .refused(action, "role " + user.role()));
    return new AccessDeniedException(action);
  }

  /**
   * A refusal about a structure, on any route that names one. Who may know of it — its own members,
   * the operator, a prefecture agent who deals with it ({@link #canViewStructure}) — is told no
   * (403); anyone else, a member of another structure first, gets exactly the answer for an unknown
   * id (404), so that no structure route tells a real id from a random one (S10, S40). Journaled
   * either way, in a transaction of its own; the same reads for a real and a random id.
   */
  private RuntimeException refuseStructure(
      AuthenticatedUser user, String action, StructureId target) {
    if (canViewStructure(user, target)) {
      return refuse(user, action, "structure", target.toString());
    }
    boolean exists = structures.find(target).isPresent();
    String why =
        !exists
            ? "UNKNOWN"
            : user.role() == Role.PREFECTURE_AGENT ? "DEPARTMENTS_NOT_COVERED" : "OTHER_STRUCTURE";
    journal.recordSeparately(
        user.journal()
            .in(user.structure().map(s -> s.value()).orElse(null))
            .about("structure", target.toString())
            .refused(action, why));
    return new NotFoundException();
  }

  @Override
  public fr.relais.domain.model.mailbox.MailboxRepository.Audience requireInboxAudience(
      StructureId structure) {
    AuthenticatedUser user = requireActingMember(structure);
    return switch (user.role()) {
      // F1: a protected person's messages only for members with the protected-cases habilitation.
      case STRUCTURE_ADMINISTRATOR ->
          new fr.relais.domain.model.mailbox.MailboxRepository.Audience(
              structure, java.util.Optional.empty(), holdsProtectedCases(user));
      case SOCIAL_WORKER ->
          new fr.relais.domain.model.mailbox.MailboxRepository.Audience(
              structure, java.util.Optional.of(user.accountId()), holdsProtectedCases(user));
      case VOLUNTEER ->
          new fr.relais.domain.model.mailbox.MailboxRepository.Audience(
              structure, java.util.Optional.of(user.accountId()), false);
      default -> throw refuseStructure(user, "mailbox.inbox.list", structure);
    };
  }

  @Override
  public AuthenticatedUser requireAdministratorOf(StructureId structure, String action) {
    AuthenticatedUser user = requireAuthenticated();
    if (user.role() != Role.STRUCTURE_ADMINISTRATOR
        || !user.structure().map(structure::equals).orElse(false)) {
      throw refuseStructure(user, action, structure);
    }
    return requireActingMember(structure);
  }

  @Override
  public AuthenticatedUser requireQuarantineView() {
    AuthenticatedUser user = requireAuthenticated();
    if (user.role() != Role.PLATFORM_OPERATOR) {
      throw refuse(user, "mailbox.quarantine.view", "quarantine", null);
    }
    return user;
  }

  @Override
  public boolean canSetProtection(AuthenticatedUser user, Person person) {
    if (!user.structure().map(person.structure()::equals).orElse(false)) {
      return false;
    }
    if (user.role() == Role.STRUCTURE_ADMINISTRATOR) {
      return true;
    }
    return user.role() == Role.SOCIAL_WORKER
        && accounts
            .find(user.accountId())
            .map(a -> a.isActive() && a.protectedCases())
            .orElse(false)
        && people.isAssigned(person.id(), user.accountId());
  }

  @Override
  public boolean canProtectNewPerson(AuthenticatedUser user, StructureId structure) {
    if (!user.structure().map(structure::equals).orElse(false)) {
      return false;
    }
    return user.role() == Role.STRUCTURE_ADMINISTRATOR
        || user.role() == Role.SOCIAL_WORKER
            && accounts
                .find(user.accountId())
                .map(a -> a.isActive() && a.protectedCases())
                .orElse(false);
  }

  @Override
  public AuthenticatedUser requireFreshAuthentication(
      String action, fr.relais.domain.model.journal.JournalSubject target) {
    AuthenticatedUser user = requireAuthenticated();
    java.time.Duration window = java.time.Duration.ofSeconds(freshAuthenticationSeconds);
    // S6: when the provider itself last authenticated this user — never when Relais's session
    // began.
    boolean fresh =
        request.authenticatedAt().map(at -> !at.plus(window).isBefore(clock.now())).orElse(false);
    if (!fresh) {
      journal.recordSeparately(user.journal().about(target).refused(action, "REAUTHENTICATION"));
      throw new fr.relais.application.access.ReauthenticationRequiredException(action, window);
    }
    return user;
  }
}
