package fr.relais.interfaces.faces.identity;

import fr.relais.application.TooManyAttemptsException;
import fr.relais.application.access.ReauthenticationRequiredException;
import fr.relais.application.identity.EmailChangeService;
import fr.relais.application.identity.IdentityVerificationRequiredException;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import fr.relais.interfaces.faces.Reauthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The email change on both sides (E1, S30-S32): the member's card on her file (a new address, the
 * changes and the flagged addresses) and her own, record by record, in her space. Nothing is kept
 * beyond the request.
 */
@Named("emailChange")
@RequestScoped
public class EmailChangeBean {

  @Inject EmailChangeService changes;

  private final Map<PersonId, List<EmailChangeService.ChangeView>> history = new HashMap<>();
  private final Map<PersonId, List<EmailChangeService.FlagView>> flags = new HashMap<>();
  private String email;
  private String flagEmail;
  private String reason;
  private String reauthenticateTo;

  /** The member proposes a new address; a link goes to it. */
  public void start(PersonId personId) {
    run("/app/person.xhtml?id=" + personId, () -> changes.start(personId, request()));
  }

  /** She proposes a new address for one of her records. */
  public void startMine(String personId) {
    run("/app/my-file.xhtml", () -> changes.startMine(PersonId.parse(personId), request()));
  }

  private EmailChangeService.Request request() {
    String typed = email;
    email = null;
    return new EmailChangeService.Request(typed);
  }

  private void run(String page, Messages.Action action) {
    try {
      Messages.attempt(
          "emailChange.conflict",
          () -> {
            action.run();
            Messages.info("emailChange.sent");
          });
    } catch (ReauthenticationRequiredException e) {
      reauthenticateTo = Reauthentication.path(page); // S6
      Messages.error("emailChange.reauthenticate");
    } catch (IdentityVerificationRequiredException e) {
      Messages.info("emailChange.identityRequired", e.maxAge().toDays());
    } catch (TooManyAttemptsException e) {
      Messages.info("emailChange.wait", Math.max(1, e.retryAfter().toSeconds()));
    }
    history.clear();
  }

  /** The member flags an address as possibly controlled by someone else (S32). */
  public void flag(PersonId personId) {
    String typed = flagEmail;
    String why = reason;
    flagEmail = null;
    reason = null;
    Messages.attempt(
        "emailChange.alreadyFlagged",
        () -> {
          changes.flag(personId, new EmailChangeService.FlagRequest(typed, why));
          Messages.info("emailChange.flagged");
        });
    flags.clear();
    history.clear();
  }

  public List<EmailChangeService.ChangeView> history(PersonId personId) {
    return history.computeIfAbsent(personId, changes::history);
  }

  public List<EmailChangeService.ChangeView> mine(String personId) {
    return history.computeIfAbsent(PersonId.parse(personId), changes::mine);
  }

  public List<EmailChangeService.FlagView> flags(PersonId personId) {
    return flags.computeIfAbsent(personId, changes::flags);
  }

  /** Where to sign in again when the last start asked for it (S6); null otherwise. */
  public String getReauthenticateTo() {
    return reauthenticateTo;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getFlagEmail() {
    return flagEmail;
  }

  public void setFlagEmail(String flagEmail) {
    this.flagEmail = flagEmail;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
