package fr.relais.application.notification;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.notification.NotificationKind;

/**
 * What the rest of Relais calls to tell a member of something: in the caller's transaction, as the
 * member chose for that kind of event (a mail through the composer and the outbox, an item of the
 * daily digest, or nothing beyond the application). A member without a professional address, or no
 * longer active, gets nothing by mail.
 */
public interface Notifications {

  void tell(AccountId member, NotificationKind kind);

  /**
   * The same for each entry of {@code members} (a member listed twice is told twice), with the
   * members and their choices read once for the lot: a page of reminders costs a few queries.
   */
  void tellAll(java.util.List<AccountId> members, NotificationKind kind);
}
