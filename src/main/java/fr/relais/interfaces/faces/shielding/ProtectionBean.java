package fr.relais.interfaces.faces.shielding;

import fr.relais.application.access.ReauthenticationRequiredException;
import fr.relais.application.shielding.ProtectionService;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.ProtectionReason;
import fr.relais.domain.shared.TimeSource;
import fr.relais.interfaces.faces.Messages;
import fr.relais.interfaces.faces.Reauthentication;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * The protection card of a person's file (F1): the status and the order's dates, the form that sets
 * or corrects them, the consent given in person and the lifting — which asks the administrator to
 * sign in again first (S6).
 */
@Named("protection")
@ViewScoped
public class ProtectionBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ProtectionService protection;
  @Inject TimeSource clock;

  private PersonId personId;
  private transient ProtectionService.ProtectionView view;
  private boolean reauthenticate;

  private String reason;
  private String since;
  private String court;
  private String issuedOn;
  private String endsOn;

  /** The status of this person's file, read once per view. */
  public ProtectionService.ProtectionView view(PersonId id) {
    if (view == null || !id.equals(personId)) {
      personId = id;
      view = protection.get(id);
      fill(view);
    }
    return view;
  }

  private void fill(ProtectionService.ProtectionView v) {
    reason = v.reason();
    since = v.since() == null ? clock.today().toString() : v.since().toString();
    court = v.order() == null ? null : v.order().court();
    issuedOn = v.order() == null ? null : v.order().issuedOn().toString();
    endsOn = v.order() == null ? null : v.order().endsOn().toString();
  }

  public List<String> getReasons() {
    return Arrays.stream(ProtectionReason.values()).map(Enum::name).toList();
  }

  /** Sets or corrects the status; the whole page is shown again, with the new status. */
  public String save() {
    boolean done =
        Messages.attempt(
            () -> {
              boolean was = view(personId).protectedPerson();
              view =
                  protection.protect(
                      personId,
                      new ProtectionService.ProtectionInput(
                          reason,
                          date(since, "since"),
                          blank(court) && blank(issuedOn) && blank(endsOn)
                              ? null
                              : new ProtectionService.Order(
                                  court,
                                  date(issuedOn, "order.issuedOn"),
                                  date(endsOn, "order.endsOn"))));
              fill(view);
              Messages.info(was ? "protection.updated" : "protection.set");
            });
    return done ? reload() : null;
  }

  private String reload() {
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getFlash()
        .setKeepMessages(true);
    return "/app/person?faces-redirect=true&id=" + personId;
  }

  public void recordConsent() {
    Messages.attempt(
        () -> {
          view = protection.recordConsentInPerson(personId);
          Messages.info("protection.consentRecorded");
        });
  }

  public String lift() {
    reauthenticate = false;
    try {
      boolean done =
          Messages.attempt(
              "protection.noConsent",
              () -> {
                view = protection.lift(personId);
                fill(view);
                Messages.info("protection.lifted");
              });
      return done ? reload() : null;
    } catch (ReauthenticationRequiredException e) {
      reauthenticate = true;
      Messages.error("protection.reauthenticate");
      return null;
    }
  }

  /** Where the administrator signs in again, coming back to this file (S6). */
  public String getReauthenticationPath() {
    return Reauthentication.path("/app/person.xhtml?id=" + personId);
  }

  /** Whether the last lifting asked the administrator to sign in again (S6). */
  public boolean isReauthenticate() {
    return reauthenticate;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static LocalDate date(String text, String field) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new fr.relais.application.InvalidInputException(field, "not a date (YYYY-MM-DD)");
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getSince() {
    return since;
  }

  public void setSince(String since) {
    this.since = since;
  }

  public String getCourt() {
    return court;
  }

  public void setCourt(String court) {
    this.court = court;
  }

  public String getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(String issuedOn) {
    this.issuedOn = issuedOn;
  }

  public String getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(String endsOn) {
    this.endsOn = endsOn;
  }
}
