package fr.relais.domain.model.access;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of one signed-in session of an account. */
public record AccountSessionId(UUID value) implements Serializable {
  public AccountSessionId {
    Objects.requireNonNull(value, "value");
  }

  public static AccountSessionId random() {
    return new AccountSessionId(UUID.randomUUID());
  }

  public static AccountSessionId parse(String text) {
    return new AccountSessionId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
