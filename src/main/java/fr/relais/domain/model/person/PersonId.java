package fr.relais.domain.model.person;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of an accompanied person. */
public record PersonId(UUID value) implements Serializable {
  public PersonId {
    Objects.requireNonNull(value, "value");
  }

  public static PersonId random() {
    return new PersonId(UUID.randomUUID());
  }

  public static PersonId parse(String text) {
    return new PersonId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
