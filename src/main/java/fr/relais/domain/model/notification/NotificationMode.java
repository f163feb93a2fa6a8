package fr.relais.domain.model.notification;

/** How a member hears of one kind of event. */
public enum NotificationMode {
  /** A mail each time. */
  EACH,
  /** One mail a day at most, whatever happened. */
  DIGEST,
  /** In the application only. */
  NONE
}
