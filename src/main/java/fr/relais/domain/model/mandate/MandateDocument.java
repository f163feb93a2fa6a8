package fr.relais.domain.model.mandate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A document of a mandate, kept for good: the generated consent form and the signed scan. Stored
 * under a generated id, served only as an attachment (S60).
 */
@Entity
@Table(name = "mandate_document")
public class MandateDocument {

  /** What the document is. */
  public enum Kind {
    CONSENT_GENERATED,
    EVIDENCE
  }

  @Id private UUID id;

  @Column(name = "mandate_id", nullable = false, updatable = false)
  private UUID mandateId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30, updatable = false)
  private Kind kind;

  @Column(name = "media_type", nullable = false, length = 60, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "sha256", nullable = false, length = 64, updatable = false)
  private String sha256;

  @Column(name = "template_version", length = 40, updatable = false)
  private String templateVersion;

  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  protected MandateDocument() {}

  public MandateDocument(
      MandateId mandate,
      Kind kind,
      String mediaType,
      byte[] content,
      String sha256,
      String templateVersion,
      UUID by,
      Instant at) {
    this.id = UUID.randomUUID();
    this.mandateId = mandate.value();
    this.kind = kind;
    this.mediaType = mediaType;
    this.content = content.clone();
    this.size = content.length;
    this.sha256 = sha256;
    this.templateVersion = templateVersion;
    this.createdBy = by;
    this.createdAt = at;
  }

  public UUID id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String mediaType() {
    return mediaType;
  }

  public byte[] content() {
    return content.clone();
  }

  public String sha256() {
    return sha256;
  }

  public long size() {
    return size;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
