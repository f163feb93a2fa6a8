package fr.relais.domain.model.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A link of the journal's chain: entry {@code entrySeq} sits at {@code position} (1, 2, 3… without
 * gaps), after the seal whose hash is {@code prevHash}. Written only by the sealer, in the order it
 * seals entries, which is sequence order except for an entry whose transaction committed after a
 * later one was sealed. Immutable, like entries.
 */
@Entity
@Table(name = "journal_seal")
public class JournalSeal {

  @Id
  @Column(name = "position", updatable = false)
  private long position;

  @Column(name = "entry_seq", nullable = false, updatable = false)
  private long entrySeq;

  @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
  private String prevHash;

  @Column(name = "hash", nullable = false, length = 64, updatable = false)
  private String hash;

  @Column(name = "sealed_at", nullable = false, updatable = false)
  private Instant sealedAt;

  protected JournalSeal() {}

  /** Made by {@link JournalChain#seal}, or rebuilt from a row by a verifier. */
  public JournalSeal(long position, long entrySeq, String prevHash, String hash, Instant sealedAt) {
    this.position = position;
    this.entrySeq = entrySeq;
    this.prevHash = prevHash;
    this.hash = hash;
    this.sealedAt = sealedAt;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("journal seals are append-only");
  }

  public long position() {
    return position;
  }

  public long entrySeq() {
    return entrySeq;
  }

  public String prevHash() {
    return prevHash;
  }

  public String hash() {
    return hash;
  }

  public Instant sealedAt() {
    return sealedAt;
  }
}
