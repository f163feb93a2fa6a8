package fr.relais.application.internal;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.AccessPolicy;
import fr.relais.application.AuthenticatedUser;
import fr.relais.application.CurrentRequest;
import fr.relais.application.Journal;
import fr.relais.application.NotAuthenticatedException;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.journal.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The rules of {@link AccessPolicy}, each decided here and nowhere else. */
@ApplicationScoped
public class DefaultAccessPolicy implements AccessPolicy {

  @Inject CurrentRequest request;
  @Inject Journal journal;

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

  /** Journals the refusal in its own transaction, then returns the exception to throw. */
  private AccessDeniedException refuse(
      AuthenticatedUser user, String action, String targetType, String targetId) {
    journal.recordSeparately(
        new JournalRecord(
            user.asJournalActor(),
            user.structure().map(s -> s.value()).orElse(null),
            action,
            targetType,
            targetId,
            null,
            Outcome.REFUSED,
            "role " + user.role()));
    return new AccessDeniedException(action);
  }
}
