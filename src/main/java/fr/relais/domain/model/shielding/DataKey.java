package fr.relais.domain.model.shielding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The data key of one owner of sealed data (a record, a document), as the database holds it:
 * wrapped — encrypted — by the master key named here, which lives outside the database (S41). The
 * database alone decrypts nothing. Rotating the master key re-wraps this key; the data it encrypted
 * is never re-encrypted.
 */
@Entity
@Table(name = "vault_data_key")
public class DataKey {

  @Id private UUID id;

  @Column(name = "owner_kind", nullable = false, length = 40, updatable = false)
  private String ownerKind;

  @Column(name = "owner_id", nullable = false, updatable = false)
  private UUID ownerId;

  @Column(name = "master_key", nullable = false, length = 100)
  private String masterKey;

  @Column(name = "wrapped", nullable = false)
  private byte[] wrapped;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "rewrapped_at")
  private Instant rewrappedAt;

  protected DataKey() {}

  public DataKey(String ownerKind, UUID ownerId, String masterKey, byte[] wrapped, Instant at) {
    this.id = UUID.randomUUID();
    this.ownerKind = Objects.requireNonNull(ownerKind);
    this.ownerId = Objects.requireNonNull(ownerId);
    this.masterKey = Objects.requireNonNull(masterKey);
    this.wrapped = wrapped.clone();
    this.createdAt = at;
  }

  /** Wrapped again, by another master key: the key itself, and so the data, unchanged. */
  public void rewrap(String newMasterKey, byte[] newWrapped, Instant at) {
    this.masterKey = Objects.requireNonNull(newMasterKey);
    this.wrapped = newWrapped.clone();
    this.rewrappedAt = at;
  }

  public UUID id() {
    return id;
  }

  public String ownerKind() {
    return ownerKind;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public String masterKey() {
    return masterKey;
  }

  public byte[] wrapped() {
    return wrapped.clone();
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant rewrappedAt() {
    return rewrappedAt;
  }
}
