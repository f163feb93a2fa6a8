package fr.relais.domain.model.person;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** A person's civil identity as typed by a member; validated on construction. */
public record PersonIdentity(
    String lastName,
    String firstNames,
    LocalDate birthDate,
    String birthPlace,
    String nationality,
    String foreignNationalNumber) {

  public PersonIdentity {
    lastName = required("lastName", lastName, 100);
    firstNames = required("firstNames", firstNames, 150);
    if (birthDate == null) {
      throw new IllegalArgumentException("birthDate: required");
    }
    if (birthDate.isBefore(LocalDate.of(1900, 1, 1))) {
      throw new IllegalArgumentException("birthDate: not a plausible date");
    }
    birthPlace = optional("birthPlace", birthPlace, 150);
    nationality = optional("nationality", nationality, 100);
    foreignNationalNumber = normaliseNumber(foreignNationalNumber);
  }

  /**
   * The foreign-national number (AGDREF, 10 digits), optional: refugees' families often have none.
   */
  public static String normaliseNumber(String number) {
    if (number == null || number.isBlank()) {
      return null;
    }
    String digits = number.replaceAll("[\\s.-]", "");
    if (!digits.matches("\\d{10}")) {
      throw new IllegalArgumentException("foreignNationalNumber: ten digits");
    }
    return digits;
  }

  /** The key people are sorted and searched by: lower case, no accents, last name first. */
  public String sortKey() {
    return searchKey(lastName + " " + firstNames);
  }

  /** Lower case, accents removed, spaces collapsed: how names are compared. */
  public static String searchKey(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ")
        .trim();
  }

  private static String required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": required");
    }
    return optional(field, value, max);
  }

  private static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new IllegalArgumentException(field + ": at most " + max + " characters");
    }
    return v;
  }
}
