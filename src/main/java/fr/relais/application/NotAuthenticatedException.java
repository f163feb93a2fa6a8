package fr.relais.application;

/** The request carries no valid session or bearer token. */
public class NotAuthenticatedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotAuthenticatedException() {
    super("authentication required");
  }
}
