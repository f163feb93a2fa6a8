package fr.relais.application;

/**
 * No such object — or one the caller may not know exists: the answer is the same either way, so
 * identifiers cannot be probed (S40).
 */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException() {
    super("not found");
  }
}
