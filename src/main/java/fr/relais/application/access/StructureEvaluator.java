package fr.relais.application.access;

import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import java.util.Optional;
import java.util.Set;

/**
 * Structures, their accreditation and their members (A1, S10).
 *
 * <p>Every rule about a structure named in a route ({@code /structures/{id}/…}) refuses in one way
 * (S10, S40): who may know that structure ({@link #canView}: its own members, the operator, a
 * prefecture agent who deals with it) is refused with 403 and the detail {@code role <ROLE>};
 * anyone else — a member of another structure, an agent of other departments, an accompanied person
 * — gets exactly the answer for an unknown or malformed id (404), journaled {@code
 * OTHER_STRUCTURE}, {@code DEPARTMENTS_NOT_COVERED} or {@code UNKNOWN}. The services ask before
 * looking the structure up, so a real id and a random one take the same path.
 *
 * <p>Prefecture agents are scoped to departments, read on every decision (S11): an agent deals with
 * a structure when they cover at least one department it asked for or is accredited for.
 */
public interface StructureEvaluator {

  /** Registering a structure that asks for accreditation: the platform operator. */
  boolean canRegister(AuthenticatedUser user);

  /** {@link #canRegister}, or 403 journaled {@code structure.register}. */
  AuthenticatedUser requireRegister();

  /**
   * A verified identity without any account, the only one who may file a structure's own request
   * for accreditation (A1). An identity that already has an account (active or not: a deactivated
   * member does not come back as a new structure) is refused with {@link
   * fr.relais.application.ConflictException} (409, {@code identity}), journaled {@code
   * IDENTITY_HAS_ACCOUNT}; no identity at all is {@link
   * fr.relais.application.NotAuthenticatedException}.
   */
  Applicant requireApplicant();

  /** Listing structures across the country: prefecture agents and the operator. */
  boolean canList(AuthenticatedUser user);

  /** {@link #canList}, or 403 journaled {@code structure.list}. */
  AuthenticatedUser requireList();

  /**
   * Which structures a listing may show: empty for every structure (the operator), otherwise the
   * departments of which a structure must concern at least one (a prefecture agent's own; none for
   * anyone else).
   */
  Optional<Set<String>> scope(AuthenticatedUser user);

  /**
   * A structure's record is seen by the operator, by its own members — even when it is not
   * accredited, so that they can see why — and by the prefecture agents who deal with it.
   */
  boolean canView(AuthenticatedUser user, StructureId id);

  /**
   * {@link #canView}; a prefecture agent outside their departments, a member of another structure,
   * is answered as for an unknown id (404), journaled {@code structure.view}.
   */
  AuthenticatedUser requireView(StructureId id);

  /**
   * Whether a prefecture agent deals with this structure: it asked for, or is accredited for, at
   * least one department the agent covers (S10). Always false for other roles.
   */
  boolean covers(AuthenticatedUser user, Structure structure);

  /** Prefecture agents decide on accreditations (A1). */
  boolean canDecideAccreditation(AuthenticatedUser user);

  /**
   * A prefecture agent deciding on a structure they deal with: one outside their departments is
   * answered exactly like an unknown one (404, S40), journaled {@code DEPARTMENTS_NOT_COVERED} or
   * {@code UNKNOWN}; other roles are refused as any structure rule refuses.
   */
  AuthenticatedUser requireDecideAccreditation(StructureId target);

  /**
   * The departments an agent accredits a structure for must all be departments the agent covers
   * (A1, S10); otherwise the refusal is journaled ({@code DEPARTMENTS_NOT_COVERED} and the codes)
   * and {@link fr.relais.application.InvalidInputException} names the field {@code departments}.
   * Nothing is changed.
   */
  void requireGrantDepartments(
      AuthenticatedUser agent, StructureId target, Set<String> departments);

  /** The platform operator opens, re-scopes and deactivates prefecture agents' accounts. */
  boolean canManageAgents(AuthenticatedUser user);

  /** {@link #canManageAgents}, or 403 journaled {@code prefecture_agent.manage}. */
  AuthenticatedUser requireManageAgents();

  /**
   * Whether this user enters a structure's member space — its caseload, its inbox, a member's cards
   * of the dashboard: a member of a structure (administrator, social worker or volunteer). Whether
   * the structure acts for anyone today is asked by each use case ({@link #requireActingMember}).
   */
  boolean canEnterMemberSpace(AuthenticatedUser user);

  /** Who manages a structure's members: its administrators. */
  boolean canManageMembers(AuthenticatedUser user, StructureId id);

  /** {@link #canManageMembers}, or refused as any structure rule, {@code member.manage}. */
  AuthenticatedUser requireManageMembers(StructureId id);

  /**
   * Inviting a member: as {@link #canManageMembers}; the platform operator may also invite a
   * structure's administrator (to open a new structure). Refused as any structure rule, {@code
   * member.invite}.
   */
  AuthenticatedUser requireInvite(StructureId id, Role role);

  /**
   * Whether an administrator may give this role to this member: never a lesser role to themselves,
   * so that a structure keeps who manages it.
   */
  boolean canGiveRole(AuthenticatedUser user, Account member, Role role);

  /**
   * An active member of this structure, whose structure is accredited and in force today (A1, S10,
   * S11): the precondition for anything done about the people it accompanies. Anyone else is
   * refused as any structure rule ({@code person.access}); a member of a structure not in force
   * gets 403, journaled {@code STRUCTURE_NOT_IN_FORCE}, from the next request.
   */
  AuthenticatedUser requireActingMember(StructureId structure);

  /** An administrator of this structure. */
  boolean canAdminister(AuthenticatedUser user, StructureId structure);

  /**
   * {@link #canAdminister}, acting for it (as {@link #requireActingMember}); refused as any
   * structure rule, under {@code action}.
   */
  AuthenticatedUser requireAdminister(StructureId structure, String action);

  /**
   * Whether this account is an active administrator of this structure: who is told what concerns
   * the structure as a whole (its triage, every file's alerts).
   */
  boolean administers(Account member, StructureId structure);
}
