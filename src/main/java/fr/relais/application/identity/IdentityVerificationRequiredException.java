package fr.relais.application.identity;

import java.time.Duration;

/**
 * A sensitive operation on a person's record needs her identity established at {@link #level()} or
 * above within {@link #maxAge()} (D1), and it is not; nothing was changed. The answer is to check
 * her identity again (in person, or through her own eIDAS login).
 */
public class IdentityVerificationRequiredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String level;
  private final Duration maxAge;

  public IdentityVerificationRequiredException(String action, String level, Duration maxAge) {
    super(action + ": her identity must be verified again");
    this.level = level;
    this.maxAge = maxAge;
  }

  public String level() {
    return level;
  }

  public Duration maxAge() {
    return maxAge;
  }
}
