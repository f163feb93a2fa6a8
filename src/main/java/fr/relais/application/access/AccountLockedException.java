package fr.relais.application.access;

/**
 * The accompanied person's own access is under an emergency lock (F6): nothing of her file is shown
 * and nothing changes until she and the structure's administrator have both released it.
 */
public class AccountLockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccountLockedException(String action) {
    super(action + ": the account is locked");
  }
}
