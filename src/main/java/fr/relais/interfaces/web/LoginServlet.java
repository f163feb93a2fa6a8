package fr.relais.interfaces.web;

import fr.relais.domain.shared.TimeSource;
import fr.relais.infrastructure.oidc.OidcClient;
import fr.relais.infrastructure.oidc.OidcProviders;
import fr.relais.interfaces.faces.AccreditationRequestBean;
import fr.relais.interfaces.faces.InvitationBean;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Starts a login: {@code GET /auth/login?provider=<id>} redirects to the provider (H1, S2); {@code
 * &intent=accreditation-request} marks a login meant to file a structure's request (A1).
 */
@WebServlet("/auth/login")
public class LoginServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient OidcClient oidc;
  @Inject transient OidcProviders providers;
  @Inject transient TimeSource clock;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String provider = req.getParameter("provider");
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
      res.sendRedirect(start.redirect().toString());
    } catch (OidcProviders.ProviderUnavailableException e) {
      log("OpenID provider " + provider + " unavailable: " + e.getMessage());
      res.sendRedirect(req.getContextPath() + "/auth-error.xhtml?reason=PROVIDER_UNAVAILABLE");
    }
  }
}
