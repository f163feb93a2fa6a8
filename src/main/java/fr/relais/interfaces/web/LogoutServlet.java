package fr.relais.interfaces.web;

import fr.relais.application.CurrentRequest;
import fr.relais.application.access.LoginService;
import fr.relais.infrastructure.oidc.OidcClient;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code POST /auth/logout}: ends the server session, tells the browser to drop what it kept (S44),
 * and sends it to the provider's end-session endpoint with {@code id_token_hint}, {@code state} and
 * {@code post_logout_redirect_uri} (S4). The form carries the session's anti-forgery token.
 */
@WebServlet("/auth/logout")
public class LogoutServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient OidcClient oidc;
  @Inject transient LoginService logins;
  @Inject transient CurrentRequest current;
  @Inject transient fr.relais.application.access.SessionService sessions;

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    HttpSession session = req.getSession(false);
    SessionPrincipal principal =
        session != null
                && session.getAttribute(SessionPrincipal.ATTRIBUTE) instanceof SessionPrincipal p
            ? p
            : null;
    // An applicant without account (A1) signs out the same way.
    ApplicantPrincipal applicant =
        principal == null
                && session != null
                && session.getAttribute(ApplicantPrincipal.ATTRIBUTE)
                    instanceof ApplicantPrincipal a
            ? a
            : null;
    if (principal == null && applicant == null) {
      res.sendRedirect(req.getContextPath() + "/");
      return;
    }
    String expected = principal != null ? principal.csrfToken() : applicant.csrfToken();
    String token = req.getParameter("csrf");
    if (token == null
        || !MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      res.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    current.user().ifPresent(user -> logins.recordLogout(user, "user"));
    current.applicant().ifPresent(a -> logins.recordLogout(a, "user"));
    sessions.closeCurrent(); // F3: ended on the database too, for every node
    session.invalidate();
    res.setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
    URI target =
        oidc.endSessionUri(
                principal != null ? principal.providerId() : applicant.providerId(),
                principal != null ? principal.idToken() : applicant.idToken())
            .orElse(oidc.postLogoutRedirectUri());
    res.sendRedirect(target.toString());
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader("Allow", "POST");
    res.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
