package fr.relais.application.notification.internal;

import fr.relais.application.notification.Outbox;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.OutboxMail;
import fr.relais.domain.model.notification.OutboxRepository;
import fr.relais.domain.model.notification.OutgoingMail;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;

/** The outbox's one writer: rows in the caller's transaction, on the machine's time. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class DefaultOutbox implements Outbox {

  @Inject OutboxRepository outbox;

  @Override
  public void toMember(OutgoingMail mail, Account member, NotificationKind kind) {
    outbox.add(
        new OutboxMail(
            mail,
            member.id().value(),
            member.structure().map(s -> s.value()).orElse(null),
            kind,
            TimeSource.machineTime()));
  }

  @Override
  public void toPerson(OutgoingMail mail, PersonId person, NotificationKind kind) {
    outbox.add(OutboxMail.toPerson(mail, person.value(), kind, TimeSource.machineTime()));
  }

  @Override
  public void toAddress(OutgoingMail mail, NotificationKind kind) {
    outbox.add(new OutboxMail(mail, null, null, kind, TimeSource.machineTime()));
  }

  @Override
  public void toDigests(List<AccountId> members, NotificationKind kind) {
    outbox.addDigestItems(members, kind, TimeSource.machineTime());
  }
}
