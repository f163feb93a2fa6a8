package fr.relais.infrastructure.oidc;

/** A login response that failed a check. */
public class LoginRefusedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final LoginFailure failure;
  private final String providerId;

  public LoginRefusedException(String providerId, LoginFailure failure, Throwable cause) {
    super(failure.name(), cause);
    this.failure = failure;
    this.providerId = providerId;
  }

  public LoginFailure failure() {
    return failure;
  }

  public String providerId() {
    return providerId;
  }
}
