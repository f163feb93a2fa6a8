package fr.relais.domain.model.note;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of a note of a person's file. */
public record NoteId(UUID value) implements Serializable {
  public NoteId {
    Objects.requireNonNull(value, "value");
  }

  public static NoteId random() {
    return new NoteId(UUID.randomUUID());
  }

  public static NoteId parse(String text) {
    return new NoteId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
