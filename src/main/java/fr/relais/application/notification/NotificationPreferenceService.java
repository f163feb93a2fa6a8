package fr.relais.application.notification;

import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.NotificationMode;
import java.util.Map;

/** A member's own choice of how to hear of each kind of event. */
public interface NotificationPreferenceService {

  /** Every kind, with the member's mode or the kind's default; and the address mail goes to. */
  record Preferences(String email, Map<NotificationKind, NotificationMode> modes) {}

  Preferences mine();

  /** Changes the given kinds; a kind or mode that does not exist is refused, nothing changed. */
  Preferences change(Map<String, String> modes);
}
