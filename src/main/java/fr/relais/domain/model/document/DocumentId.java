package fr.relais.domain.model.document;

import java.util.Objects;
import java.util.UUID;

/** A document of a person's file, across its versions. */
public record DocumentId(UUID value) {

  public DocumentId {
    Objects.requireNonNull(value, "value");
  }

  public static DocumentId random() {
    return new DocumentId(UUID.randomUUID());
  }

  /** The id written by {@link #toString()}; {@link IllegalArgumentException} otherwise. */
  public static DocumentId parse(String text) {
    return new DocumentId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
