package fr.relais.domain.model.person;

import java.util.Locale;

/**
 * How to reach a person and where her life now takes place — every part optional and validated:
 * email, phone, postal address, whether she is domiciled at the structure, and, since a protected
 * person's abuser looks for her there (F2), her shelter or accommodation, her workplace and her
 * children's school. Blank parts are absent.
 */
public record ContactDetails(
    String email,
    String phone,
    String postalAddress,
    boolean domiciledAtStructure,
    String shelter,
    String workplace,
    String childrenSchool) {

  /** The reason given for an email that cannot be one, and for one that must never be hers. */
  public static final String NOT_AN_EMAIL = "not an email address";

  /** The reason given for a phone that cannot be one, and for one that must never be hers. */
  public static final String NOT_A_PHONE = "not a phone number";

  /** The longest free-text place (an address, a shelter's name and address). */
  public static final int MAX_PLACE = 300;

  public ContactDetails {
    email = blankToNull(email);
    if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      throw new IllegalArgumentException("email: " + NOT_AN_EMAIL);
    }
    phone = blankToNull(phone);
    if (phone != null && !phone.matches("[+0-9 .()-]{6,30}")) {
      throw new IllegalArgumentException("phone: " + NOT_A_PHONE);
    }
    postalAddress = place("postalAddress", postalAddress);
    shelter = place("shelter", shelter);
    workplace = place("workplace", workplace);
    childrenSchool = place("childrenSchool", childrenSchool);
  }

  /** Nothing known. */
  public static ContactDetails none() {
    return new ContactDetails(null, null, null, false, null, null, null);
  }

  /** The same, with another email (null: none). */
  public ContactDetails withEmail(String newEmail) {
    return new ContactDetails(
        newEmail, phone, postalAddress, domiciledAtStructure, shelter, workplace, childrenSchool);
  }

  /** Whether any part that shielding seals is present (all but the domiciliation). */
  public boolean hasSealable() {
    return email != null
        || phone != null
        || postalAddress != null
        || shelter != null
        || workplace != null
        || childrenSchool != null;
  }

  /** An email as matched exactly: lower case, trimmed; null when it is not an email address. */
  public static String normaliseEmail(String value) {
    String e = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    return e.length() <= 200 && e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? e : null;
  }

  /**
   * A phone as matched exactly: digits only, the French country code as a leading 0; null when it
   * cannot be a phone number.
   */
  public static String normalisePhone(String value) {
    String d = value == null ? "" : value.strip().replaceAll("[^0-9+]", "");
    if (d.startsWith("+33")) {
      d = "0" + d.substring(3);
    } else if (d.startsWith("0033")) {
      d = "0" + d.substring(4);
    }
    d = d.replace("+", "");
    return d.length() < 6 || d.length() > 15 ? null : d;
  }

  private static String place(String field, String value) {
    String v = blankToNull(value);
    if (v != null && v.length() > MAX_PLACE) {
      throw new IllegalArgumentException(field + ": at most " + MAX_PLACE + " characters");
    }
    return v;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
