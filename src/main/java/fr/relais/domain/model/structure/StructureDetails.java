package fr.relais.domain.model.structure;

import java.util.Set;

/** What a structure declares when it asks for accreditation; validated on construction. */
public record StructureDetails(
    String name,
    StructureType type,
    Siret siret,
    String addressLine,
    String postalCode,
    String city,
    Set<String> departments,
    String contactEmail,
    String contactPhone) {

  public StructureDetails {
    name = required("name", name, 200);
    if (type == null) {
      throw new IllegalArgumentException("type: required");
    }
    if (siret == null) {
      throw new IllegalArgumentException("siret: required");
    }
    addressLine = required("addressLine", addressLine, 200);
    postalCode = required("postalCode", postalCode, 10);
    if (!postalCode.matches("\\d{5}")) {
      throw new IllegalArgumentException("postalCode: five digits");
    }
    city = required("city", city, 100);
    departments = Departments.parse(departments);
    contactEmail = required("contactEmail", contactEmail, 200);
    if (!contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new IllegalArgumentException("contactEmail: not an email address");
    }
    if (contactPhone != null
        && !contactPhone.isBlank()
        && !contactPhone.matches("[+0-9 .()-]{6,30}")) {
      throw new IllegalArgumentException("contactPhone: not a phone number");
    }
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": required");
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new IllegalArgumentException(field + ": at most " + max + " characters");
    }
    return v;
  }
}
