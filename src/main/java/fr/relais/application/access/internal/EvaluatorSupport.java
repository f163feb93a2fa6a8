package fr.relais.application.access.internal;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.AuthenticatedUser;
import fr.relais.application.CurrentRequest;
import fr.relais.application.NotAuthenticatedException;
import fr.relais.application.NotFoundException;
import fr.relais.application.journal.Journal;
import fr.relais.domain.model.journal.JournalRecord;
import jakarta.inject.Inject;

/**
 * What every evaluator needs: the current user, and the two ways a refusal ends — journaled in a
 * transaction of its own ({@link Journal#recordSeparately}), so that the record survives the
 * rollback of the refused action, then answered 403 or as for an unknown id (404, S40).
 */
abstract class EvaluatorSupport {

  @Inject CurrentRequest request;
  @Inject Journal journal;

  /** The current user, or {@link NotAuthenticatedException}. */
  AuthenticatedUser currentUser() {
    return request.user().orElseThrow(NotAuthenticatedException::new);
  }

  /** Journals the refusal; the 403 to throw, named after its action. */
  AccessDeniedException forbidden(JournalRecord refusal) {
    return forbidden(refusal, refusal.action());
  }

  /** Journals the refusal; the 403 to throw, with this message. */
  AccessDeniedException forbidden(JournalRecord refusal, String message) {
    journal.recordSeparately(refusal);
    return new AccessDeniedException(message);
  }

  /** Journals the refusal; the answer for an id that does not exist (404, S40). */
  NotFoundException hidden(JournalRecord refusal) {
    journal.recordSeparately(refusal);
    return new NotFoundException();
  }

  /**
   * A refusal by role: journaled in the user's structure about {@code targetType}/{@code targetId}
   * with the detail {@code role <ROLE>}; 403.
   */
  AccessDeniedException forbiddenRole(
      AuthenticatedUser user, String action, String targetType, String targetId) {
    return forbidden(
        user.journal()
            .in(user.structure().map(s -> s.value()).orElse(null))
            .about(targetType, targetId)
            .refused(action, "role " + user.role()));
  }

  /** Whether the user is a member of this structure. */
  static boolean memberOf(
      AuthenticatedUser user, fr.relais.domain.model.structure.StructureId structure) {
    return user.structure().map(structure::equals).orElse(false);
  }
}
