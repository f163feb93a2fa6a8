package fr.relais.interfaces.faces.identity;

import fr.relais.application.TooManyAttemptsException;
import fr.relais.application.identity.PhoneCheckService;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The phone protocol on both sides (D2): the person makes her code in her own space; the member
 * types the code the caller reads out. Neither the code nor the answer is kept beyond the request.
 */
@Named("phoneCheck")
@RequestScoped
public class PhoneCheckBean {

  @Inject PhoneCheckService phone;

  @Inject fr.relais.application.identity.IdentityService identity;

  private PhoneCheckService.IssuedCode issued;
  private java.util.List<fr.relais.application.identity.IdentityService.MyIdentity> mine;
  private PhoneCheckService.Confirmation confirmation;
  private String code;

  /** Her side: a new code, shown on this page only. */
  public void issue() {
    Messages.attempt(() -> issued = phone.issueMyCode());
  }

  /** The member's side. */
  public void check(PersonId personId) {
    String given = code;
    code = null;
    try {
      Messages.attempt(
          () -> {
            confirmation = phone.check(personId, given);
            Messages.info("phone.confirmed");
          });
    } catch (TooManyAttemptsException e) {
      Messages.info("phone.wait", Math.max(1, e.retryAfter().toSeconds()));
    }
  }

  /** Her own verification history, record by record (read once per request). */
  public java.util.List<fr.relais.application.identity.IdentityService.MyIdentity> getMine() {
    if (mine == null) {
      mine = identity.mine();
    }
    return mine;
  }

  public PhoneCheckService.IssuedCode getIssued() {
    return issued;
  }

  public PhoneCheckService.Confirmation getConfirmation() {
    return confirmation;
  }

  public String getCode() {
    return null;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
