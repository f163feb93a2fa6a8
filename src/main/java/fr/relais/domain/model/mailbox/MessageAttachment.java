package fr.relais.domain.model.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * An attachment of a message (S60): kept under a generated name with the type its content proves
 * (magic bytes, never the name), or refused with the reason — too large, a type that is not
 * allowed, content that is not what it claims — and then kept as a line without content, so that
 * nothing is lost silently. The bytes live apart ({@link AttachmentContent}).
 */
@Entity
@Table(name = "message_attachment")
public class MessageAttachment {

  /** Kept, or refused. */
  public enum Status {
    KEPT,
    REFUSED
  }

  @Id private UUID id;

  @Column(name = "message_id", nullable = false, updatable = false)
  private UUID messageId;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Column(name = "file_name", length = 255)
  private String fileName;

  @Column(name = "stored_name", nullable = false, length = 80, updatable = false)
  private String storedName;

  @Column(name = "declared_type", length = 200)
  private String declaredType;

  @Column(name = "media_type", length = 100, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", length = 64)
  private String sha256;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20, updatable = false)
  private Status status;

  @Column(name = "refusal", length = 40, updatable = false)
  private String refusal;

  /**
   * Its content is the vault's ciphertext (F2): filed for a protected person. Its name, which may
   * say where she lives, is then sealed too ({@code sealedName}); no name, declared type or digest
   * of the content is kept in clear — a digest would confirm a guessed document.
   */
  @Column(name = "sealed", nullable = false)
  private boolean sealed;

  @Column(name = "sealed_name")
  private byte[] sealedName;

  protected MessageAttachment() {}

  private MessageAttachment(
      MessageId message, int position, String fileName, String declaredType, long size) {
    this.id = UUID.randomUUID();
    this.messageId = message.value();
    this.position = position;
    this.fileName =
        fileName == null ? null : fileName.substring(0, Math.min(255, fileName.length()));
    this.declaredType =
        declaredType == null
            ? null
            : declaredType.substring(0, Math.min(200, declaredType.length()));
    this.sizeBytes = size;
    this.storedName = "piece-" + id;
  }

  public static MessageAttachment kept(
      MessageId message,
      int position,
      String fileName,
      String declaredType,
      String mediaType,
      long size,
      String sha256) {
    MessageAttachment a = new MessageAttachment(message, position, fileName, declaredType, size);
    a.status = Status.KEPT;
    a.mediaType = mediaType;
    a.sha256 = sha256;
    return a;
  }

  /**
   * A kept attachment of a protected person's record: its name only as {@code sealedName} (the
   * vault's ciphertext), its content stored sealed by the caller.
   */
  public static MessageAttachment keptSealed(
      UUID id, MessageId message, int position, String mediaType, long size, byte[] sealedName) {
    MessageAttachment a = new MessageAttachment(message, position, null, null, size);
    a.id = id;
    a.status = Status.KEPT;
    a.mediaType = mediaType;
    a.sealed = true;
    a.sealedName = sealedName == null ? null : sealedName.clone();
    return a;
  }

  public static MessageAttachment refused(
      MessageId message,
      int position,
      String fileName,
      String declaredType,
      long size,
      String why) {
    MessageAttachment a = new MessageAttachment(message, position, fileName, declaredType, size);
    a.status = Status.REFUSED;
    a.refusal = why;
    return a;
  }

  @PreRemove
  void refuseRemoval() {
    throw new IllegalStateException("attachments are kept");
  }

  public UUID id() {
    return id;
  }

  public MessageId messageId() {
    return new MessageId(messageId);
  }

  public int position() {
    return position;
  }

  public String fileName() {
    return fileName;
  }

  public String storedName() {
    return storedName;
  }

  public String declaredType() {
    return declaredType;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public Status status() {
    return status;
  }

  public String refusal() {
    return refusal;
  }

  /**
   * Sealed from now on (F2): a kept attachment filed later into a protected person's record, from
   * triage. Its name only as {@code sealedName}; its declared type and digest dropped. The caller
   * replaces the content with the vault's ciphertext in the same transaction.
   */
  public void seal(byte[] sealedName) {
    if (status != Status.KEPT || sealed) {
      throw new IllegalStateException("only a kept attachment in clear can be sealed");
    }
    this.sealed = true;
    this.sealedName = sealedName == null ? null : sealedName.clone();
    this.fileName = null;
    this.declaredType = null;
    this.sha256 = null;
  }

  /** The sealed name, or null: the vault's ciphertext. */
  public byte[] sealedName() {
    return sealedName == null ? null : sealedName.clone();
  }

  public boolean sealed() {
    return sealed;
  }
}
