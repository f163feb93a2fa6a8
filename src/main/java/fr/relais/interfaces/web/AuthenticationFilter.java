package fr.relais.interfaces.web;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.CurrentRequest;
import fr.relais.application.access.Applicant;
import fr.relais.application.access.LoginService;
import fr.relais.application.person.PersonAccessService;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.shared.TimeSource;
import fr.relais.infrastructure.oidc.BearerIdentity;
import fr.relais.infrastructure.oidc.OidcClient;
import fr.relais.interfaces.rest.Problems;
import fr.relais.interfaces.rest.structure.AccreditationRequestResource;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Establishes who is calling, once per request: from a bearer access token (API clients) or from
 * the HTTP session (browser). The account is read from the database on every request, so a
 * deactivated account loses access on its next request (S11). Enforces the absolute session
 * lifetime (S5). Where a write may come from is decided before, by {@link SameOriginFilter}.
 */
public class AuthenticationFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject transient CurrentRequest current;
  @Inject transient LoginService logins;
  @Inject transient OidcClient oidc;
  @Inject transient TimeSource clock;

  @Inject
  @ConfigProperty(name = "relais.session.absolute-hours", defaultValue = "12")
  transient long absoluteHours;

  @Inject transient PersonAccessService personAccess;
  @Inject transient fr.relais.application.shielding.EmergencyLockService emergencyLocks;
  @Inject transient fr.relais.application.access.SessionService sessions;
  @Inject transient fr.relais.application.access.AccessPolicy policy;

  @Inject
  @ConfigProperty(name = "relais.session.person-idle-seconds", defaultValue = "900")
  transient int personIdleSeconds;

  @Inject
  @ConfigProperty(name = "relais.session.protected-person-idle-seconds", defaultValue = "300")
  transient int protectedPersonIdleSeconds;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    if (path.startsWith("/jakarta.faces.resource/")) {
      chain.doFilter(req, res);
      return;
    }
    String authorization = req.getHeader("Authorization");
    if (authorization != null) {
      if (!authenticateBearer(authorization, path, res)) {
        return;
      }
    } else {
      authenticateSession(req);
    }
    if (current.user().isEmpty() && path.startsWith("/app/")) {
      res.sendRedirect(req.getContextPath() + "/");
      return;
    }
    chain.doFilter(req, res);
  }

  private boolean authenticateBearer(String authorization, String path, HttpServletResponse res)
      throws IOException {
    String token = null;
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      token = authorization.substring(7).trim();
    }
    Optional<BearerIdentity> identity =
        token == null || token.isEmpty() ? Optional.empty() : oidc.verifyAccessToken(token);
    if (identity.isEmpty()) {
      res.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      Problems.write(
          res,
          401,
          "unauthorized",
          "The access token is missing, invalid or expired.",
          current.requestId());
      return false;
    }
    Optional<AuthenticatedUser> user = logins.resolve(identity.get().identity());
    if (user.isEmpty() && AccreditationRequestResource.API_PATH.equals(path)) {
      // A1: the one endpoint open to a verified identity without account; AccessPolicy decides.
      current.identifyApplicant(
          new Applicant(identity.get().identity(), identity.get().displayName()), "bearer");
      return true;
    }
    if (user.isEmpty()) {
      Problems.write(
          res,
          403,
          "forbidden",
          "No active Relais account for this identity.",
          current.requestId());
      return false;
    }
    current.authenticate(
        user.get(), "bearer", Sessions.onRelaisClock(identity.get().authTime(), clock.now()));
    return true;
  }

  private void authenticateSession(HttpServletRequest req) {
    HttpSession session = req.getSession(false);
    if (session == null) {
      return;
    }
    if (session.getAttribute(ApplicantPrincipal.ATTRIBUTE)
        instanceof ApplicantPrincipal applicant) {
      authenticateApplicant(req, session, applicant);
      return;
    }
    if (!(session.getAttribute(SessionPrincipal.ATTRIBUTE) instanceof SessionPrincipal principal)) {
      return;
    }
    if (principal.signedInAt().plus(Duration.ofHours(absoluteHours)).isBefore(clock.now())) {
      session.invalidate(); // S5: absolute lifetime
      return;
    }
    Optional<AuthenticatedUser> user = logins.resolve(new AccountId(principal.accountId()));
    if (user.isEmpty()) {
      session.invalidate(); // S11: the account is gone or deactivated
      return;
    }
    if (!sessions.stillOpen(principal.sessionRef(), user.get().accountId())) {
      session.invalidate(); // F3: ended from another session, on any node
      return;
    }
    current.sessionRef(principal.sessionRef());
    boolean ownSpace = policy.own().canEnter(user.get());
    if (ownSpace
        && emergencyLocks
            .accountLockedSince(user.get().accountId())
            .map(principal.signedInAt()::isBefore)
            .orElse(false)) {
      session.invalidate(); // F6: an emergency lock ends every session opened before it
      return;
    }
    if (ownSpace) {
      // S5: an accompanied person's own session ends sooner when idle; a protected person's
      // sooner still. Read on every request, so a protection set meanwhile applies at once.
      session.setMaxInactiveInterval(
          personAccess.anyProtectedRecord(user.get().accountId())
              ? protectedPersonIdleSeconds
              : personIdleSeconds);
    }
    current.authenticate(user.get(), "session", principal.authenticatedAt());
  }

  /**
   * An applicant's session (A1): the identity without account that signed in to request
   * accreditation. Once the request has created their account, the session becomes an ordinary
   * signed-in one (journaled as a login) on a new session id.
   */
  private void authenticateApplicant(
      HttpServletRequest req, HttpSession session, ApplicantPrincipal applicant) {
    if (applicant.signedInAt().plus(Duration.ofHours(absoluteHours)).isBefore(clock.now())) {
      session.invalidate(); // S5: absolute lifetime
      return;
    }
    if (logins.resolve(applicant.identity()).isPresent()
        && logins.signIn(applicant.providerId(), applicant.identity(), null)
            instanceof LoginService.Result.SignedIn signedIn) {
      java.util.UUID ref =
          sessions.open(signedIn.user().accountId(), applicant.providerId(), Sessions.client(req));
      Sessions.signIn(
          req,
          signedIn.user(),
          applicant.providerId(),
          applicant.idToken(),
          applicant.signedInAt(),
          null,
          ref);
      current.sessionRef(ref);
      current.authenticate(signedIn.user(), "session", null);
      return;
    }
    current.identifyApplicant(
        new Applicant(applicant.identity(), applicant.displayName()), "session");
  }
}
