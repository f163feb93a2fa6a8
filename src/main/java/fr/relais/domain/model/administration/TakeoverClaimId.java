package fr.relais.domain.model.administration;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of a claim that someone took over a person's administration account. */
public record TakeoverClaimId(UUID value) implements Serializable {
  public TakeoverClaimId {
    Objects.requireNonNull(value, "value");
  }

  public static TakeoverClaimId random() {
    return new TakeoverClaimId(UUID.randomUUID());
  }

  public static TakeoverClaimId parse(String text) {
    return new TakeoverClaimId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
