package fr.relais.application.access;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.NotAuthenticatedException;

/**
 * The one decision point for authorization (S10-S14), handed out as small evaluators, one per area.
 * Each rule is written once, in its evaluator, as a {@code can...} answer and a {@code require...}
 * that journals the refusal (in a transaction of its own, so that it survives the rollback of the
 * refused action) and throws. Application services ask; resources and pages never decide themselves
 * (pages may ask a {@code can...} to decide what to show).
 *
 * <p>A refusal answers 403 ({@link fr.relais.application.AccessDeniedException}) to who may know
 * the object exists, and exactly the answer for an unknown id (404, {@link
 * fr.relais.application.NotFoundException}) to anyone else (S40).
 */
public interface AccessPolicy {

  /** The current user, or {@link NotAuthenticatedException} (401). */
  AuthenticatedUser requireAuthenticated();

  /**
   * Journals, for the signed-in caller, the refusal of {@code action} on something its address
   * names by an id that cannot exist (a malformed id, answered at the edge like an unknown one,
   * S40): a probe is journaled as the service journals an unknown id. Nobody signed in: nothing.
   */
  void refuseUnknown(String action);

  /** The platform's own administration: the operator's. */
  PlatformEvaluator platform();

  /** Structures, their accreditation and their members. */
  StructureEvaluator structures();

  /** Accompanied people: who sees them, their file, who corrects it. */
  PersonEvaluator persons();

  /** Sealed data (F2): who reads it. */
  SealedEvaluator sealed();

  /** A person's protected status, her blocked list and emergency lock (F1, F5, F6). */
  ProtectionEvaluator protection();

  /** Procedures, deadlines and blockages. */
  ProcedureEvaluator procedures();

  /** Mandates and acting on a person's behalf (B2). */
  MandateEvaluator mandates();

  /** The structure's inbox, its messages, triage and the quarantine (A5). */
  MailboxEvaluator mailbox();

  /** Identity checks, email changes, takeover claims, fresh authentication (D1, E1, E3, S6). */
  IdentityEvaluator identity();

  /** An accompanied person's own space. */
  OwnSpaceEvaluator own();
}
