package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotAuthenticatedException;
import fr.relais.application.access.Applicant;
import fr.relais.application.access.StructureEvaluator;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.structure.Departments;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The rules of {@link StructureEvaluator}, each decided here and nowhere else. */
@ApplicationScoped
public class DefaultStructureEvaluator extends EvaluatorSupport implements StructureEvaluator {

  @Inject StructureRepository structures;
  @Inject AccountRepository accounts;
  @Inject TimeSource clock;

  @Override
  public boolean canRegister(AuthenticatedUser user) {
    return user.role() == Role.PLATFORM_OPERATOR;
  }

  @Override
  public AuthenticatedUser requireRegister() {
    AuthenticatedUser user = currentUser();
    if (!canRegister(user)) {
      throw forbiddenRole(user, "structure.register", "structure", null);
    }
    return user;
  }

  @Override
  public Applicant requireApplicant() {
    Optional<AuthenticatedUser> user = request.user();
    if (user.isPresent()) {
      throw applicantRefusal(user.get().asJournalActor());
    }
    Applicant applicant = request.applicant().orElseThrow(NotAuthenticatedException::new);
    if (accounts.findByIdentity(applicant.identity()).isPresent()) {
      // An inactive account too: a deactivated member does not come back as a new structure.
      throw applicantRefusal(applicant.asJournalActor());
    }
    return applicant;
  }

  /** One open request per identity: an identity with an account files none (A1). */
  private ConflictException applicantRefusal(JournalActor actor) {
    journal.recordSeparately(
        JournalRecord.by(actor)
            .about("structure", null)
            .refused("structure.register", "IDENTITY_HAS_ACCOUNT"));
    return new ConflictException("identity", "this identity already has a Relais account");
  }

  @Override
  public boolean canList(AuthenticatedUser user) {
    return user.role() == Role.PLATFORM_OPERATOR || user.role() == Role.PREFECTURE_AGENT;
  }

  @Override
  public AuthenticatedUser requireList() {
    AuthenticatedUser user = currentUser();
    if (!canList(user)) {
      throw forbiddenRole(user, "structure.list", "structure", null);
    }
    return user;
  }

  @Override
  public Optional<Set<String>> scope(AuthenticatedUser user) {
    return switch (user.role()) {
      case PLATFORM_OPERATOR -> Optional.empty();
      case PREFECTURE_AGENT -> Optional.of(accounts.departmentsOf(user.accountId()));
      default -> Optional.of(Set.of());
    };
  }

  @Override
  public boolean canView(AuthenticatedUser user, StructureId id) {
    return switch (user.role()) {
      case PLATFORM_OPERATOR -> true;
      case PREFECTURE_AGENT -> structures.find(id).map(s -> covers(user, s)).orElse(false);
      default -> memberOf(user, id);
    };
  }

  @Override
  public AuthenticatedUser requireView(StructureId id) {
    AuthenticatedUser user = currentUser();
    if (user.role() == Role.PREFECTURE_AGENT) {
      requireCovered(user, "structure.view", id);
      return user;
    }
    if (!canView(user, id)) {
      throw structureRefusal(user, "structure.view", id);
    }
    return user;
  }

  @Override
  public boolean covers(AuthenticatedUser user, Structure structure) {
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
    if (structure.isPresent() && covers(agent, structure.get())) {
      return;
    }
    throw hidden(
        agent
            .journal()
            .about("structure", id.toString())
            .refused(action, structure.isPresent() ? "DEPARTMENTS_NOT_COVERED" : "UNKNOWN"));
  }

  @Override
  public boolean canDecideAccreditation(AuthenticatedUser user) {
    return user.role() == Role.PREFECTURE_AGENT;
  }

  @Override
  public AuthenticatedUser requireDecideAccreditation(StructureId target) {
    AuthenticatedUser user = currentUser();
    if (!canDecideAccreditation(user)) {
      throw structureRefusal(user, "structure.accreditation.decide", target);
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
  public boolean canManageAgents(AuthenticatedUser user) {
    return user.role() == Role.PLATFORM_OPERATOR;
  }

  @Override
  public AuthenticatedUser requireManageAgents() {
    AuthenticatedUser user = currentUser();
    if (!canManageAgents(user)) {
      throw forbiddenRole(user, "prefecture_agent.manage", "account", null);
    }
    return user;
  }

  @Override
  public boolean canManageMembers(AuthenticatedUser user, StructureId id) {
    return canAdminister(user, id);
  }

  @Override
  public AuthenticatedUser requireManageMembers(StructureId id) {
    AuthenticatedUser user = currentUser();
    if (!canManageMembers(user, id)) {
      throw structureRefusal(user, "member.manage", id);
    }
    return user;
  }

  @Override
  public AuthenticatedUser requireInvite(StructureId id, Role role) {
    AuthenticatedUser user = currentUser();
    boolean operatorOpeningStructure =
        user.role() == Role.PLATFORM_OPERATOR && role == Role.STRUCTURE_ADMINISTRATOR;
    if (!operatorOpeningStructure && !canManageMembers(user, id)) {
      throw structureRefusal(user, "member.invite", id);
    }
    return user;
  }

  @Override
  public boolean canGiveRole(AuthenticatedUser user, Account member, Role role) {
    return !member.id().equals(user.accountId()) || role == Role.STRUCTURE_ADMINISTRATOR;
  }

  @Override
  public boolean canEnterMemberSpace(AuthenticatedUser user) {
    return user.role().isStructureRole() && user.structure().isPresent();
  }

  @Override
  public AuthenticatedUser requireActingMember(StructureId structure) {
    AuthenticatedUser user = currentUser();
    if (!user.role().isStructureRole() || !memberOf(user, structure)) {
      throw structureRefusal(user, "person.access", structure);
    }
    boolean inForce = structures.find(structure).map(s -> s.isInForce(clock.today())).orElse(false);
    if (!inForce) {
      // A1: a structure without an accreditation in force acts for no one, from the next request.
      throw forbidden(
          user.journal()
              .in(structure.value())
              .about("structure", structure.toString())
              .refused("person.access", "STRUCTURE_NOT_IN_FORCE"),
          "structure not in force");
    }
    return user;
  }

  @Override
  public boolean canAdminister(AuthenticatedUser user, StructureId structure) {
    return user.role() == Role.STRUCTURE_ADMINISTRATOR && memberOf(user, structure);
  }

  @Override
  public AuthenticatedUser requireAdminister(StructureId structure, String action) {
    AuthenticatedUser user = currentUser();
    if (!canAdminister(user, structure)) {
      throw structureRefusal(user, action, structure);
    }
    return requireActingMember(structure);
  }

  @Override
  public boolean administers(Account member, StructureId structure) {
    return member.isActive()
        && member.role() == Role.STRUCTURE_ADMINISTRATOR
        && member.structure().map(structure::equals).orElse(false);
  }

  /**
   * A refusal about a structure, on any route that names one. Who may know of it — its own members,
   * the operator, a prefecture agent who deals with it ({@link #canView}) — is told no (403);
   * anyone else, a member of another structure first, gets exactly the answer for an unknown id
   * (404), so that no structure route tells a real id from a random one (S10, S40). Journaled
   * either way, in a transaction of its own; the same reads for a real and a random id.
   */
  private RuntimeException structureRefusal(
      AuthenticatedUser user, String action, StructureId target) {
    if (canView(user, target)) {
      return forbiddenRole(user, action, "structure", target.toString());
    }
    boolean exists = structures.find(target).isPresent();
    String why =
        !exists
            ? "UNKNOWN"
            : user.role() == Role.PREFECTURE_AGENT ? "DEPARTMENTS_NOT_COVERED" : "OTHER_STRUCTURE";
    return hidden(
        user.journal()
            .in(user.structure().map(s -> s.value()).orElse(null))
            .about("structure", target.toString())
            .refused(action, why));
  }
}
