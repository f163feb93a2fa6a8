package fr.relais.domain.model.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** Where reminders are kept, read and written by whole pages (one query, one batch). */
public interface ReminderRepository {

  /** Of these reminders, the identities ({@link Reminder#identity()}) already recorded. */
  Set<Reminder> existing(Collection<Reminder> candidates);

  /** Records these reminders (none of them recorded yet), created at {@code at}. */
  void addAll(Collection<Reminder> reminders, Instant at);
}
