package fr.relais.domain.model.procedure;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of a technical blockage recorded on a procedure. */
public record BlockageId(UUID value) implements Serializable {
  public BlockageId {
    Objects.requireNonNull(value, "value");
  }

  public static BlockageId random() {
    return new BlockageId(UUID.randomUUID());
  }

  public static BlockageId parse(String text) {
    return new BlockageId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
