package fr.relais.domain.model.shielding;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of an entry of a person's list of blocked persons. */
public record BlockedEntryId(UUID value) implements Serializable {
  public BlockedEntryId {
    Objects.requireNonNull(value, "value");
  }

  public static BlockedEntryId random() {
    return new BlockedEntryId(UUID.randomUUID());
  }

  public static BlockedEntryId parse(String text) {
    return new BlockedEntryId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
