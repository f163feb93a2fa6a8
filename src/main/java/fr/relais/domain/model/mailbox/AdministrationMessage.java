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
   * @param content null when the part was too large to be kept (its size is then known), or could
   *     not be read whole
   * @param sizeBytes the bytes read from it (up to where reading failed)
   * @param problem why its content could not be read whole — {@link #TRUNCATED} or {@link
   *     #UNREADABLE} — or null: it is then recorded as refused with that reason, never dropped
   */
  public record Attachment(
      String fileName, String declaredType, byte[] content, long sizeBytes, String problem) {

    /** Cut short: its encoding ends before its data does, or its message ends inside it. */
    public static final String TRUNCATED = "TRUNCATED";

    /** Its encoding cannot be decoded. */
    public static final String UNREADABLE = "UNREADABLE";

    /** An attachment read whole (or too large to keep). */
    public Attachment(String fileName, String declaredType, byte[] content, long sizeBytes) {
      this(fileName, declaredType, content, sizeBytes, null);
    }
  }
}
