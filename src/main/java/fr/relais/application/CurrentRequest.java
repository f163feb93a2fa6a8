package fr.relais.application;

import fr.relais.application.access.Applicant;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * What the interfaces layer learnt about the current request: its id, the client address and the
 * authenticated user, if any. Filled once by the request filters; read by the application layer
 * (journal attribution, authorization).
 */
@RequestScoped
public class CurrentRequest {
  private String requestId;
  private String clientAddress;
  private AuthenticatedUser user;
  private String authenticationMethod;
  private java.time.Instant authenticatedAt;
  private Applicant applicant;
  private java.util.UUID sessionRef;

  public String requestId() {
    return requestId;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public Optional<AuthenticatedUser> user() {
    return Optional.ofNullable(user);
  }

  /** "session" or "bearer" when a user is known. */
  public String authenticationMethod() {
    return authenticationMethod;
  }

  public void begin(String requestId, String clientAddress) {
    this.requestId = requestId;
    this.clientAddress = clientAddress;
  }

  public void authenticate(AuthenticatedUser user, String method) {
    authenticate(user, method, null);
  }

  /**
   * @param authenticatedAt when the provider last authenticated the user ({@code auth_time}, S6),
   *     on Relais's clock; null when unknown, which never counts as recent
   */
  public void authenticate(
      AuthenticatedUser user, String method, java.time.Instant authenticatedAt) {
    this.user = user;
    this.authenticationMethod = method;
    this.authenticatedAt = authenticatedAt;
  }

  /** The signed-in session this request came with (F3), if it came with one. */
  public Optional<java.util.UUID> sessionRef() {
    return Optional.ofNullable(sessionRef);
  }

  public void sessionRef(java.util.UUID ref) {
    this.sessionRef = ref;
  }

  /** When the provider last authenticated the current user, if it said (S6). */
  public Optional<java.time.Instant> authenticatedAt() {
    return Optional.ofNullable(authenticatedAt);
  }

  /** A verified identity without an account, when no user is known (see {@link Applicant}). */
  public Optional<Applicant> applicant() {
    return user == null ? Optional.ofNullable(applicant) : Optional.empty();
  }

  /** Records a verified identity that has no account ("session" or "bearer"). */
  public void identifyApplicant(Applicant applicant, String method) {
    this.applicant = applicant;
    this.authenticationMethod = method;
  }
}
