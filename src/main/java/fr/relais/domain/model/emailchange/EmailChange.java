package fr.relais.domain.model.emailchange;

import fr.relais.domain.shared.SingleUseLink;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A change of a person's contact email, pending until the link sent to the new address is confirmed
 * (E1, S30). The new address is kept apart from her contact, only as the vault's ciphertext and a
 * keyed hash; the change is stale when her address is no longer the one it started from ({@code
 * baseFingerprint}). Only the links' SHA-256 are stored. A change that was started again, withdrawn
 * or made stale is ended with its reason and never confirms.
 */
@Entity
@Table(name = "email_change")
public class EmailChange {

  /** How long the confirmation link lasts (S30). */
  public static final Duration LIFETIME = Duration.ofHours(24);

  /** How long the old address may use the freeze link of its notice. */
  public static final Duration FREEZE_LIFETIME = Duration.ofDays(30);

  /** Why a change ended without being confirmed. */
  public enum Ending {
    /** Started again: a new link replaced this one. */
    SUPERSEDED,
    /** Her address changed meanwhile: what it would replace is not there any more. */
    STALE,
    /** The new address was flagged as possibly controlled by someone else. */
    FLAGGED
  }

  /** Where a change stands. */
  public enum Status {
    PENDING,
    CONFIRMED,
    EXPIRED,
    SUPERSEDED,
    STALE,
    FLAGGED
  }

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(name = "new_email_sealed", nullable = false, updatable = false)
  private byte[] newEmailSealed;

  @Column(name = "new_email_fingerprint", nullable = false, updatable = false, length = 64)
  private String newFingerprint;

  @Column(name = "base_email_fingerprint", updatable = false, length = 64)
  private String baseFingerprint;

  /** Whether both keyed hashes are over canonical forms (S46); see the repository's rekey. */
  @Column(name = "canonical_fingerprints", nullable = false, updatable = false)
  private boolean canonicalFingerprints = true;

  /**
   * Whether its sealed values are bound to this row as well as to her (written since V32); a row
   * written before is bound to her alone and keeps that label.
   */
  @Column(name = "row_bound", nullable = false, updatable = false)
  private boolean rowBound = true;

  @Column(name = "started_by", nullable = false, updatable = false)
  private UUID startedBy;

  @Column(name = "started_by_person", nullable = false, updatable = false)
  private boolean startedByPerson;

  @Embedded private SingleUseLink link;

  @Enumerated(EnumType.STRING)
  @Column(name = "ended_reason", length = 20)
  private Ending ending;

  @Column(name = "old_address_told", nullable = false)
  private boolean oldAddressTold;

  @Column(name = "freeze_token_hash", length = 64)
  private String freezeTokenHash;

  @Column(name = "freeze_expires_at")
  private Instant freezeExpiresAt;

  @Column(name = "frozen_at")
  private Instant frozenAt;

  protected EmailChange() {}

  /** A new change and the token of its link (shown once: in the mail to the new address). */
  public record Started(EmailChange change, String token) {}

  public static Started start(
      UUID id,
      UUID personId,
      UUID structureId,
      byte[] newEmailSealed,
      String newFingerprint,
      String baseFingerprint,
      UUID startedBy,
      boolean startedByPerson,
      Instant now) {
    SingleUseLink.Issued issued = SingleUseLink.issue(now, LIFETIME);
    EmailChange c = new EmailChange();
    c.id = Objects.requireNonNull(id);
    c.personId = Objects.requireNonNull(personId);
    c.structureId = Objects.requireNonNull(structureId);
    c.newEmailSealed = newEmailSealed.clone();
    c.newFingerprint = Objects.requireNonNull(newFingerprint);
    c.baseFingerprint = baseFingerprint;
    c.startedBy = Objects.requireNonNull(startedBy);
    c.startedByPerson = startedByPerson;
    c.link = issued.link();
    return new Started(c, issued.token());
  }

  public Status status(Instant now) {
    if (ending != null) {
      return Status.valueOf(ending.name());
    }
    return switch (link.status(now)) {
      case PENDING -> Status.PENDING;
      case ACCEPTED -> Status.CONFIRMED;
      case EXPIRED -> Status.EXPIRED;
      case REVOKED -> Status.SUPERSEDED;
    };
  }

  /**
   * Confirms it, by whoever holds the new address.
   *
   * @throws IllegalStateException when it is not pending
   */
  public void confirm(Instant now) {
    if (status(now) != Status.PENDING) {
      throw new IllegalStateException(status(now).name());
    }
    link.accept(personId, now);
  }

  /** Ends a pending change for {@code why}; says whether it was pending. */
  public boolean end(Ending why, Instant now) {
    if (status(now) != Status.PENDING) {
      return false;
    }
    link.revokeIfPending(now);
    this.ending = why;
    return true;
  }

  /**
   * Records that the old address was told, with the freeze link of its notice; returns the token to
   * put in the link.
   */
  public String toldOldAddress(Instant now) {
    SingleUseLink.Issued freeze = SingleUseLink.issue(now, FREEZE_LIFETIME);
    this.oldAddressTold = true;
    this.freezeTokenHash = SingleUseLink.hash(freeze.token());
    this.freezeExpiresAt = now.plus(FREEZE_LIFETIME);
    return freeze.token();
  }

  /** Whether the freeze link can still be used. */
  public boolean freezable(Instant now) {
    return freezeTokenHash != null && frozenAt == null && !now.isAfter(freezeExpiresAt);
  }

  /** The old address's owner froze her access with the notice's link. */
  public void frozen(Instant now) {
    if (!freezable(now)) {
      throw new IllegalStateException("not freezable");
    }
    this.frozenAt = now;
  }

  public UUID id() {
    return id;
  }

  /** The row its sealed values are bound to: itself, or null for a row written before V32. */
  public UUID sealedRow() {
    return rowBound ? id : null;
  }

  public UUID personId() {
    return personId;
  }

  public UUID structureId() {
    return structureId;
  }

  public byte[] newEmailSealed() {
    return newEmailSealed.clone();
  }

  public String newFingerprint() {
    return newFingerprint;
  }

  public String baseFingerprint() {
    return baseFingerprint;
  }

  public UUID startedBy() {
    return startedBy;
  }

  public boolean startedByPerson() {
    return startedByPerson;
  }

  public Instant createdAt() {
    return link.createdAt();
  }

  public Instant expiresAt() {
    return link.expiresAt();
  }

  public boolean oldAddressTold() {
    return oldAddressTold;
  }

  public Instant frozenAt() {
    return frozenAt;
  }
}
