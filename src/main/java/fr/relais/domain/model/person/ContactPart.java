package fr.relais.domain.model.person;

import java.util.Arrays;
import java.util.List;

/**
 * The catalogue of the parts of a person's contact and places: how to reach her and where her life
 * takes place. Each part is optional, has its name (in the API, the journal, the sealed content and
 * the page's fields), its form and longest value, and its label in each language (the message
 * bundles' {@code field.<name>}). For a protected person every part is sealed whole with the others
 * (F2): her abuser looks for her there as much as at her address. What lists or shows the parts
 * reads them from here, so a new part is an entry here, its column, a migration and its labels
 * (docs/architecture.md, "Adding a sealed field").
 *
 * <p>Whether she is domiciled at the structure is not a part: a yes or no about the structure's own
 * address, never sealed, shown between her channels and her places.
 */
public enum ContactPart {
  EMAIL("email", Section.CHANNEL, Form.EMAIL, 200),
  PHONE("phone", Section.CHANNEL, Form.PHONE, 30),
  POSTAL_ADDRESS("postalAddress", Section.CHANNEL, Form.TEXT, 300),
  SHELTER("shelter", Section.PLACE, Form.TEXT, 300),
  WORKPLACE("workplace", Section.PLACE, Form.TEXT, 300),
  CHILDREN_SCHOOL("childrenSchool", Section.PLACE, Form.TEXT, 300);

  /** Where a part belongs: how to reach her (asked from her first record on), or a place. */
  public enum Section {
    CHANNEL,
    PLACE
  }

  /** How a part is written, checked and typed in. */
  public enum Form {
    /** An address, matched through its canonical form (S46). */
    EMAIL,
    /** A phone number, matched through its canonical form (S46). */
    PHONE,
    /** Free text: an address, a name and an address. */
    TEXT
  }

  /** The reason given for an email that cannot be one, and for one that must never be hers. */
  public static final String NOT_AN_EMAIL = "not an email address";

  /** The reason given for a phone that cannot be one, and for one that must never be hers. */
  public static final String NOT_A_PHONE = "not a phone number";

  private static final List<ContactPart> CHANNELS = of(Section.CHANNEL);
  private static final List<ContactPart> PLACES = of(Section.PLACE);

  private final String key;
  private final Section section;
  private final Form form;
  private final int maxLength;

  ContactPart(String key, Section section, Form form, int maxLength) {
    this.key = key;
    this.section = section;
    this.form = form;
    this.maxLength = maxLength;
  }

  /** Its name: in the API's JSON, the journal's list of parts changed, the sealed content. */
  public String key() {
    return key;
  }

  public Section section() {
    return section;
  }

  public Form form() {
    return form;
  }

  /** The longest value it takes. */
  public int maxLength() {
    return maxLength;
  }

  /** The key of its label in the message bundles. */
  public String labelKey() {
    return "field." + key;
  }

  /** The ways to reach her, in order. */
  public static List<ContactPart> channels() {
    return CHANNELS;
  }

  /** The places of her life, in order. */
  public static List<ContactPart> places() {
    return PLACES;
  }

  /** The part of that name, or null. */
  public static ContactPart byKey(String key) {
    for (ContactPart p : values()) {
      if (p.key.equals(key)) {
        return p;
      }
    }
    return null;
  }

  /**
   * A value of this part as kept: stripped, null when blank.
   *
   * @throws IllegalArgumentException naming the part ({@code "phone: not a phone number"})
   */
  public String validate(String value) {
    String v = value == null || value.isBlank() ? null : value.strip();
    if (v == null) {
      return null;
    }
    switch (form) {
      case EMAIL -> {
        if (v.length() > maxLength || !v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
          throw new IllegalArgumentException(key + ": " + NOT_AN_EMAIL);
        }
      }
      case PHONE -> {
        if (!v.matches("[+0-9 .()-]{6," + maxLength + "}")) {
          throw new IllegalArgumentException(key + ": " + NOT_A_PHONE);
        }
      }
      case TEXT -> {
        if (v.length() > maxLength) {
          throw new IllegalArgumentException(key + ": at most " + maxLength + " characters");
        }
      }
    }
    return v;
  }

  private static List<ContactPart> of(Section section) {
    return Arrays.stream(values()).filter(p -> p.section == section).toList();
  }
}
