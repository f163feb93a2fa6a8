package fr.relais.application.access;

import java.time.Duration;

/**
 * The action needs the acting user to have authenticated at the provider recently (S6) and they
 * have not: the provider did not say when ({@code auth_time}), or it was longer ago than {@link
 * #maxAge()}. The answer is to sign in again with {@code prompt=login}; nothing was changed.
 */
public class ReauthenticationRequiredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Duration maxAge;

  public ReauthenticationRequiredException(String action, Duration maxAge) {
    super(action + ": a fresh authentication is required");
    this.maxAge = maxAge;
  }

  /** How recent the authentication must be. */
  public Duration maxAge() {
    return maxAge;
  }
}
