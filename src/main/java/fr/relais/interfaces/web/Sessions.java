package fr.relais.interfaces.web;

import fr.relais.application.AuthenticatedUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** Puts a signed-in user, or an applicant without account, in the browser session. */
final class Sessions {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Sessions() {}

  /** A new random anti-forgery token for the session's forms (logout). */
  static String csrfToken() {
    byte[] csrf = new byte[32];
    RANDOM.nextBytes(csrf);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(csrf);
  }

  /** Signs {@code user} in on a new session id (S5), keeping the original sign-in time. */
  static void signIn(
      HttpServletRequest req,
      AuthenticatedUser user,
      String providerId,
      String idToken,
      Instant signedInAt) {
    req.changeSessionId(); // S5: new session id at login
    HttpSession session = req.getSession();
    session.removeAttribute(ApplicantPrincipal.ATTRIBUTE);
    session.setAttribute(
        SessionPrincipal.ATTRIBUTE,
        new SessionPrincipal(
            user.accountId().value(), providerId, idToken, signedInAt, csrfToken()));
  }
}
