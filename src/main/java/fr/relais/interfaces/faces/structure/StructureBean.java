package fr.relais.interfaces.faces.structure;

import fr.relais.application.CurrentRequest;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.structure.AccreditationService;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** One structure's page: its details, accreditation and history; the agent's decision form. */
@Named("structure")
@ViewScoped
public class StructureBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccreditationService accreditation;
  @Inject AccessPolicy policy;
  @Inject CurrentRequest current;

  private StructureId id;
  private transient AccreditationService.StructureView view;
  private String decision = "ACCREDIT";
  private String departments;
  private String validFrom;
  private String validUntil;
  private String reason;

  /** Loads the structure named in the URL; an unknown or forbidden one leads to the error page. */
  public void load() {
    if (id == null) {
      throw new NotFoundException(); // no structure in the address: as an unknown one (S40)
    }
    view = accreditation.get(id);
  }

  public AccreditationService.StructureView getView() {
    if (view == null && id != null) {
      view = accreditation.get(id);
    }
    return view;
  }

  public boolean isCanDecide() {
    return current.user().map(u -> policy.structures().canDecideAccreditation(u)).orElse(false);
  }

  public List<String> getDecisions() {
    return List.of("ACCREDIT", "REFUSE", "SUSPEND", "REINSTATE", "REVOKE", "RENEW");
  }

  public void decide() {
    try {
      view =
          accreditation.decide(
              id,
              new AccreditationService.Decision(
                  decision,
                  departments == null || departments.isBlank()
                      ? null
                      : Arrays.stream(departments.split("[,\\s]+"))
                          .filter(s -> !s.isBlank())
                          .toList(),
                  date("validFrom", validFrom),
                  date("validUntil", validUntil),
                  reason));
      reason = null;
      Messages.info("structure.decided");
    } catch (InvalidInputException e) {
      Messages.invalid(e);
    }
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "date expected (YYYY-MM-DD)");
    }
  }

  /** The structure named in the page's address, read once ({@code IdConverters}). */
  public StructureId getId() {
    return id;
  }

  public void setId(StructureId id) {
    this.id = id;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public String getDepartments() {
    return departments;
  }

  public void setDepartments(String departments) {
    this.departments = departments;
  }

  public String getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(String validFrom) {
    this.validFrom = validFrom;
  }

  public String getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(String validUntil) {
    this.validUntil = validUntil;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
