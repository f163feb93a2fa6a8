package fr.relais.application.access;

import fr.relais.application.AuthenticatedUser;

/**
 * The platform's own administration, the platform operator's only: the operator runs the service
 * and sees no one's data (S13). Every refusal is journaled with the detail {@code role <ROLE>} and
 * answered 403.
 */
public interface PlatformEvaluator {

  /** Whether this user administers the platform at all: the platform operator (S13). */
  boolean canAdminister(AuthenticatedUser user);

  /**
   * Verifying the journal's chain: the platform operator only (S51: access to the journal is
   * restricted; the verification reveals no content).
   */
  boolean canVerifyJournal(AuthenticatedUser user);

  /** {@link #canVerifyJournal}, or 403 journaled {@code journal.verify} about {@code journal}. */
  AuthenticatedUser requireVerifyJournal();

  /** Moving the clock of a test installation: the platform operator only. */
  boolean canControlClock(AuthenticatedUser user);

  /** {@link #canControlClock}, or 403 journaled {@code clock.shift} about {@code clock}. */
  AuthenticatedUser requireControlClock();

  /** Maintaining the catalogue of procedure types: the platform operator only. */
  boolean canEditCatalogue(AuthenticatedUser user);

  /** {@link #canEditCatalogue}, or 403 journaled {@code catalogue.edit} about the types. */
  AuthenticatedUser requireEditCatalogue();

  /**
   * The vault's administration (its master keys, re-wrapping after a rotation): the platform
   * operator only; a refusal is journaled about {@code vault} under {@code action}.
   */
  AuthenticatedUser requireAdministerVault(String action);

  /**
   * The retention job's settings and runs, and running it now (S61): the platform operator only; a
   * refusal is journaled about {@code retention} under {@code action}.
   */
  AuthenticatedUser requireAdministerRetention(String action);
}
