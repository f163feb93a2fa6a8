package fr.relais.application.access;

import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.model.journal.JournalSubject;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.structure.StructureId;
import java.util.UUID;

/**
 * Identity checks, secure email changes, takeover claims, and the fresh authentication that
 * sensitive operations require (D1, E1, E3, S6, S21, S32, S33). Read on this request (S11).
 */
public interface IdentityEvaluator {

  /**
   * Who records an in-person identity check (D1, S21): a member of her structure who may open her
   * file and holds the <em>identity checker</em> habilitation.
   */
  boolean canCheckIdentity(AuthenticatedUser user, Person person);

  /** {@link #canCheckIdentity}, or 403 journaled {@code identity.check}, {@code HABILITATION}. */
  void requireCheckIdentity(Person person);

  /**
   * Who starts a change of her contact email, or files a takeover claim for her (E1, E3, S32): who
   * may correct her record, acting under a mandate of hers active today; for a protected person,
   * who may read her sealed data (F2).
   */
  boolean canChangeEmail(AuthenticatedUser user, Person person);

  /** {@link #canChangeEmail}, or 403 journaled {@code ROLE} under {@code action}. */
  void requireChangeEmail(Person person, String action);

  /** Who decides takeover claims: prefecture agents (E3, S33). */
  boolean canDecideTakeovers(AuthenticatedUser user);

  /** {@link #canDecideTakeovers}, or 403 journaled {@code takeover.queue}, {@code ROLE}. */
  AuthenticatedUser requireTakeoverQueue();

  /**
   * A prefecture agent covering a department of this structure decides its takeover claims (E3,
   * S33): never the filer, never a member of the filer's structure (403, {@code FILER_SIDE});
   * anyone else gets the answer for a claim that does not exist (404, {@code NOT_COVERED}).
   */
  AuthenticatedUser requireTakeoverDecision(StructureId structure, UUID filedBy);

  /**
   * Her file, for who reads a claim's evidence: the prefecture agent who may decide it ({@link
   * #requireTakeoverDecision}); a member, as {@link PersonEvaluator#requireSeeFile} under {@code
   * takeover.attachment}.
   */
  Person requireSeeClaimEvidence(StructureId structure, UUID filedBy, Person person);

  /**
   * One piece of a claim's evidence: the deciding agent reads it; a member under {@link
   * SealedEvaluator#canOpenItem}, else 403 journaled {@code takeover.attachment}, {@code
   * CLASSIFIED}.
   */
  void requireOpenClaimEvidence(Person person, boolean classified);

  /**
   * The current user authenticated at the provider within the configured window (S6: {@code
   * auth_time} of their login, asked for with {@code prompt=login} — never when Relais's session
   * began); otherwise the refusal is journaled ({@code REAUTHENTICATION}) and {@link
   * ReauthenticationRequiredException} asks them to sign in again.
   */
  AuthenticatedUser requireFreshAuthentication(String action, JournalSubject target);
}
