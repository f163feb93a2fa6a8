package fr.relais.interfaces.faces.structure;

import fr.relais.application.CurrentRequest;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.structure.AccreditationService;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The structures page: the prefecture's queue by status, and the operator's registration form. */
@Named("structures")
@ViewScoped
public class StructuresBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AccreditationService accreditation;
  @Inject AccessPolicy policy;
  @Inject CurrentRequest current;

  private String status = "REQUESTED";
  private transient List<AccreditationService.StructureView> rows;

  private StructureForm form = new StructureForm("CCAS");
  private String createdId;

  public List<String> getStatuses() {
    return List.of("REQUESTED", "ACCREDITED", "EXPIRED", "SUSPENDED", "REFUSED", "REVOKED");
  }

  public List<String> getTypes() {
    return StructureForm.TYPES;
  }

  /** The registration form's fields. */
  public StructureForm getForm() {
    return form;
  }

  public List<AccreditationService.StructureView> getRows() {
    if (rows == null) {
      rows = accreditation.list(List.of(status));
    }
    return rows;
  }

  public void filter() {
    rows = null;
  }

  /** Prefecture agents decide on the queue (A1): their departments are shown above it. */
  public boolean isCanDecide() {
    return current.user().map(u -> policy.structures().canDecideAccreditation(u)).orElse(false);
  }

  public boolean isCanRegister() {
    return current.user().map(u -> policy.structures().canRegister(u)).orElse(false);
  }

  public void register() {
    try {
      AccreditationService.StructureView view = accreditation.register(form.toRegistration());
      createdId = view.id();
      status = "REQUESTED";
      rows = null;
      form = new StructureForm(form.getType());
      Messages.info("structures.registered");
    } catch (InvalidInputException e) {
      Messages.invalid(e);
    }
  }

  // Form properties

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getCreatedId() {
    return createdId;
  }
}
