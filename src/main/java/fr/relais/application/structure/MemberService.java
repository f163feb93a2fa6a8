package fr.relais.application.structure;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.access.InvitationId;
import fr.relais.domain.model.structure.StructureId;
import java.time.Instant;
import java.util.List;

/**
 * Members of a structure (A3): invitations, roles, habilitations and deactivation. Every member has
 * their own login; nothing is shared.
 */
public interface MemberService {

  /** What the administrator asks for. */
  record InvitationRequest(String role, Boolean identityChecker, Boolean protectedCases) {}

  /** A new invitation; {@code link} carries the token and is shown only this once. */
  record InvitationIssued(String id, String role, Instant expiresAt, String link) {}

  /** An invitation as listed (never with its token). */
  record InvitationView(
      String id,
      String role,
      boolean identityChecker,
      boolean protectedCases,
      String status,
      Instant createdAt,
      Instant expiresAt) {}

  /** A member as the administrator sees them. */
  record MemberView(
      String accountId,
      String displayName,
      String role,
      boolean identityChecker,
      boolean protectedCases,
      boolean active,
      Instant deactivatedAt,
      long caseloadSize) {}

  /** Changes to a member; null leaves a value as it is. */
  record MemberChange(String role, Boolean identityChecker, Boolean protectedCases) {}

  /** The outcome of signing in with an invitation. */
  enum Acceptance {
    ACCEPTED,
    INVALID,
    EXPIRED,
    ALREADY_USED,
    REVOKED
  }

  InvitationIssued invite(StructureId structureId, InvitationRequest request);

  List<InvitationView> invitations(StructureId structureId);

  void revokeInvitation(StructureId structureId, InvitationId invitationId);

  List<MemberView> members(StructureId structureId);

  MemberView change(StructureId structureId, AccountId accountId, MemberChange change);

  /** Who takes over the people that only the departing member followed. */
  record Deactivation(String handOverTo) {}

  /**
   * Deactivates a member at once: their next request is refused (S11). The people only they
   * followed move to {@code handOverTo} in the same transaction, so no one is left without a
   * member; without a hand-over target, such a deactivation is refused.
   */
  MemberView deactivate(StructureId structureId, AccountId accountId, Deactivation deactivation);

  /** Whether a token names a pending invitation, for the landing page. */
  Acceptance check(String token);

  /**
   * Creates the account of an identity that signed in with an invitation and has no account yet,
   * binding the invitation to it for good: a member of the invitation's structure, or a prefecture
   * agent covering the invitation's departments (see {@link PrefectureAgentService}). An identity
   * on the blocked list of anyone the structure follows — its login, or the address its provider
   * vouched for ({@code verifiedEmail}, may be null) — is answered as for an invalid link, the
   * invitation withdrawn and her followers and the structure's administrators alerted (F5, S46).
   */
  Acceptance accept(
      String token, ExternalIdentity identity, String displayName, String verifiedEmail);
}
