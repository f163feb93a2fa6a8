package fr.relais.interfaces.faces.identity;

import fr.relais.application.ConflictException;
import fr.relais.application.NotFoundException;
import fr.relais.application.identity.EmailChangeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The pages the links of an email change open, for whoever holds them: opening one only shows where
 * it stands (S30: a HEAD, a GET or a mail client's preview consumes nothing); its button confirms
 * the new address, or freezes her access from the old one. The token travels in the form, never in
 * the session.
 */
@Named("emailLink")
@RequestScoped
public class EmailLinkBean {

  @Inject EmailChangeService changes;

  private String token;
  private String state;

  public void loadConfirmation() {
    state = lookup(true);
  }

  public void loadFreeze() {
    state = lookup(false);
  }

  private String lookup(boolean confirmation) {
    try {
      return confirmation ? changes.lookup(token).status() : changes.lookupFreeze(token).status();
    } catch (NotFoundException e) {
      return "INVALID";
    }
  }

  public void confirm() {
    state = act(true);
  }

  public void freeze() {
    state = act(false);
  }

  private String act(boolean confirmation) {
    try {
      return confirmation ? changes.confirm(token).status() : changes.freeze(token).status();
    } catch (NotFoundException e) {
      return "INVALID";
    } catch (ConflictException e) {
      // The link's state has moved on (used, expired, stale): show it as it is now.
      String now = lookup(confirmation);
      return "PENDING".equals(now) ? "LOCKED" : now;
    }
  }

  public boolean isPending() {
    return "PENDING".equals(state);
  }

  public String getState() {
    return state == null ? "INVALID" : state;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
