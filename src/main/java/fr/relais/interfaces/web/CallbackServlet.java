package fr.relais.interfaces.web;

import fr.relais.application.LoginService;
import fr.relais.application.MemberService;
import fr.relais.application.PersonAccessService;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.shared.TimeSource;
import fr.relais.infrastructure.oidc.LoginFailure;
import fr.relais.infrastructure.oidc.LoginRefusedException;
import fr.relais.infrastructure.oidc.OidcClient;
import fr.relais.infrastructure.oidc.PendingLogin;
import fr.relais.infrastructure.oidc.VerifiedLogin;
import fr.relais.interfaces.faces.AccessLinkBean;
import fr.relais.interfaces.faces.InvitationBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The redirect URI: checks the provider's answer and, when every check passes and an account exists
 * for the (issuer, subject), signs the browser in on a new session id (S1, S2, S5). Every outcome
 * is journaled; every refusal leads to a plain page that explains it.
 */
@WebServlet("/auth/callback")
public class CallbackServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject transient OidcClient oidc;
  @Inject transient LoginService logins;
  @Inject transient TimeSource clock;
  @Inject transient MemberService members;
  @Inject transient PersonAccessService personAccess;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    HttpSession session = req.getSession(false);
    Optional<PendingLogin> pending =
        PendingLogins.take(session, req.getParameter("state"), clock.now());
    if (pending.isEmpty()) {
      logins.recordFailure(null, LoginFailure.STATE_UNKNOWN.name());
      refuse(req, res, LoginFailure.STATE_UNKNOWN);
      return;
    }
    VerifiedLogin verified;
    try {
      String query = req.getQueryString() == null ? "" : req.getQueryString();
      verified = oidc.complete(pending.get(), URI.create(oidc.redirectUri() + "?" + query));
    } catch (LoginRefusedException e) {
      log("login refused: " + e.failure() + " (provider " + e.providerId() + ")");
      logins.recordFailure(e.providerId(), e.failure().name());
      refuse(req, res, e.failure());
      return;
    }
    LoginService.Result result =
        logins.signIn(verified.providerId(), verified.identity(), verified.acr());
    String invitation =
        session == null ? null : (String) session.getAttribute(InvitationBean.SESSION_TOKEN);
    if (result instanceof LoginService.Result.NoAccount && invitation != null) {
      // A3, S7: the invitation binds to this identity, the first to sign in with it.
      session.removeAttribute(InvitationBean.SESSION_TOKEN);
      MemberService.Acceptance acceptance =
          members.accept(invitation, verified.identity(), verified.displayName());
      if (acceptance != MemberService.Acceptance.ACCEPTED) {
        refuse(req, res, LoginFailure.valueOf("INVITATION_" + acceptance.name()));
        return;
      }
      result = logins.signIn(verified.providerId(), verified.identity(), verified.acr());
    }
    String accessToken =
        session == null ? null : (String) session.getAttribute(AccessLinkBean.SESSION_TOKEN);
    if (accessToken != null && !(result instanceof LoginService.Result.Inactive)) {
      // An accompanied person's access link binds to this identity, the first to sign in with it;
      // never to a member's or an agent's account, never by email (S7).
      session.removeAttribute(AccessLinkBean.SESSION_TOKEN);
      PersonAccessService.Redemption redemption =
          personAccess.redeem(accessToken, verified.identity(), verified.displayName());
      if (redemption != PersonAccessService.Redemption.ACCEPTED) {
        refuse(req, res, LoginFailure.valueOf("ACCESS_" + redemption.name()));
        return;
      }
      result = logins.signIn(verified.providerId(), verified.identity(), verified.acr());
    }
    if (result instanceof LoginService.Result.SignedIn signedIn) {
      req.changeSessionId(); // S5: new session id at login
      byte[] csrf = new byte[32];
      RANDOM.nextBytes(csrf);
      req.getSession()
          .setAttribute(
              SessionPrincipal.ATTRIBUTE,
              new SessionPrincipal(
                  signedIn.user().accountId().value(),
                  verified.providerId(),
                  verified.idToken(),
                  clock.now(),
                  Base64.getUrlEncoder().withoutPadding().encodeToString(csrf)));
      boolean person = signedIn.user().role() == Role.BENEFICIARY;
      res.sendRedirect(req.getContextPath() + (person ? "/app/my-file.xhtml" : "/app/home.xhtml"));
    } else {
      refuse(
          req,
          res,
          result instanceof LoginService.Result.Inactive
              ? LoginFailure.ACCOUNT_INACTIVE
              : LoginFailure.NO_ACCOUNT);
    }
  }

  private static void refuse(HttpServletRequest req, HttpServletResponse res, LoginFailure failure)
      throws IOException {
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String page =
        failure == LoginFailure.NO_ACCOUNT
                || failure == LoginFailure.ACCOUNT_INACTIVE
                || failure.name().startsWith("INVITATION_")
                || failure.name().startsWith("ACCESS_")
            ? "/not-authorised.xhtml"
            : "/auth-error.xhtml";
    res.sendRedirect(req.getContextPath() + page + "?reason=" + failure.name());
  }
}
