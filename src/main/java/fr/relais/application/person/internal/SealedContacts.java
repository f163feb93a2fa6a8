package fr.relais.application.person.internal;

import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.application.shielding.SealedField;
import fr.relais.application.shielding.SealedOpener;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.person.ContactDetails;
import fr.relais.domain.model.person.ContactPart;
import fr.relais.domain.model.person.PersonContact;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * A protected person's contact and places in the vault (F2): one ciphertext of every part she has
 * as a small JSON object keyed by the parts' names ({@link ContactPart}), bound to the person and
 * the field {@code contact}. The domiciliation at the structure stays clear beside it.
 */
public final class SealedContacts {

  /** Where her email and phone are hashed: {@code contact:EMAIL}, {@code contact:PHONE}. */
  static final String CONTACT_NAMESPACE = IdentityMatcher.CONTACT;

  private SealedContacts() {}

  public static Vault.Binding binding(PersonContact c) {
    return SealedField.CONTACT.of(c.personId());
  }

  /**
   * Seals the contact's (already validated) parts in place (a new ciphertext under her data key).
   */
  public static void seal(Vault vault, PersonContact c) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    c.details().parts().forEach((part, value) -> b.add(part.key(), value));
    c.seal(vault.seal(binding(c), b.build().toString().getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Keeps the keyed hashes of her email and phone in their canonical forms, for search and for
   * every identity check (S41, S46).
   */
  public static void fingerprint(IdentityMatcher matcher, PersonContact c) {
    ContactDetails d = c.details();
    c.fingerprint(emailFingerprint(matcher, d.email()), phoneFingerprint(matcher, d.phone()));
  }

  /** The keyed hash of an address's canonical form, as kept beside her contact; null if none. */
  public static String emailFingerprint(IdentityMatcher matcher, String email) {
    return matcher.email(email).map(k -> matcher.fingerprint(CONTACT_NAMESPACE, k)).orElse(null);
  }

  /** The keyed hash of a phone's canonical form, as kept beside her contact; null if none. */
  public static String phoneFingerprint(IdentityMatcher matcher, String phone) {
    return matcher.phone(phone).map(k -> matcher.fingerprint(CONTACT_NAMESPACE, k)).orElse(null);
  }

  /** The parts, decrypted; the caller has asked the access policy. */
  public static ContactDetails open(SealedOpener opener, PersonContact c) {
    String json = opener.openText(binding(c), c.sealedContent());
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      Map<ContactPart, String> parts = new EnumMap<>(ContactPart.class);
      for (ContactPart p : ContactPart.values()) {
        parts.put(p, text(o, p.key()));
      }
      return new ContactDetails(parts, c.domiciledAtStructure());
    }
  }

  /** What the person's record holds, opened if sealed; the caller has asked the access policy. */
  public static ContactDetails read(SealedOpener opener, PersonContact c) {
    return c.sealed() ? open(opener, c) : c.details();
  }

  private static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(name);
  }
}
