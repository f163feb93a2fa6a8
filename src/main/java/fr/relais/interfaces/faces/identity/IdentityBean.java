package fr.relais.interfaces.faces.identity;

import fr.relais.application.identity.IdentityService;
import fr.relais.domain.model.identity.IdentityDocumentType;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The identity card of a person's file (D1, S21): the level reached and its history, and the
 * in-person check form with the written protocol. The document's number lives only in the form's
 * request: it is cleared once recorded, never kept in the view.
 */
@Named("identity")
@ViewScoped
public class IdentityBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject IdentityService identities;

  private PersonId personId;
  private transient IdentityService.IdentityView view;
  private String documentType = IdentityDocumentType.PASSPORT.name();
  private String issuingCountry;
  private transient String documentNumber;
  private String expiresOn;
  private String reason;
  private boolean protocolFollowed;

  public IdentityService.IdentityView view(PersonId id) {
    if (view == null || !id.equals(personId)) {
      personId = id;
      view = identities.status(id);
    }
    return view;
  }

  public List<String> getDocumentTypes() {
    return List.of(IdentityDocumentType.values()).stream().map(Enum::name).toList();
  }

  /** ISO 3166 codes with their names in the page's language, sorted by name. */
  public List<String[]> countries(Locale locale) {
    return java.util.Arrays.stream(Locale.getISOCountries())
        .map(c -> new String[] {c, new Locale("", c).getDisplayCountry(locale)})
        .sorted(java.util.Comparator.comparing((String[] c) -> c[1]))
        .toList();
  }

  public void record() {
    String number = documentNumber;
    documentNumber = null;
    Messages.attempt(
        () -> {
          view =
              identities.recordInPersonCheck(
                  personId,
                  new IdentityService.InPersonCheck(
                      documentType,
                      issuingCountry,
                      number,
                      blank(expiresOn),
                      reason,
                      protocolFollowed));
          expiresOn = null;
          reason = null;
          protocolFollowed = false;
          Messages.info("identity.recorded");
        });
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public String getDocumentType() {
    return documentType;
  }

  public void setDocumentType(String documentType) {
    this.documentType = documentType;
  }

  public String getIssuingCountry() {
    return issuingCountry;
  }

  public void setIssuingCountry(String issuingCountry) {
    this.issuingCountry = issuingCountry;
  }

  public String getDocumentNumber() {
    return null;
  }

  public void setDocumentNumber(String documentNumber) {
    this.documentNumber = documentNumber;
  }

  public String getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(String expiresOn) {
    this.expiresOn = expiresOn;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isProtocolFollowed() {
    return protocolFollowed;
  }

  public void setProtocolFollowed(boolean protocolFollowed) {
    this.protocolFollowed = protocolFollowed;
  }
}
