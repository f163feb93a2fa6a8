package fr.relais.domain.model.mailbox;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message from the administration as the gateway hands it over, whatever the transport (mail
 * today, an API later): who it was addressed to, who sent it, its subject, texts and attachments.
 * The mailbox decides where it goes; it never sees the transport.
 *
 * @param key what makes it the same message when it arrives twice (the Message-ID, else a hash of
 *     its content)
 * @param recipients every address it was delivered to, from the envelope headers first
 * @param html the HTML body as received, not yet sanitised; null when there is none
 * @param problem why it could not be read as a message, or null
 */
public record AdministrationMessage(
    String key,
    List<String> recipients,
    String sender,
    String subject,
    Instant sentAt,
    String text,
    String html,
    List<Attachment> attachments,
    long sizeBytes,
    String problem) {

  public AdministrationMessage {
    Objects.requireNonNull(key, "key");
    recipients = List.copyOf(recipients);
    attachments = List.copyOf(attachments);
  }

  /**
   * An attachment as received.
   *
   * @param content null when the part was too large to be read at all (its size is then known)
   */
  public record Attachment(String fileName, String declaredType, byte[] content, long sizeBytes) {}
}
