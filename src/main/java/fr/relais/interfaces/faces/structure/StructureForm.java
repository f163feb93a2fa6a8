package fr.relais.interfaces.faces.structure;

import fr.relais.application.structure.AccreditationService;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of a structure's accreditation request, as typed in a form: shared by the operator's
 * registration form and the structure's own request. View state only; the application layer
 * validates.
 */
public class StructureForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The structure types a form offers. */
  public static final List<String> TYPES =
      List.of("ASE", "CCAS", "DOMICILIATION", "VICTIM_SUPPORT", "OTHER");

  private String name;
  private String type;
  private String siret;
  private String addressLine;
  private String postalCode;
  private String city;
  private String departments;
  private String contactEmail;
  private String contactPhone;

  public StructureForm(String initialType) {
    this.type = initialType;
  }

  /** What the application layer receives; departments are split on commas, semicolons, spaces. */
  public AccreditationService.Registration toRegistration() {
    return new AccreditationService.Registration(
        name,
        type,
        siret,
        addressLine,
        postalCode,
        city,
        departments == null
            ? List.of()
            : Arrays.stream(departments.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList(),
        contactEmail,
        contactPhone);
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
}
