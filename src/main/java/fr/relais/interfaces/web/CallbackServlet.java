package fr.relais.interfaces.web;

import fr.relais.application.access.LoginService;
import fr.relais.application.person.PersonAccessService;
import fr.relais.application.structure.MemberService;
import fr.relais.domain.shared.TimeSource;
import fr.relais.infrastructure.oidc.LoginFailure;
import fr.relais.infrastructure.oidc.LoginRefusedException;
import fr.relais.infrastructure.oidc.OidcClient;
import fr.relais.infrastructure.oidc.PendingLogin;
import fr.relais.infrastructure.oidc.VerifiedLogin;
import fr.relais.interfaces.faces.person.AccessLinkBean;
import fr.relais.interfaces.faces.structure.AccreditationRequestBean;
import fr.relais.interfaces.faces.structure.InvitationBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * The redirect URI: checks the provider's answer and, when every check passes and an account exists
 * for the (issuer, subject), signs the browser in on a new session id (S1, S2, S5). An identity
 * without account gets one through an invitation, or — when the login was started to request
 * accreditation — is let in as an applicant. Every outcome is journaled; every refusal leads to a
 * plain page that explains it.
 */
@WebServlet("/auth/callback")
public class CallbackServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient OidcClient oidc;
  @Inject transient LoginService logins;
  @Inject transient TimeSource clock;
  @Inject transient MemberService members;
  @Inject transient PersonAccessService personAccess;
  @Inject transient fr.relais.application.access.SessionService sessions;
  @Inject transient fr.relais.application.access.AccessPolicy policy;

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
    String invitation =
        session == null ? null : (String) session.getAttribute(InvitationBean.SESSION_TOKEN);
    String accessToken =
        session == null ? null : (String) session.getAttribute(AccessLinkBean.SESSION_TOKEN);
    // A1: a login started from the accreditation request page lets an identity without account in
    // as an applicant, who may do nothing but file the request. An invitation or a person's access
    // link takes precedence.
    boolean applying =
        invitation == null
            && accessToken == null
            && session != null
            && AccreditationRequestBean.INTENT.equals(
                session.getAttribute(AccreditationRequestBean.SESSION_INTENT));
    if (session != null) {
      session.removeAttribute(AccreditationRequestBean.SESSION_INTENT);
    }
    LoginService.Result result =
        applying
            ? logins.signInToApply(
                verified.providerId(), verified.identity(), verified.displayName(), verified.acr())
            : logins.signIn(verified.providerId(), verified.identity(), verified.acr());
    if (result instanceof LoginService.Result.NoAccount && invitation != null) {
      // A3, S7: the invitation binds to this identity, the first to sign in with it.
      session.removeAttribute(InvitationBean.SESSION_TOKEN);
      MemberService.Acceptance acceptance =
          members.accept(
              invitation, verified.identity(), verified.displayName(), verified.verifiedEmail());
      if (acceptance != MemberService.Acceptance.ACCEPTED) {
        refuse(req, res, LoginFailure.valueOf("INVITATION_" + acceptance.name()));
        return;
      }
      result = logins.signIn(verified.providerId(), verified.identity(), verified.acr());
    }
    if (accessToken != null && !(result instanceof LoginService.Result.Inactive)) {
      // An accompanied person's access link binds to this identity, the first to sign in with it;
      // never to a member's or an agent's account, never by email (S7).
      session.removeAttribute(AccessLinkBean.SESSION_TOKEN);
      PersonAccessService.Redemption redemption =
          personAccess.redeem(
              accessToken, verified.identity(), verified.displayName(), verified.verifiedEmail());
      if (redemption != PersonAccessService.Redemption.ACCEPTED) {
        refuse(req, res, LoginFailure.valueOf("ACCESS_" + redemption.name()));
        return;
      }
      result = logins.signIn(verified.providerId(), verified.identity(), verified.acr());
    }
    if (result instanceof LoginService.Result.Applying applicant) {
      req.changeSessionId(); // S5: new session id at login
      req.getSession()
          .setAttribute(
              ApplicantPrincipal.ATTRIBUTE,
              new ApplicantPrincipal(
                  applicant.applicant().identity(),
                  applicant.applicant().displayName(),
                  verified.providerId(),
                  verified.idToken(),
                  clock.now(),
                  Sessions.csrfToken()));
      res.sendRedirect(req.getContextPath() + AccreditationRequestBean.PAGE);
      return;
    }
    if (result instanceof LoginService.Result.SignedIn signedIn) {
      logins.rememberVerifiedEmail(signedIn.user().accountId(), verified.verifiedEmail());
      String returnTo = LoginServlet.takeReturnPath(session);
      Sessions.signIn(
          req,
          signedIn.user(),
          verified.providerId(),
          verified.idToken(),
          clock.now(),
          Sessions.onRelaisClock(verified.authTime(), clock.now()),
          sessions.open(signedIn.user().accountId(), verified.providerId(), Sessions.client(req)));
      // Someone who already has an account and came to request accreditation is told why they
      // cannot; someone who signed in again to confirm an action goes back to it (S6); everyone
      // else lands on their home page.
      boolean person = policy.own().canEnter(signedIn.user());
      res.sendRedirect(
          req.getContextPath()
              + (applying
                  ? AccreditationRequestBean.PAGE
                  : returnTo != null
                      ? returnTo
                      : person ? "/app/my-file.xhtml" : "/app/home.xhtml"));
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
