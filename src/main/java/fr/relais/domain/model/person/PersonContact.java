package fr.relais.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How to reach a person and where her life takes place ({@link ContactDetails}) — all optional:
 * many have no email or phone, and domiciliation at the structure is a valid postal address. Kept
 * apart from the identity, as the data that shielding seals (F2): for a protected person the parts
 * are kept only as the vault's ciphertext ({@code sealedContent}), the clear columns empty; whether
 * she is domiciled at the structure stays clear (it is the structure's own address). The email and
 * the phone are also kept as keyed hashes, protected or not, for exact search without a plaintext
 * index (S41).
 *
 * <p>Each {@link ContactPart} has its clear column here, reached through {@link #column}: a new
 * part is a field with its {@code @Column} and its line there (the compiler asks for it).
 */
@Entity
@Table(name = "person_contact")
public class PersonContact {

  @Id
  @Column(name = "person_id")
  private UUID personId;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "phone", length = 30)
  private String phone;

  @Column(name = "postal_address", length = 300)
  private String postalAddress;

  @Column(name = "shelter", length = 300)
  private String shelter;

  @Column(name = "workplace", length = 300)
  private String workplace;

  @Column(name = "children_school", length = 300)
  private String childrenSchool;

  @Column(name = "domiciled_at_structure", nullable = false)
  private boolean domiciledAtStructure;

  @Column(name = "sealed", nullable = false)
  private boolean sealed;

  @Column(name = "sealed_content")
  private byte[] sealedContent;

  @Column(name = "email_fingerprint", length = 64)
  private String emailFingerprint;

  @Column(name = "phone_fingerprint", length = 64)
  private String phoneFingerprint;

  /** Whether the keyed hashes are over the canonical forms (S46); old rows are hashed again. */
  @Column(name = "canonical_fingerprints", nullable = false)
  private boolean canonicalFingerprints;

  protected PersonContact() {}

  public PersonContact(PersonId person, ContactDetails details) {
    this.personId = person.value();
    change(details);
  }

  /** Replaces every part in clear (the details are already validated). */
  public final void change(ContactDetails d) {
    this.sealed = false;
    this.sealedContent = null;
    for (ContactPart p : ContactPart.values()) {
      column(p).write().accept(d.part(p));
    }
    this.domiciledAtStructure = d.domiciledAtStructure();
  }

  /** A part's clear column. */
  private Clear column(ContactPart part) {
    return switch (part) {
      case EMAIL -> new Clear(() -> email, v -> email = v);
      case PHONE -> new Clear(() -> phone, v -> phone = v);
      case POSTAL_ADDRESS -> new Clear(() -> postalAddress, v -> postalAddress = v);
      case SHELTER -> new Clear(() -> shelter, v -> shelter = v);
      case WORKPLACE -> new Clear(() -> workplace, v -> workplace = v);
      case CHILDREN_SCHOOL -> new Clear(() -> childrenSchool, v -> childrenSchool = v);
    };
  }

  /** How one clear column is read and written. */
  private record Clear(Supplier<String> read, Consumer<String> write) {}

  /**
   * Keeps the parts only as {@code ciphertext} (the vault's, made of {@link #details()}): the clear
   * columns are emptied.
   */
  public void seal(byte[] ciphertext) {
    this.sealedContent = ciphertext.clone();
    this.sealed = true;
    for (ContactPart p : ContactPart.values()) {
      column(p).write().accept(null);
    }
  }

  /** The keyed hashes of the email's and the phone's canonical forms (null when absent). */
  public void fingerprint(String email, String phone) {
    this.emailFingerprint = email;
    this.phoneFingerprint = phone;
    this.canonicalFingerprints = true;
  }

  public boolean canonicalFingerprints() {
    return canonicalFingerprints;
  }

  /** The keyed hash of her normalised email, null when she has none. */
  public String emailFingerprint() {
    return emailFingerprint;
  }

  /** The keyed hash of her phone's canonical form, null when she has none. */
  public String phoneFingerprint() {
    return phoneFingerprint;
  }

  public boolean sealed() {
    return sealed;
  }

  public byte[] sealedContent() {
    return sealedContent == null ? null : sealedContent.clone();
  }

  public java.util.UUID personId() {
    return personId;
  }

  /** The parts held in clear (all empty but the domiciliation once sealed). */
  public ContactDetails details() {
    Map<ContactPart, String> parts = new EnumMap<>(ContactPart.class);
    for (ContactPart p : ContactPart.values()) {
      parts.put(p, column(p).read().get());
    }
    return new ContactDetails(parts, domiciledAtStructure);
  }

  /** Whether any part that shielding seals is held in clear. */
  public boolean holdsClearSealable() {
    return details().hasSealable();
  }

  public boolean domiciledAtStructure() {
    return domiciledAtStructure;
  }
}
