package fr.relais.application.notification.internal;

import fr.relais.application.notification.NotificationComposer;
import fr.relais.application.notification.Notifications;
import fr.relais.application.notification.Outbox;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.NotificationMode;
import fr.relais.domain.model.notification.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Notifications in the caller's transaction, through the one {@link Outbox}. */
@ApplicationScoped
public class DefaultNotifications implements Notifications {

  @Inject AccountRepository accounts;
  @Inject OutboxRepository preferences;
  @Inject Outbox outbox;
  @Inject NotificationComposer composer;

  @Override
  @Transactional(TxType.MANDATORY)
  public void tell(AccountId member, NotificationKind kind) {
    tellAll(List.of(member), kind);
  }

  @Override
  @Transactional(TxType.MANDATORY)
  public void tellAll(List<AccountId> members, NotificationKind kind) {
    if (members.isEmpty()) {
      return;
    }
    Set<AccountId> distinct = new LinkedHashSet<>(members);
    Map<AccountId, Account> found =
        accounts.findAll(distinct).stream()
            .collect(Collectors.toMap(Account::id, Function.identity(), (a, b) -> a));
    Map<AccountId, NotificationMode> chosen = preferences.preferences(distinct, kind);
    List<AccountId> digest = new ArrayList<>();
    for (AccountId member : members) {
      Account a = found.get(member);
      if (a == null || !a.isActive() || a.email().isEmpty()) {
        continue;
      }
      switch (chosen.getOrDefault(member, kind.defaultMode())) {
        case EACH -> outbox.toMember(composer.compose(a.email().get(), a.locale(), kind), a, kind);
        case DIGEST -> digest.add(member);
        case NONE -> {
          // in the application only
        }
      }
    }
    if (!digest.isEmpty()) {
      outbox.toDigests(digest, kind);
    }
  }
}
