package fr.relais.application;

/**
 * The one decision point for authorization (S10-S14). Each rule is written once here as a {@code
 * can...} answer and a {@code require...} that journals the refusal and throws. Resources and pages
 * never decide themselves; they call application services, which call this.
 */
public interface AccessPolicy {

  /** The current user, or {@link NotAuthenticatedException}. */
  AuthenticatedUser requireAuthenticated();

  /** Only the platform operator verifies the journal (S51: access to the journal is restricted). */
  boolean canVerifyJournal(AuthenticatedUser user);

  /**
   * @see #canVerifyJournal(AuthenticatedUser)
   */
  AuthenticatedUser requireJournalVerification();

  /** Only the platform operator moves the clock of a test installation. */
  boolean canControlClock(AuthenticatedUser user);

  /**
   * @see #canControlClock(AuthenticatedUser)
   */
  AuthenticatedUser requireClockControl();
}
