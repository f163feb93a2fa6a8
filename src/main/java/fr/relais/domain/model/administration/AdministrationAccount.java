package fr.relais.domain.model.administration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An account a person holds at the administration (E2): the service, its identifier (a
 * foreign-national number or an email) and the address the service writes to, each kept only as the
 * vault's ciphertext and a keyed hash. Moving that address to her sub-address is a tracked step:
 * requested, done (the member changed it at the service), confirmed by the first message that
 * arrives at the sub-address.
 */
@Entity
@Table(name = "administration_account")
public class AdministrationAccount {

  public static final int LABEL_MAX = 100;

  /** The purpose of the keyed hash of the identifier: never compared with another kind. */
  public static final String IDENTIFIER_PURPOSE = "administration:identifier";

  /** How many accounts a record holds at most. */
  public static final int MAX_PER_PERSON = 20;

  /** Which online service. */
  public enum Service {
    /** The ANEF, the online service for foreign nationals' procedures. */
    ANEF,
    /** Another platform, named by its label. */
    OTHER
  }

  /** Where the move of its address to her sub-address stands. */
  public enum Move {
    NONE,
    REQUESTED,
    DONE,
    CONFIRMED
  }

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Enumerated(EnumType.STRING)
  @Column(name = "service", nullable = false, updatable = false, length = 20)
  private Service service;

  @Column(name = "label", updatable = false, length = LABEL_MAX)
  private String label;

  @Column(name = "identifier_sealed", nullable = false, updatable = false)
  private byte[] identifierSealed;

  @Column(name = "identifier_fingerprint", nullable = false, updatable = false, length = 64)
  private String identifierFingerprint;

  @Column(name = "address_sealed")
  private byte[] addressSealed;

  @Column(name = "address_fingerprint", length = 64)
  private String addressFingerprint;

  /** Whether the address's keyed hash is over its canonical form (S46). */
  @Column(name = "canonical_fingerprints", nullable = false)
  private boolean canonicalFingerprints = true;

  /**
   * Whether its sealed values are bound to this row as well as to her (written since V32); a row
   * written before is bound to her alone and keeps that label.
   */
  @Column(name = "row_bound", nullable = false, updatable = false)
  private boolean rowBound = true;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private UUID recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "move_status", nullable = false, length = 20)
  private Move move;

  @Column(name = "move_requested_at")
  private Instant moveRequestedAt;

  @Column(name = "move_requested_by")
  private UUID moveRequestedBy;

  @Column(name = "move_done_at")
  private Instant moveDoneAt;

  @Column(name = "move_done_by")
  private UUID moveDoneBy;

  @Column(name = "move_confirmed_at")
  private Instant moveConfirmedAt;

  @Column(name = "reclaimed_at")
  private Instant reclaimedAt;

  @Version private int version;

  protected AdministrationAccount() {}

  public AdministrationAccount(
      UUID id,
      UUID personId,
      UUID structureId,
      Service service,
      String label,
      byte[] identifierSealed,
      String identifierFingerprint,
      UUID recordedBy,
      Instant at) {
    String l = label == null || label.isBlank() ? null : label.strip();
    if (l != null && l.length() > LABEL_MAX) {
      throw new IllegalArgumentException("label: at most " + LABEL_MAX + " characters");
    }
    if (service == Service.OTHER && l == null) {
      throw new IllegalArgumentException("label: required for another service");
    }
    this.id = Objects.requireNonNull(id);
    this.personId = Objects.requireNonNull(personId);
    this.structureId = Objects.requireNonNull(structureId);
    this.service = Objects.requireNonNull(service);
    this.label = l;
    this.identifierSealed = identifierSealed.clone();
    this.identifierFingerprint = Objects.requireNonNull(identifierFingerprint);
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.recordedAt = Objects.requireNonNull(at);
    this.move = Move.NONE;
  }

  /** The address the service writes to, as the vault's ciphertext and its keyed hash. */
  public void address(byte[] sealed, String fingerprint) {
    this.addressSealed = sealed == null ? null : sealed.clone();
    this.addressFingerprint = fingerprint;
  }

  /** The move of its address to her sub-address is asked for. */
  public void requestMove(UUID by, Instant at) {
    if (move == Move.DONE || move == Move.CONFIRMED) {
      throw new IllegalStateException(move.name());
    }
    this.move = Move.REQUESTED;
    this.moveRequestedAt = at;
    this.moveRequestedBy = Objects.requireNonNull(by);
  }

  /**
   * The member changed it at the service: its address is now her sub-address ({@code sealed},
   * {@code fingerprint}), to be confirmed by the first message that arrives there.
   */
  public void moveDone(byte[] sealed, String fingerprint, UUID by, Instant at) {
    if (move == Move.CONFIRMED) {
      throw new IllegalStateException(move.name());
    }
    if (moveRequestedAt == null) {
      this.moveRequestedAt = at;
      this.moveRequestedBy = by;
    }
    address(sealed, fingerprint);
    this.move = Move.DONE;
    this.moveDoneAt = at;
    this.moveDoneBy = Objects.requireNonNull(by);
    this.moveConfirmedAt = null;
  }

  /** A takeover claim was approved: the account is hers again (E3). */
  public void reclaimed(Instant at) {
    this.reclaimedAt = Objects.requireNonNull(at);
  }

  public Instant reclaimedAt() {
    return reclaimedAt;
  }

  /** A message arrived at her sub-address after the move: confirmed. Says whether it was due. */
  public boolean messageArrived(Instant at) {
    if (move != Move.DONE) {
      return false;
    }
    this.move = Move.CONFIRMED;
    this.moveConfirmedAt = at;
    return true;
  }

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public UUID structureId() {
    return structureId;
  }

  public Service service() {
    return service;
  }

  public String label() {
    return label;
  }

  /** The row its sealed values are bound to: itself, or null for a row written before V32. */
  public UUID sealedRow() {
    return rowBound ? id : null;
  }

  public byte[] identifierSealed() {
    return identifierSealed.clone();
  }

  public String identifierFingerprint() {
    return identifierFingerprint;
  }

  public byte[] addressSealed() {
    return addressSealed == null ? null : addressSealed.clone();
  }

  /** The address hashed again over its canonical form (S46), for a row kept before. */
  public void rekeyAddress(String fingerprint) {
    this.addressFingerprint = fingerprint;
    this.canonicalFingerprints = true;
  }

  public String addressFingerprint() {
    return addressFingerprint;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Move move() {
    return move;
  }

  public Instant moveRequestedAt() {
    return moveRequestedAt;
  }

  public Instant moveDoneAt() {
    return moveDoneAt;
  }

  public Instant moveConfirmedAt() {
    return moveConfirmedAt;
  }
}
