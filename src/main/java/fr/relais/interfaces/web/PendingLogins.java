package fr.relais.interfaces.web;

import fr.relais.infrastructure.oidc.PendingLogin;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The logins a browser session has started and not finished, keyed by state. Each state is taken
 * once (S2), expires after ten minutes, and a session keeps at most five.
 */
final class PendingLogins implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String ATTRIBUTE = "relais.pendingLogins";
  static final Duration LIFETIME = Duration.ofMinutes(10);
  private static final int MAX = 5;

  private final LinkedHashMap<String, PendingLogin> byState = new LinkedHashMap<>();

  static synchronized void add(HttpSession session, PendingLogin login) {
    PendingLogins all = of(session);
    all.byState.put(login.state(), login);
    while (all.byState.size() > MAX) {
      String oldest = all.byState.keySet().iterator().next();
      all.byState.remove(oldest);
    }
    session.setAttribute(ATTRIBUTE, all); // re-set so replicated sessions see the change
  }

  /** Removes and returns the login started with this state, if it is still fresh. */
  static synchronized Optional<PendingLogin> take(HttpSession session, String state, Instant now) {
    if (session == null || state == null) {
      return Optional.empty();
    }
    PendingLogins all = of(session);
    PendingLogin login = all.byState.remove(state);
    session.setAttribute(ATTRIBUTE, all);
    if (login == null || login.createdAt().plus(LIFETIME).isBefore(now)) {
      return Optional.empty();
    }
    return Optional.of(login);
  }

  private static PendingLogins of(HttpSession session) {
    Object value = session.getAttribute(ATTRIBUTE);
    return value instanceof PendingLogins p ? p : new PendingLogins();
  }

  Map<String, PendingLogin> view() {
    return Map.copyOf(byState);
  }
}
