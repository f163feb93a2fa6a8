package fr.relais.infrastructure.persistence.jpa.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** That a member has read a message: a row of {@code message_read}, a detail of the mailbox. */
@Entity
@Table(name = "message_read")
@IdClass(MessageRead.Key.class)
public class MessageRead {

  /** The key: the message and the reader. */
  public record Key(UUID messageId, UUID accountId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "message_id")
  private UUID messageId;

  @Id
  @Column(name = "account_id")
  private UUID accountId;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  protected MessageRead() {}

  MessageRead(UUID messageId, UUID accountId, Instant readAt) {
    this.messageId = messageId;
    this.accountId = accountId;
    this.readAt = readAt;
  }
}
