package fr.relais.application.notification.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.notification.NotificationPreferenceService;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.NotificationMode;
import fr.relais.domain.model.notification.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;

/** Members choose, kind by kind, how they hear of events; journaled like any preference. */
@ApplicationScoped
@Transactional
public class DefaultNotificationPreferenceService implements NotificationPreferenceService {

  @Inject AccessPolicy policy;
  @Inject OutboxRepository outbox;
  @Inject AccountRepository accounts;
  @Inject Journal journal;

  @Override
  public Preferences mine() {
    AuthenticatedUser user = policy.requireAuthenticated();
    return preferences(user);
  }

  @Override
  public Preferences change(Map<String, String> modes) {
    AuthenticatedUser user = policy.requireAuthenticated();
    if (modes == null || modes.isEmpty()) {
      throw new InvalidInputException("modes", "at least one kind of event");
    }
    Map<NotificationKind, NotificationMode> wanted = new EnumMap<>(NotificationKind.class);
    for (Map.Entry<String, String> e : modes.entrySet()) {
      NotificationKind kind;
      NotificationMode mode;
      try {
        kind = NotificationKind.valueOf(e.getKey());
      } catch (IllegalArgumentException | NullPointerException bad) {
        throw new InvalidInputException("modes", "unknown kind of event: " + e.getKey());
      }
      if (!kind.memberChoice()) {
        throw new InvalidInputException("modes", "not a member's choice: " + e.getKey());
      }
      try {
        mode = NotificationMode.valueOf(e.getValue());
      } catch (IllegalArgumentException | NullPointerException bad) {
        throw new InvalidInputException("modes." + e.getKey(), "EACH, DIGEST or NONE");
      }
      wanted.put(kind, mode);
    }
    wanted.forEach((k, m) -> outbox.setPreference(user.accountId(), k, m));
    journal.record(
        user.journal()
            .in(user.structure().map(s -> s.value()).orElse(null))
            .about("account", user.accountId())
            .success("account.notifications.update", wanted.toString()));
    return preferences(user);
  }

  private Preferences preferences(AuthenticatedUser user) {
    Map<NotificationKind, NotificationMode> chosen = outbox.preferences(user.accountId());
    Map<NotificationKind, NotificationMode> all = new EnumMap<>(NotificationKind.class);
    for (NotificationKind k : NotificationKind.values()) {
      if (k.memberChoice()) {
        all.put(k, chosen.getOrDefault(k, k.defaultMode()));
      }
    }
    String email = accounts.find(user.accountId()).flatMap(a -> a.email()).orElse(null);
    return new Preferences(email, all);
  }
}
