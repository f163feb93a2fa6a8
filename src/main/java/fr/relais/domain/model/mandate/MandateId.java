package fr.relais.domain.model.mandate;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of a mandate. */
public record MandateId(UUID value) implements Serializable {
  public MandateId {
    Objects.requireNonNull(value, "value");
  }

  public static MandateId random() {
    return new MandateId(UUID.randomUUID());
  }

  public static MandateId parse(String text) {
    return new MandateId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
