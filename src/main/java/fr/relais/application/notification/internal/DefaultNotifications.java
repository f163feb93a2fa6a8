package fr.relais.application.notification.internal;

import fr.relais.application.notification.NotificationComposer;
import fr.relais.application.notification.Notifications;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.NotificationMode;
import fr.relais.domain.model.notification.OutboxMail;
import fr.relais.domain.model.notification.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Notifications in the caller's transaction: the outbox row commits with the change. Mail is timed
 * with system time, not Relais's clock: when to try a delivery is a matter of the machine.
 */
@ApplicationScoped
public class DefaultNotifications implements Notifications {

  @Inject AccountRepository accounts;
  @Inject OutboxRepository outbox;
  @Inject NotificationComposer composer;

  @Override
  @Transactional(TxType.MANDATORY)
  public void tell(AccountId member, NotificationKind kind) {
    Account a = accounts.find(member).orElse(null);
    if (a == null || !a.isActive() || a.email().isEmpty()) {
      return;
    }
    NotificationMode mode = outbox.preferences(member).getOrDefault(kind, kind.defaultMode());
    switch (mode) {
      case EACH ->
          outbox.add(
              new OutboxMail(
                  composer.compose(a.email().get(), a.locale(), kind),
                  member.value(),
                  a.structure().map(s -> s.value()).orElse(null),
                  kind,
                  java.time.Instant.now()));
      case DIGEST -> outbox.addDigestItem(member, kind, java.time.Instant.now());
      case NONE -> {
        // in the application only
      }
    }
  }
}
