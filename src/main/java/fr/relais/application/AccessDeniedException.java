package fr.relais.application;

/** The access policy refused an action; already journaled when thrown. */
public class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
