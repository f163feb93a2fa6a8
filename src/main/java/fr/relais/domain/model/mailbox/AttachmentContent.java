package fr.relais.domain.model.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of a kept attachment, read only when it is downloaded. */
@Entity
@Table(name = "message_attachment_content")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id")
  private UUID attachmentId;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected AttachmentContent() {}

  public AttachmentContent(UUID attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content.clone();
  }

  /** Its bytes replaced by their sealed form (the only change an attachment's content sees). */
  public void replaceWithSealed(byte[] ciphertext) {
    this.content = ciphertext.clone();
  }

  public byte[] content() {
    return content.clone();
  }
}
