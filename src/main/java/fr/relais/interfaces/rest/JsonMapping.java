package fr.relais.interfaces.rest;

import fr.relais.interfaces.rest.person.ContactJson;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's JSON-B: the defaults, and the shapes that the types alone do not give — a person's
 * contact, one property per part of the catalogue ({@link ContactJson}). One instance for every
 * request.
 */
@Provider
public class JsonMapping implements ContextResolver<Jsonb> {

  @Override
  public Jsonb getContext(Class<?> type) {
    return Holder.JSONB;
  }

  /** Made on the first request, with the deployment's JSON-B. */
  private static final class Holder {
    static final Jsonb JSONB =
        JsonbBuilder.create(new JsonbConfig().withAdapters(new ContactJson()));
  }
}
