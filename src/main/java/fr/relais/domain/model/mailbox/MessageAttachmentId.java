package fr.relais.domain.model.mailbox;

import fr.relais.domain.shared.Ids;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Opaque identifier of an attachment of a message that came in. */
public record MessageAttachmentId(UUID value) implements Serializable {
  public MessageAttachmentId {
    Objects.requireNonNull(value, "value");
  }

  public static MessageAttachmentId random() {
    return new MessageAttachmentId(UUID.randomUUID());
  }

  public static MessageAttachmentId parse(String text) {
    return new MessageAttachmentId(Ids.parseUuid(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
