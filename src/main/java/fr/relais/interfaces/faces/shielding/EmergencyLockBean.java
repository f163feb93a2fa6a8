package fr.relais.interfaces.faces.shielding;

import fr.relais.application.access.ReauthenticationRequiredException;
import fr.relais.application.shielding.EmergencyLockService;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import fr.relais.interfaces.faces.Reauthentication;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The emergency-lock card of a person's file (F6): lock her own access at once; the administrator's
 * half of the release, after signing in again (S6).
 */
@Named("emergencyLock")
@ViewScoped
public class EmergencyLockBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject EmergencyLockService locks;

  private PersonId personId;
  private transient EmergencyLockService.LockView view;
  private boolean reauthenticate;

  public EmergencyLockService.LockView view(PersonId id) {
    if (view == null || !id.equals(personId)) {
      personId = id;
      view = locks.get(id);
    }
    return view;
  }

  public void lock() {
    Messages.attempt(
        "emergency.alreadyLocked",
        () -> {
          view = locks.lock(personId);
          Messages.info("emergency.locked");
        });
  }

  public void release() {
    reauthenticate = false;
    try {
      Messages.attempt(
          () -> {
            view = locks.releaseAsAdministrator(personId);
            Messages.info(view.locked() ? "emergency.releasedWaiting" : "emergency.lifted");
          });
    } catch (ReauthenticationRequiredException e) {
      reauthenticate = true;
      Messages.error("emergency.reauthenticate");
    }
  }

  public boolean isReauthenticate() {
    return reauthenticate;
  }

  /** Where the administrator signs in again, coming back to this tab (S6). */
  public String getReauthenticationPath() {
    return Reauthentication.path("/app/person.xhtml?id=" + personId + "&tab=access");
  }
}
