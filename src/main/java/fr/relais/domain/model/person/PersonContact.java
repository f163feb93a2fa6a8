package fr.relais.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * How to reach a person — all optional: many have no email or phone, and domiciliation at the
 * structure is a valid postal address. Kept apart from the identity, as the data that shielding
 * seals (F2): for a protected person the channels are kept only as the vault's ciphertext ({@code
 * sealedContent}), the clear columns empty; whether she is domiciled at the structure stays clear
 * (it is the structure's own address).
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

  @Column(name = "domiciled_at_structure", nullable = false)
  private boolean domiciledAtStructure;

  @Column(name = "sealed", nullable = false)
  private boolean sealed;

  @Column(name = "sealed_content")
  private byte[] sealedContent;

  protected PersonContact() {}

  public PersonContact(
      PersonId person, String email, String phone, String postalAddress, boolean domiciled) {
    this.personId = person.value();
    change(email, phone, postalAddress, domiciled);
  }

  /** Replaces the contact channels; each is validated and may be empty. */
  public final void change(String email, String phone, String postalAddress, boolean domiciled) {
    String e = blankToNull(email);
    if (e != null && (e.length() > 200 || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      throw new IllegalArgumentException("email: not an email address");
    }
    String p = blankToNull(phone);
    if (p != null && !p.matches("[+0-9 .()-]{6,30}")) {
      throw new IllegalArgumentException("phone: not a phone number");
    }
    String a = blankToNull(postalAddress);
    if (a != null && a.length() > 300) {
      throw new IllegalArgumentException("postalAddress: at most 300 characters");
    }
    this.email = e;
    this.phone = p;
    this.postalAddress = a;
    this.domiciledAtStructure = domiciled;
  }

  /**
   * Keeps the channels only as {@code ciphertext} (the vault's, made of this contact's validated
   * values): the clear columns are emptied.
   */
  public void seal(byte[] ciphertext) {
    this.sealedContent = ciphertext.clone();
    this.sealed = true;
    this.email = null;
    this.phone = null;
    this.postalAddress = null;
  }

  /** Back in clear when a protection is lifted (F1): the channels as they were sealed. */
  public void unseal(String email, String phone, String postalAddress) {
    this.sealed = false;
    this.sealedContent = null;
    change(email, phone, postalAddress, domiciledAtStructure);
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

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public String postalAddress() {
    return postalAddress;
  }

  public boolean domiciledAtStructure() {
    return domiciledAtStructure;
  }
}
