package fr.relais.domain.model.document;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A document of a person's file, across its versions. */
public record DocumentId(UUID value) implements Serializable {

  public DocumentId {
    Objects.requireNonNull(value, "value");
  }

  public static DocumentId random() {
    return new DocumentId(UUID.randomUUID());
  }

  public static DocumentId parse(String text) {
    return new DocumentId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
