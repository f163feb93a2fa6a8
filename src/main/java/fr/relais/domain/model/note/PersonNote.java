package fr.relais.domain.model.note;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A note on a person's file: its text, who wrote it and when. A correction is a new note; a note is
 * marked sensitive, never unmarked; once sealed its text is kept only as the vault's ciphertext.
 */
@Entity
@Table(name = "person_note")
public class PersonNote {

  /** The longest note. */
  public static final int MAX_TEXT = 4000;

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "sensitive", nullable = false)
  private boolean sensitive;

  @Column(name = "sealed", nullable = false)
  private boolean sealed;

  @Column(name = "text", length = MAX_TEXT)
  private String text;

  @Column(name = "sealed_text")
  private byte[] sealedText;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected PersonNote() {}

  public PersonNote(
      UUID id, UUID personId, String text, boolean sensitive, UUID createdBy, Instant createdAt) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text: required");
    }
    String t = text.strip();
    if (t.length() > MAX_TEXT) {
      throw new IllegalArgumentException("text: at most " + MAX_TEXT + " characters");
    }
    this.id = id;
    this.personId = personId;
    this.text = t;
    this.sensitive = sensitive;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Marks the note sensitive (never unmarked). */
  public void markSensitive() {
    this.sensitive = true;
  }

  /** Keeps the text only as {@code ciphertext}, the vault's, made of {@link #text()}. */
  public void seal(byte[] ciphertext) {
    this.sealedText = ciphertext.clone();
    this.sealed = true;
    this.text = null;
  }

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public boolean sensitive() {
    return sensitive;
  }

  public boolean sealed() {
    return sealed;
  }

  /** The text in clear; null once sealed. */
  public String text() {
    return text;
  }

  public byte[] sealedText() {
    return sealedText == null ? null : sealedText.clone();
  }

  public UUID createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
