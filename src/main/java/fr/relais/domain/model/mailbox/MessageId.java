package fr.relais.domain.model.mailbox;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of a message that came in. */
public record MessageId(UUID value) implements Serializable {
  public MessageId {
    Objects.requireNonNull(value, "value");
  }

  public static MessageId random() {
    return new MessageId(UUID.randomUUID());
  }

  public static MessageId parse(String text) {
    return new MessageId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
