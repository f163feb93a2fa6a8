package fr.relais.application;

/** The object changed since it was read, or the change conflicts with its current state. */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
