package fr.relais.domain.model.structure;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of a structure. */
public record StructureId(UUID value) implements Serializable {
  public StructureId {
    Objects.requireNonNull(value, "value");
  }

  public static StructureId random() {
    return new StructureId(UUID.randomUUID());
  }

  public static StructureId parse(String text) {
    return new StructureId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
