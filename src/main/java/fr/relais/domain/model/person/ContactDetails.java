package fr.relais.domain.model.person;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach a person and where her life now takes place: the {@link ContactPart parts} she has,
 * each optional and validated, and whether she is domiciled at the structure. Blank parts are
 * absent.
 */
public record ContactDetails(Map<ContactPart, String> parts, boolean domiciledAtStructure) {

  /** The reason given for an email that cannot be one, and for one that must never be hers. */
  public static final String NOT_AN_EMAIL = ContactPart.NOT_AN_EMAIL;

  /** The reason given for a phone that cannot be one, and for one that must never be hers. */
  public static final String NOT_A_PHONE = ContactPart.NOT_A_PHONE;

  /**
   * @throws IllegalArgumentException naming the first part that is not valid
   */
  public ContactDetails {
    Map<ContactPart, String> kept = new EnumMap<>(ContactPart.class);
    if (parts != null) {
      for (ContactPart p : ContactPart.values()) {
        String v = p.validate(parts.get(p));
        if (v != null) {
          kept.put(p, v);
        }
      }
    }
    parts = Collections.unmodifiableMap(kept);
  }

  /** Nothing known. */
  public static ContactDetails none() {
    return new ContactDetails(Map.of(), false);
  }

  /** The value of a part, null when she has none. */
  public String part(ContactPart part) {
    return parts.get(part);
  }

  public String email() {
    return part(ContactPart.EMAIL);
  }

  public String phone() {
    return part(ContactPart.PHONE);
  }

  /** The same, with another email (null: none). */
  public ContactDetails withEmail(String newEmail) {
    Map<ContactPart, String> changed = new EnumMap<>(ContactPart.class);
    changed.putAll(parts);
    changed.put(ContactPart.EMAIL, newEmail);
    return new ContactDetails(changed, domiciledAtStructure);
  }

  /** Whether any part that shielding seals is present (all but the domiciliation). */
  public boolean hasSealable() {
    return !parts.isEmpty();
  }

  /**
   * The names of what differs from {@code before}, in the catalogue's order, the domiciliation
   * last; {@code nothing} when nothing does. Never a value (S42).
   */
  public List<String> changedFrom(ContactDetails before) {
    List<String> changed = new ArrayList<>();
    for (ContactPart p : ContactPart.values()) {
      if (!Objects.equals(before.part(p), part(p))) {
        changed.add(p.key());
      }
    }
    if (before.domiciledAtStructure() != domiciledAtStructure) {
      changed.add("domiciledAtStructure");
    }
    return changed.isEmpty() ? List.of("nothing") : changed;
  }

  /** An email as matched exactly: lower case, trimmed; null when it is not an email address. */
  public static String normaliseEmail(String value) {
    String e = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    return e.length() <= ContactPart.EMAIL.maxLength() && e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
        ? e
        : null;
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
}
