package fr.relais.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The bytes of one {@link DocumentVersion}, read only to download it: in clear, or once sealed the
 * vault's ciphertext bound to the version.
 */
@Entity
@Table(name = "person_document_content")
public class DocumentContent {

  @Id
  @Column(name = "version_id")
  private UUID versionId;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected DocumentContent() {}

  public DocumentContent(UUID versionId, byte[] content) {
    this.versionId = versionId;
    this.content = content.clone();
  }

  public UUID versionId() {
    return versionId;
  }

  public byte[] content() {
    return content.clone();
  }

  /** Replaces the clear bytes by their ciphertext (the version is sealed with it). */
  public void seal(byte[] ciphertext) {
    this.content = ciphertext.clone();
  }
}
