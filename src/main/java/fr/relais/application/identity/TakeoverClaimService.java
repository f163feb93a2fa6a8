package fr.relais.application.identity;

import fr.relais.application.Page;
import fr.relais.application.file.DocumentService;
import fr.relais.domain.model.administration.TakeoverClaimId;
import fr.relais.domain.model.document.DocumentVersionId;
import fr.relais.domain.model.person.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Recovery of a usurped administration account (E3, S33) — Madame B in one working day. A member
 * who may change her address (under her mandate; her identity verified recently, the member freshly
 * authenticated: {@link SensitiveOperations}) files a claim: the account (by its identifier), the
 * intruder's known addresses, what happened, whether the intruder also held her own access to
 * Relais, since when. A prefecture agent covering the structure's department approves or rejects
 * it, freshly authenticated — never the filer, never anyone of the filer's structure. A claim
 * waiting more than a working day is escalated to the department's agents.
 *
 * <p>On approval, in one transaction: the account's address is moved to her sub-address; the
 * intruder's addresses are flagged (removed from her contact, never hers again, never written to)
 * and added to her blocked persons; if the intruder held her own access, that link ends with every
 * session, code and pending link of it; what was filed since the account was held is marked for
 * review on her file. The intruder is told nothing (S45). Every step is journaled, never an
 * address.
 */
public interface TakeoverClaimService {

  /** What the filer sends. {@code service}: {@code ANEF} (default) or {@code OTHER}. */
  record NewClaim(
      String identifier,
      String service,
      String serviceLabel,
      List<String> intruderAddresses,
      String description,
      Boolean ownAccessHeld,
      LocalDate heldSince,
      List<String> attachmentIds) {}

  /** A document of her file attached to the claim as evidence (its title stays on her file). */
  record AttachmentView(String versionId, String type, String mediaType, long size) {}

  /**
   * A claim as the filer's structure or the deciding agent sees it. {@code intruderAddresses}: only
   * for who may read her sealed data, or the agent deciding; otherwise {@code null}.
   */
  record ClaimView(
      String id,
      String personId,
      String personName,
      String structureName,
      String status,
      String accountId,
      String description,
      int intruderCount,
      List<String> intruderAddresses,
      boolean ownAccessHeld,
      LocalDate heldSince,
      String identityLevel,
      String filedBy,
      Instant filedAt,
      Instant escalateAt,
      Instant escalatedAt,
      String decidedBy,
      Instant decidedAt,
      String decisionReason,
      List<AttachmentView> attachments,
      int frozenProcedures) {}

  /** The decision. {@code decision}: {@code APPROVE} or {@code REJECT} (a reason required). */
  record Decision(String decision, String reason) {}

  ClaimView file(PersonId personId, NewClaim claim);

  /** The claims of her file, newest first (who may correct her record). */
  List<ClaimView> forPerson(PersonId personId);

  /**
   * The agent's queue: one page of the claims of the structures of their departments, in a status,
   * oldest first.
   */
  Page<ClaimView> queue(String status, String after, Integer limit);

  ClaimView decide(TakeoverClaimId claimId, Decision decision);

  /**
   * An attachment's content, for the agent who may decide the claim or for who may open that item
   * of her file; the reading is journaled (a sealed one as a sealed-data opening).
   */
  DocumentService.Download attachment(TakeoverClaimId claimId, DocumentVersionId versionId);

  /**
   * Escalates the pending claims past their working day to the department's agents, once each,
   * claimed so that two nodes never escalate the same one. Returns how many.
   */
  int escalateDue();
}
