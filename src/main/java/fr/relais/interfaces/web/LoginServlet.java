package fr.relais.interfaces.web;

import fr.relais.domain.shared.TimeSource;
import fr.relais.infrastructure.oidc.OidcClient;
import fr.relais.infrastructure.oidc.OidcProviders;
import fr.relais.interfaces.faces.structure.AccreditationRequestBean;
import fr.relais.interfaces.faces.structure.InvitationBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Starts a login: {@code GET /auth/login?provider=<id>} redirects to the provider (H1, S2); {@code
 * &intent=accreditation-request} marks a login meant to file a structure's request (A1); {@code
 * &prompt=login} asks the provider to authenticate again (S6), and {@code &return=/app/...} names
 * the page to go back to afterwards — only a path of Relais's own pages, never another site.
 */
@WebServlet("/auth/login")
public class LoginServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String RETURN_PATH = "relais.returnPath";

  @Inject transient OidcClient oidc;
  @Inject transient OidcProviders providers;
  @Inject transient TimeSource clock;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String provider = req.getParameter("provider");
    HttpSession current = req.getSession(false);
    if (provider == null
        && current != null
        && current.getAttribute(SessionPrincipal.ATTRIBUTE) instanceof SessionPrincipal signedIn) {
      // Signing in again (S6) goes back to the provider the user signed in with.
      provider = signedIn.providerId();
    }
    if (provider == null && providers.all().size() == 1) {
      provider = providers.all().iterator().next().id();
    }
    if (provider == null || providers.config(provider).isEmpty()) {
      res.sendRedirect(req.getContextPath() + "/");
      return;
    }
    try {
      OidcClient.Start start =
          oidc.begin(provider, "login".equals(req.getParameter("prompt")), clock.now());
      HttpSession session = req.getSession(true);
      PendingLogins.add(session, start.pending());
      // The latest login started decides whether it is meant to request accreditation (A1).
      if (AccreditationRequestBean.INTENT.equals(req.getParameter("intent"))) {
        session.setAttribute(
            AccreditationRequestBean.SESSION_INTENT, AccreditationRequestBean.INTENT);
        session.removeAttribute(InvitationBean.SESSION_TOKEN);
      } else {
        session.removeAttribute(AccreditationRequestBean.SESSION_INTENT);
      }
      // S6: a login asked again to confirm an action returns to the page it was asked from.
      String returnTo = req.getParameter("return");
      if (isReturnPath(returnTo)) {
        session.setAttribute(RETURN_PATH, returnTo);
      } else {
        session.removeAttribute(RETURN_PATH);
      }
      res.sendRedirect(start.redirect().toString());
    } catch (OidcProviders.ProviderUnavailableException e) {
      log("OpenID provider " + provider + " unavailable: " + e.getMessage());
      res.sendRedirect(req.getContextPath() + "/auth-error.xhtml?reason=PROVIDER_UNAVAILABLE");
    }
  }

  /**
   * A page of Relais to go back to: {@code /app/} followed by a page name and at most a query of
   * plain characters. Anything else — another host, a scheme, {@code //}, a backslash, an encoded
   * character — is ignored (no open redirect).
   */
  static boolean isReturnPath(String path) {
    return path != null
        && path.length() <= 200
        && path.matches("/app/[a-z-]+\\.xhtml(\\?[A-Za-z0-9=&_-]*)?");
  }

  /** The return path a login started with, removed from the session; null if none. */
  static String takeReturnPath(HttpSession session) {
    if (session == null) {
      return null;
    }
    Object path = session.getAttribute(RETURN_PATH);
    session.removeAttribute(RETURN_PATH);
    return path instanceof String p && isReturnPath(p) ? p : null;
  }
}
