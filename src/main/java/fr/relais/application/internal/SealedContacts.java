package fr.relais.application.internal;

import fr.relais.application.PersonService.Contact;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.person.PersonContact;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * A protected person's contact channels in the vault (F2): one ciphertext of the three channels as
 * a small JSON object, bound to the person and the field {@code contact}.
 */
public final class SealedContacts {

  private SealedContacts() {}

  public static Vault.Binding binding(PersonContact c) {
    return new Vault.Binding("person", c.personId(), "contact");
  }

  /** Seals the contact's (already validated) channels in place. */
  public static void seal(Vault vault, PersonContact c) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    put(b, "email", c.email());
    put(b, "phone", c.phone());
    put(b, "postalAddress", c.postalAddress());
    c.seal(vault.seal(binding(c), b.build().toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** The channels, decrypted; the caller has asked the access policy and journals it. */
  public static Contact open(Vault vault, PersonContact c) {
    String json = new String(vault.open(binding(c), c.sealedContent()), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      return new Contact(
          text(o, "email"), text(o, "phone"), text(o, "postalAddress"), c.domiciledAtStructure());
    }
  }

  private static void put(JsonObjectBuilder b, String name, String value) {
    if (value != null) {
      b.add(name, value);
    }
  }

  private static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(name);
  }
}
