package fr.relais.application;

import java.util.List;

/** Input that breaks a rule; nothing was changed. Carries field-level reasons (S71). */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One field and why it was refused. */
  public record Violation(String field, String reason) implements java.io.Serializable {}

  private final transient List<Violation> violations;

  public InvalidInputException(String field, String reason) {
    this(List.of(new Violation(field, reason)));
  }

  public InvalidInputException(List<Violation> violations) {
    super("invalid input");
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
