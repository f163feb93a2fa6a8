package fr.relais.application;

/**
 * The object changed since it was read, or the request conflicts with what exists (for example an
 * identity that already has an account); nothing was changed.
 */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final InvalidInputException.Violation violation;

  public ConflictException(String message) {
    super(message);
    this.violation = null;
  }

  /** A conflict the client can act on, named by the field it concerns and why (S71). */
  public ConflictException(String field, String reason) {
    super(field + ": " + reason);
    this.violation = new InvalidInputException.Violation(field, reason);
  }

  /** The field and reason, or null for a concurrent change. */
  public InvalidInputException.Violation violation() {
    return violation;
  }
}
