package fr.relais.interfaces.faces;

import fr.relais.application.AccessPolicy;
import fr.relais.application.AccreditationService;
import fr.relais.application.CurrentRequest;
import fr.relais.application.InvalidInputException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
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

  private String name;
  private String type = "CCAS";
  private String siret;
  private String addressLine;
  private String postalCode;
  private String city;
  private String departments;
  private String contactEmail;
  private String contactPhone;
  private String createdId;

  public List<String> getStatuses() {
    return List.of("REQUESTED", "ACCREDITED", "EXPIRED", "SUSPENDED", "REFUSED", "REVOKED");
  }

  public List<String> getTypes() {
    return List.of("ASE", "CCAS", "DOMICILIATION", "VICTIM_SUPPORT", "OTHER");
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

  public boolean isCanRegister() {
    return current.user().map(policy::canRegisterStructure).orElse(false);
  }

  public void register() {
    try {
      AccreditationService.StructureView view =
          accreditation.register(
              new AccreditationService.Registration(
                  name,
                  type,
                  siret,
                  addressLine,
                  postalCode,
                  city,
                  departments == null
                      ? List.of()
                      : Arrays.stream(departments.split("[,\\s]+"))
                          .filter(s -> !s.isBlank())
                          .toList(),
                  contactEmail,
                  contactPhone));
      createdId = view.id();
      status = "REQUESTED";
      rows = null;
      name =
          siret =
              addressLine = postalCode = city = departments = contactEmail = contactPhone = null;
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSiret() {
    return siret;
  }

  public void setSiret(String siret) {
    this.siret = siret;
  }

  public String getAddressLine() {
    return addressLine;
  }

  public void setAddressLine(String addressLine) {
    this.addressLine = addressLine;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getDepartments() {
    return departments;
  }

  public void setDepartments(String departments) {
    this.departments = departments;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getCreatedId() {
    return createdId;
  }
}
