package fr.relais.interfaces.faces.mailbox;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.NotFoundException;
import fr.relais.application.mailbox.MailboxService;
import fr.relais.application.notification.NotificationPreferenceService;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.NotificationMode;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.interfaces.faces.Messages;
import fr.relais.interfaces.faces.ShellBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mailbox on the home page: urgent messages by due date, the member's notification choices,
 * and, for the operator, the quarantine as counts and dates.
 */
@Named("mailboxHome")
@RequestScoped
public class MailboxHomeBean {

  @Inject MailboxService mailbox;
  @Inject NotificationPreferenceService preferences;
  @Inject ShellBean shell;

  private List<MailboxService.MessageSummary> urgent;
  private NotificationPreferenceService.Preferences current;
  private final Map<String, String> modes = new LinkedHashMap<>();
  private MailboxService.QuarantineView quarantine;

  public List<MailboxService.MessageSummary> getUrgent() {
    if (urgent == null) {
      String structure = shell.getProfile() == null ? null : shell.getProfile().structureId();
      try {
        urgent = structure == null ? List.of() : mailbox.urgent(StructureId.parse(structure), 10);
      } catch (AccessDeniedException | NotFoundException e) {
        urgent = List.of();
      }
    }
    return urgent;
  }

  public NotificationPreferenceService.Preferences getPreferences() {
    if (current == null) {
      current = preferences.mine();
      Map<NotificationKind, NotificationMode> m = new EnumMap<>(current.modes());
      m.forEach(
          (k, v) -> {
            if (k.memberChoice()) {
              modes.putIfAbsent(k.name(), v.name());
            }
          });
    }
    return current;
  }

  /** The kinds a member of this role hears of. */
  public List<String> getKinds() {
    getPreferences();
    return List.copyOf(modes.keySet());
  }

  public Map<String, String> getModes() {
    getPreferences();
    return modes;
  }

  public List<String> getModeChoices() {
    return List.of("EACH", "DIGEST", "NONE");
  }

  public void savePreferences() {
    Messages.attempt(
        () -> {
          current = preferences.change(modes);
          Messages.info("notifications.saved");
        });
  }

  public MailboxService.QuarantineView getQuarantine() {
    if (quarantine == null) {
      quarantine = mailbox.quarantine();
    }
    return quarantine;
  }
}
