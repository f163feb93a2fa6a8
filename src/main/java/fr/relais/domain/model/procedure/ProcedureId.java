package fr.relais.domain.model.procedure;

import java.util.Objects;
import java.util.UUID;

/** The identity of a procedure. */
public record ProcedureId(UUID value) {
  public ProcedureId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
