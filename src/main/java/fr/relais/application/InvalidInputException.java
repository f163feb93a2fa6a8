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

  /**
   * The refusal a domain object's {@link IllegalArgumentException} means: its message {@code
   * "field: reason"} names the field; a message without one is about {@code defaultField}.
   */
  public static InvalidInputException from(IllegalArgumentException e, String defaultField) {
    String message = String.valueOf(e.getMessage());
    int colon = message.indexOf(':');
    if (colon > 0 && message.substring(0, colon).matches("[A-Za-z][A-Za-z.]*")) {
      return new InvalidInputException(
          message.substring(0, colon), message.substring(colon + 1).trim());
    }
    return new InvalidInputException(defaultField, message);
  }
}
