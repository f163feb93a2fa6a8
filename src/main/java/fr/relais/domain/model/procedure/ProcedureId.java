package fr.relais.domain.model.procedure;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of a procedure. */
public record ProcedureId(UUID value) implements Serializable {
  public ProcedureId {
    Objects.requireNonNull(value, "value");
  }

  public static ProcedureId parse(String text) {
    return new ProcedureId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
