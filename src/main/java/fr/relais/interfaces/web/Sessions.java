package fr.relais.interfaces.web;

import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.shared.TimeSource;
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

  /**
   * Signs {@code user} in on a new session id (S5), keeping the original sign-in time; {@code
   * authenticatedAt} is when the provider last authenticated them (S6), or null; {@code sessionRef}
   * is the session's record (F3, {@link fr.relais.application.access.SessionService#open}).
   */
  static void signIn(
      HttpServletRequest req,
      AuthenticatedUser user,
      String providerId,
      String idToken,
      Instant signedInAt,
      Instant authenticatedAt,
      java.util.UUID sessionRef) {
    req.changeSessionId(); // S5: new session id at login
    HttpSession session = req.getSession();
    session.removeAttribute(ApplicantPrincipal.ATTRIBUTE);
    session.setAttribute(
        SessionPrincipal.ATTRIBUTE,
        new SessionPrincipal(
            user.accountId().value(),
            providerId,
            idToken,
            signedInAt,
            csrfToken(),
            authenticatedAt,
            sessionRef));
  }

  /**
   * What the person will recognise a session by (F3): the browser's family and system, from its
   * User-Agent, coarsely — never the full string, never an address.
   */
  static String client(HttpServletRequest req) {
    String ua = String.valueOf(req.getHeader("User-Agent"));
    String browser =
        ua.contains("Edg/")
            ? "Edge"
            : ua.contains("Firefox/")
                ? "Firefox"
                : ua.contains("Chrome/") || ua.contains("Chromium/")
                    ? "Chrome"
                    : ua.contains("Safari/") ? "Safari" : "?";
    String system =
        ua.contains("Android")
            ? "Android"
            : ua.contains("iPhone") || ua.contains("iPad")
                ? "iOS"
                : ua.contains("Windows")
                    ? "Windows"
                    : ua.contains("Mac OS") ? "macOS" : ua.contains("Linux") ? "Linux" : "?";
    return browser + " · " + system;
  }

  /**
   * A provider's {@code auth_time} (on the real clock) as an instant on Relais's clock, so that its
   * age is measured like every other of Relais's durations — also on a test installation whose
   * clock the operator moved. Null stays null.
   */
  static Instant onRelaisClock(Instant providerTime, Instant relaisNow) {
    if (providerTime == null) {
      return null;
    }
    java.time.Duration age = java.time.Duration.between(providerTime, TimeSource.machineTime());
    return relaisNow.minus(age.isNegative() ? java.time.Duration.ZERO : age);
  }
}
