package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.CurrentRequest;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.access.SessionService;
import fr.relais.application.journal.Journal;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountSession;
import fr.relais.domain.model.access.AccountSessionId;
import fr.relais.domain.model.access.AccountSessionRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sessions on the database (F3, S5); see {@link SessionService}. */
@ApplicationScoped
@Transactional
public class DefaultSessionService implements SessionService {

  /** More than anyone keeps open at once; the list is a safety net, not a history. */
  private static final int LIST_LIMIT = 50;

  @Inject AccountSessionRepository sessions;
  @Inject AccessPolicy policy;
  @Inject CurrentRequest current;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Inject
  @ConfigProperty(name = "relais.session.absolute-hours", defaultValue = "12")
  long absoluteHours;

  @Override
  public UUID open(AccountId account, String providerId, String client) {
    AccountSession s = new AccountSession(account, providerId, client, clock.now());
    sessions.add(s);
    return s.id();
  }

  @Override
  public boolean stillOpen(UUID ref, AccountId account) {
    if (ref == null) {
      return false;
    }
    Optional<AccountSession> s = sessions.find(ref);
    if (s.isEmpty() || !s.get().isOpen() || !s.get().account().equals(account)) {
      return false;
    }
    s.get().seen(clock.now());
    return true;
  }

  @Override
  public void closeCurrent() {
    current
        .sessionRef()
        .flatMap(sessions::find)
        .ifPresent(s -> s.end(AccountSession.Ending.LOGOUT, clock.now()));
  }

  @Override
  public List<SessionView> mine() {
    AuthenticatedUser user = policy.requireAuthenticated();
    UUID here = current.sessionRef().orElse(null);
    return open(user).stream()
        .map(
            s ->
                new SessionView(
                    s.id().toString(),
                    s.providerId(),
                    s.client(),
                    s.startedAt(),
                    s.lastSeenAt(),
                    s.id().equals(here)))
        .toList();
  }

  private List<AccountSession> open(AuthenticatedUser user) {
    Instant oldest = clock.now().minus(Duration.ofHours(absoluteHours));
    return sessions.open(user.accountId(), oldest, LIST_LIMIT);
  }

  @Override
  public void end(AccountSessionId sessionId) {
    AuthenticatedUser user = policy.requireAuthenticated();
    AccountSession s = sessions.find(sessionId.value()).orElse(null);
    if (s == null || !s.account().equals(user.accountId())) {
      // Someone else's session is answered like one that does not exist (S40).
      journal.recordSeparately(
          user.journal().about("session", null).refused("session.end", "UNKNOWN"));
      throw new NotFoundException();
    }
    s.end(AccountSession.Ending.ENDED_BY_OWNER, clock.now());
    journal.record(
        user.journal()
            .about("account", user.accountId().toString())
            .success(
                "session.end",
                s.id().equals(current.sessionRef().orElse(null)) ? "this" : "other"));
  }

  @Override
  public int endOthers() {
    AuthenticatedUser user = policy.requireAuthenticated();
    UUID here = current.sessionRef().orElse(null);
    int n = 0;
    Instant now = clock.now();
    for (AccountSession s : open(user)) {
      if (!s.id().equals(here)) {
        s.end(AccountSession.Ending.ENDED_BY_OWNER, now);
        n++;
      }
    }
    journal.record(
        user.journal()
            .about("account", user.accountId().toString())
            .success("session.end.others", n + " session(s)"));
    return n;
  }
}
