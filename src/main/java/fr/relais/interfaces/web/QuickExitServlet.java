package fr.relais.interfaces.web;

import fr.relais.application.CurrentRequest;
import fr.relais.application.access.LoginService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code /exit}: the quick-exit control of an accompanied person's pages (S44). One click (or
 * Escape twice) ends the Relais session at once, tells the browser to drop what it kept, and lands
 * on a neutral outside page; the page script replaces the history entry so that "Back" does not
 * return to the file. It answers GET so that it works as a plain link, without scripts and without
 * a form: the worst a forged request can do is sign the person out.
 */
@WebServlet("/exit")
public class QuickExitServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient LoginService logins;
  @Inject transient CurrentRequest current;

  @Inject
  @ConfigProperty(name = "relais.quick-exit-url", defaultValue = "https://meteofrance.com/")
  transient String neutralUrl;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    current.user().ifPresent(user -> logins.recordLogout(user, "quick-exit"));
    HttpSession session = req.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    res.setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
    res.setHeader("Cache-Control", "no-store");
    res.setStatus(HttpServletResponse.SC_SEE_OTHER);
    res.setHeader("Location", neutralUrl);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    doGet(req, res);
  }
}
