package fr.relais.domain.model.document;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of one version of a document of a person's file. */
public record DocumentVersionId(UUID value) implements Serializable {
  public DocumentVersionId {
    Objects.requireNonNull(value, "value");
  }

  public static DocumentVersionId random() {
    return new DocumentVersionId(UUID.randomUUID());
  }

  public static DocumentVersionId parse(String text) {
    return new DocumentVersionId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
