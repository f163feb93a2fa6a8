package fr.relais.interfaces.rest.person;

import fr.relais.domain.model.person.ContactPart;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents a person's contact as {@link ContactJson} writes it — a property per part of the
 * catalogue — in place of the Java type's shape (run by {@link
 * fr.relais.interfaces.rest.ApiContract}, the {@code mp.openapi.filter}).
 */
public class ContactSchema implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
      return;
    }
    Schema contact = openAPI.getComponents().getSchemas().get("Contact");
    if (contact == null) {
      return;
    }
    Map<String, Schema> properties = new LinkedHashMap<>();
    for (ContactPart p : ContactPart.channels()) {
      properties.put(p.key(), part(p));
    }
    properties.put(
        ContactJson.DOMICILED, OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN));
    for (ContactPart p : ContactPart.places()) {
      properties.put(p.key(), part(p));
    }
    contact
        .properties(properties)
        .description(
            "Her contact and places, each optional; for a protected person, left out (« masqué »)"
                + " to whom may not read them.");
    contact.setRequired(null);
  }

  private static Schema part(ContactPart p) {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.STRING)
        .maxLength(p.maxLength())
        .format(
            switch (p.form()) {
              case EMAIL -> "email";
              case PHONE -> "phone";
              case TEXT -> null;
            });
  }
}
