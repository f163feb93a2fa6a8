package fr.relais.domain.model.administration;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of a person's account with an administration, as recorded in her file. */
public record AdministrationAccountId(UUID value) implements Serializable {
  public AdministrationAccountId {
    Objects.requireNonNull(value, "value");
  }

  public static AdministrationAccountId random() {
    return new AdministrationAccountId(UUID.randomUUID());
  }

  public static AdministrationAccountId parse(String text) {
    return new AdministrationAccountId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
