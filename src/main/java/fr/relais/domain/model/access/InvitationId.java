package fr.relais.domain.model.access;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of an invitation to join a structure or to become a prefecture agent. */
public record InvitationId(UUID value) implements Serializable {
  public InvitationId {
    Objects.requireNonNull(value, "value");
  }

  public static InvitationId random() {
    return new InvitationId(UUID.randomUUID());
  }

  public static InvitationId parse(String text) {
    return new InvitationId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
