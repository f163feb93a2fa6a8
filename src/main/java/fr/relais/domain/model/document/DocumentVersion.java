package fr.relais.domain.model.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a document of a person's file: its description — type, title, media type, size,
 * digest, who added it and when — without its content ({@link DocumentContent}). A new version
 * never replaces an old one. Once sealed, the title is kept only as the vault's ciphertext; a
 * classification is raised, never lowered.
 */
@Entity
@Table(name = "person_document")
public class DocumentVersion {

  /** The longest title. */
  public static final int MAX_TITLE = 200;

  @Id private UUID id;

  @Column(name = "document_id", nullable = false, updatable = false)
  private UUID documentId;

  @Column(name = "version", nullable = false, updatable = false)
  private int version;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, updatable = false, length = 40)
  private DocumentType type;

  @Column(name = "classified", nullable = false)
  private boolean classified;

  @Column(name = "sealed", nullable = false)
  private boolean sealed;

  @Column(name = "title", length = MAX_TITLE)
  private String title;

  @Column(name = "sealed_title")
  private byte[] sealedTitle;

  @Column(name = "media_type", nullable = false, updatable = false, length = 60)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(name = "sha256", length = 64)
  private String sha256;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  protected DocumentVersion() {}

  /**
   * A version of {@code document}; classified when asked or when its type is classified by nature.
   */
  public DocumentVersion(
      UUID id,
      DocumentId document,
      int version,
      UUID personId,
      DocumentType type,
      boolean classified,
      String title,
      String mediaType,
      long size,
      String sha256,
      UUID by,
      Instant at) {
    this.id = id;
    this.documentId = document.value();
    this.version = version;
    this.personId = personId;
    this.type = type;
    this.classified = classified || type.classifiedByNature();
    this.title = validTitle(title);
    this.mediaType = mediaType;
    this.size = size;
    this.sha256 = sha256;
    this.createdBy = by;
    this.createdAt = at;
  }

  /** A title: required, at most {@link #MAX_TITLE} characters, trimmed. */
  public static String validTitle(String title) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title: required");
    }
    String t = title.strip();
    if (t.length() > MAX_TITLE) {
      throw new IllegalArgumentException("title: at most " + MAX_TITLE + " characters");
    }
    return t;
  }

  /** Raises the classification (never lowered). */
  public void classify() {
    this.classified = true;
  }

  /**
   * Keeps the title only as {@code ciphertext}; the content is sealed beside it. The digest goes:
   * kept in clear it would let anyone with the database confirm a guessed document.
   */
  public void seal(byte[] titleCiphertext) {
    this.sealed = true;
    this.sealedTitle = titleCiphertext.clone();
    this.title = null;
    this.sha256 = null;
  }

  public UUID id() {
    return id;
  }

  public DocumentId documentId() {
    return new DocumentId(documentId);
  }

  public int version() {
    return version;
  }

  public UUID personId() {
    return personId;
  }

  public DocumentType type() {
    return type;
  }

  public boolean classified() {
    return classified;
  }

  public boolean sealed() {
    return sealed;
  }

  /** The title in clear; null once sealed. */
  public String title() {
    return title;
  }

  public byte[] sealedTitle() {
    return sealedTitle == null ? null : sealedTitle.clone();
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  /** The content's SHA-256 in hex; null once sealed (computed again from the opened bytes). */
  public String sha256() {
    return sha256;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public UUID createdBy() {
    return createdBy;
  }
}
