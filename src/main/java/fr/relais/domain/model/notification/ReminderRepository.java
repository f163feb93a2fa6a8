package fr.relais.domain.model.notification;

import fr.relais.domain.model.access.AccountId;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** Where reminders are kept, read and written by whole pages (one query, one batch). */
public interface ReminderRepository {

  /** Of these reminders, the identities ({@link Reminder#identity()}) already recorded. */
  Set<Reminder> existing(Collection<Reminder> candidates);

  /** Records these reminders (none of them recorded yet), created at {@code at}. */
  void addAll(Collection<Reminder> reminders, Instant at);

  /** A member's reminders, newest first, at most {@code limit}. */
  java.util.List<Recorded> latest(AccountId member, int limit);

  /** A reminder as recorded: its id and when it was created. */
  record Recorded(java.util.UUID id, Reminder reminder, Instant createdAt) {}
}
