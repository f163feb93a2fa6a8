package fr.relais.application.structure;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.InvitationId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Prefecture agents' accounts, managed by the platform operator (A1, S10, S11): invitations for the
 * departments an agent will cover (single use, 48 hours, bound to the first identity that signs in
 * with them — never matched by email, S7), a change of departments, deactivation. Every change
 * applies from the agent's next request.
 */
public interface PrefectureAgentService {

  /** What the operator asks for: the departments the new agent will cover. */
  record AgentInvitationRequest(List<String> departments) {}

  /** A pending or past invitation (never with its token). */
  record AgentInvitationView(
      String id, Set<String> departments, String status, Instant createdAt, Instant expiresAt) {}

  /** A prefecture agent as the operator sees them. */
  record AgentView(
      String accountId,
      String displayName,
      Set<String> departments,
      boolean active,
      Instant createdAt,
      Instant deactivatedAt) {}

  /** The departments an agent covers from now on (they replace the previous ones). */
  record DepartmentsChange(List<String> departments) {}

  /**
   * Issues an invitation; its link is shown only this once.
   *
   * @throws InvalidInputException when the departments are missing or unknown
   */
  MemberService.InvitationIssued invite(AgentInvitationRequest request);

  /** Invitations to open agent accounts, newest first. */
  List<AgentInvitationView> invitations();

  /** Cancels a pending invitation. */
  void revokeInvitation(InvitationId invitationId);

  /** Every prefecture agent, active first. */
  List<AgentView> agents();

  /**
   * Replaces an agent's departments; from their next request the agent sees and decides only on the
   * structures of the new departments.
   */
  AgentView changeDepartments(AccountId accountId, DepartmentsChange change);

  /** Deactivates an agent at once: their next request is refused (S11). */
  AgentView deactivate(AccountId accountId);
}
