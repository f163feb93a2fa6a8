package fr.relais.interfaces.rest.person;

import fr.relais.application.person.PersonService;
import fr.relais.domain.model.person.ContactPart;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.EnumMap;
import java.util.Map;

/**
 * A person's contact in the API's JSON: one property per part of the catalogue ({@link
 * ContactPart}), by its name, and {@code domiciledAtStructure}; a part she does not have, or that
 * is « masqué », is left out. A new part of the catalogue is a new property, read and written here
 * without more code.
 */
public class ContactJson implements JsonbAdapter<PersonService.Contact, JsonObject> {

  static final String DOMICILED = "domiciledAtStructure";

  @Override
  public JsonObject adaptToJson(PersonService.Contact contact) {
    if (contact == null) {
      return null;
    }
    JsonObjectBuilder o = Json.createObjectBuilder();
    contact.parts().forEach((part, value) -> o.add(part.key(), value));
    if (contact.domiciledAtStructure() != null) {
      o.add(DOMICILED, contact.domiciledAtStructure());
    }
    return o.build();
  }

  @Override
  public PersonService.Contact adaptFromJson(JsonObject o) {
    if (o == null) {
      return null;
    }
    Map<ContactPart, String> parts = new EnumMap<>(ContactPart.class);
    for (ContactPart p : ContactPart.values()) {
      JsonValue v = o.get(p.key());
      if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      if (v instanceof JsonString s) {
        parts.put(p, s.getString());
      } else if (v instanceof JsonNumber n) {
        parts.put(p, n.toString());
      } else {
        throw new JsonbException(p.key() + ": a string");
      }
    }
    JsonValue d = o.get(DOMICILED);
    Boolean domiciled;
    if (d == null || d.getValueType() == JsonValue.ValueType.NULL) {
      domiciled = null;
    } else if (d.getValueType() == JsonValue.ValueType.TRUE
        || d.getValueType() == JsonValue.ValueType.FALSE) {
      domiciled = d.getValueType() == JsonValue.ValueType.TRUE;
    } else {
      throw new JsonbException(DOMICILED + ": true or false");
    }
    return new PersonService.Contact(parts, domiciled);
  }
}
