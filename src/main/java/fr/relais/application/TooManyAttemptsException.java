package fr.relais.application;

import java.time.Duration;

/** Too many attempts too quickly (S70): try again after {@link #retryAfter()}; nothing changed. */
public class TooManyAttemptsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public TooManyAttemptsException(Duration retryAfter) {
    super("too many attempts");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
