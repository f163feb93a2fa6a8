package fr.relais.interfaces.faces.identity;

import fr.relais.application.Page;
import fr.relais.application.access.ReauthenticationRequiredException;
import fr.relais.application.identity.IdentityVerificationRequiredException;
import fr.relais.application.identity.TakeoverClaimService;
import fr.relais.domain.model.administration.TakeoverClaimId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import fr.relais.interfaces.faces.Reauthentication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Takeover claims on both sides (E3): the card of a file (filing a claim, its clock) and the
 * prefecture agent's queue (approve, reject). Only talks to the application layer.
 */
@Named("takeover")
@RequestScoped
public class TakeoverBean {

  @Inject TakeoverClaimService claims;

  private List<TakeoverClaimService.ClaimView> forPerson;
  private Page<TakeoverClaimService.ClaimView> queue;
  private String identifier;
  private String intruders;
  private String description;
  private boolean ownAccessHeld;
  private String heldSince;
  private String reason;
  private final java.util.Map<String, Boolean> attach = new java.util.HashMap<>();
  private String reauthenticateTo;

  /** Which latest versions of her documents go with the claim, by version id. */
  public java.util.Map<String, Boolean> getAttach() {
    return attach;
  }

  public List<TakeoverClaimService.ClaimView> forPerson(PersonId personId) {
    if (forPerson == null) {
      forPerson = claims.forPerson(personId);
    }
    return forPerson;
  }

  public void file(PersonId personId) {
    LocalDate since;
    try {
      since = heldSince == null || heldSince.isBlank() ? null : LocalDate.parse(heldSince);
    } catch (java.time.format.DateTimeParseException e) {
      Messages.invalid(new fr.relais.application.InvalidInputException("heldSince", "not a date"));
      return;
    }
    TakeoverClaimService.NewClaim input =
        new TakeoverClaimService.NewClaim(
            identifier,
            "ANEF",
            null,
            intruders == null
                ? List.of()
                : Arrays.stream(intruders.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList(),
            description,
            ownAccessHeld,
            since,
            attach.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(java.util.Map.Entry::getKey)
                .sorted()
                .toList());
    try {
      if (Messages.attempt(
          "takeover.pending",
          () -> {
            claims.file(personId, input);
            Messages.info("takeover.filed");
          })) {
        identifier = null;
        intruders = null;
        description = null;
        attach.clear();
      }
    } catch (ReauthenticationRequiredException e) {
      reauthenticateTo = Reauthentication.path("/app/person.xhtml?id=" + personId); // S6
      Messages.error("takeover.reauthenticate");
    } catch (IdentityVerificationRequiredException e) {
      Messages.info("emailChange.identityRequired", e.maxAge().toDays());
    }
    forPerson = null;
  }

  public Page<TakeoverClaimService.ClaimView> getQueue() {
    if (queue == null) {
      queue = claims.queue("PENDING", null, 100);
    }
    return queue;
  }

  public void approve(String claimId) {
    decide(claimId, "APPROVE");
  }

  public void reject(String claimId) {
    decide(claimId, "REJECT");
  }

  private void decide(String claimId, String decision) {
    String why = reason;
    reason = null;
    try {
      Messages.attempt(
          () -> {
            claims.decide(
                TakeoverClaimId.parse(claimId), new TakeoverClaimService.Decision(decision, why));
            Messages.info("takeover.decided." + decision);
          });
    } catch (ReauthenticationRequiredException e) {
      reauthenticateTo = Reauthentication.path("/app/takeover-claims.xhtml"); // S6
      Messages.error("takeover.reauthenticate");
    }
    queue = null;
  }

  public String getReauthenticateTo() {
    return reauthenticateTo;
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public String getIntruders() {
    return intruders;
  }

  public void setIntruders(String intruders) {
    this.intruders = intruders;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isOwnAccessHeld() {
    return ownAccessHeld;
  }

  public void setOwnAccessHeld(boolean ownAccessHeld) {
    this.ownAccessHeld = ownAccessHeld;
  }

  public String getHeldSince() {
    return heldSince;
  }

  public void setHeldSince(String heldSince) {
    this.heldSince = heldSince;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
