package fr.relais.domain.model.access;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of an account. */
public record AccountId(UUID value) implements Serializable {
  public AccountId {
    Objects.requireNonNull(value, "value");
  }

  public static AccountId random() {
    return new AccountId(UUID.randomUUID());
  }

  public static AccountId parse(String text) {
    return new AccountId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
