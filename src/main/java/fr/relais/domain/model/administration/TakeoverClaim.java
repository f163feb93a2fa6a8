package fr.relais.domain.model.administration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A structure's claim that someone else holds a person's administration account (E3, S33): the
 * account, what happened, the intruder's known addresses (sealed), whether the intruder also held
 * her own access to Relais, since when the account was held. A prefecture agent of the department
 * approves or rejects it — never the filer, never anyone of the filer's structure. Waiting past
 * {@code escalateAt} (a working day after filing) it is escalated to the department's agents.
 */
@Entity
@Table(name = "takeover_claim")
public class TakeoverClaim {

  public static final int DESCRIPTION_MAX = 2000;
  public static final int REASON_MAX = 500;
  public static final int MAX_INTRUDER_ADDRESSES = 10;

  /** Where a claim stands. */
  public enum Status {
    PENDING,
    APPROVED,
    REJECTED
  }

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "description", nullable = false, updatable = false, length = DESCRIPTION_MAX)
  private String description;

  @Column(name = "intruders_sealed", nullable = false, updatable = false)
  private byte[] intrudersSealed;

  /**
   * Whether the intruders' addresses were flagged and blocked under their canonical forms (S46);
   * claims approved before are done again once.
   */
  @Column(name = "canonical_flags", nullable = false)
  private boolean canonicalFlags = true;

  /**
   * Whether its intruders' addresses are bound to this claim as well as to her (written since V32);
   * a claim filed before is bound to her alone and keeps that label.
   */
  @Column(name = "row_bound", nullable = false, updatable = false)
  private boolean rowBound = true;

  @Column(name = "intruder_count", nullable = false, updatable = false)
  private int intruderCount;

  @Column(name = "own_access_held", nullable = false, updatable = false)
  private boolean ownAccessHeld;

  @Column(name = "held_since", updatable = false)
  private LocalDate heldSince;

  @Column(name = "filed_by", nullable = false, updatable = false)
  private UUID filedBy;

  @Column(name = "filed_at", nullable = false, updatable = false)
  private Instant filedAt;

  @Column(name = "escalate_at", nullable = false, updatable = false)
  private Instant escalateAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status;

  @Column(name = "decided_by")
  private UUID decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = REASON_MAX)
  private String decisionReason;

  @Version private int version;

  protected TakeoverClaim() {}

  /** What the filer states; validated here. */
  public record Filing(
      String description, int intruderCount, boolean ownAccessHeld, LocalDate heldSince) {
    public Filing {
      description = description == null ? "" : description.strip();
      if (description.isEmpty()) {
        throw new IllegalArgumentException("description: required");
      }
      if (description.length() > DESCRIPTION_MAX) {
        throw new IllegalArgumentException(
            "description: at most " + DESCRIPTION_MAX + " characters");
      }
      if (intruderCount < 1 || intruderCount > MAX_INTRUDER_ADDRESSES) {
        throw new IllegalArgumentException(
            "intruderAddresses: from 1 to " + MAX_INTRUDER_ADDRESSES + " addresses");
      }
    }
  }

  public TakeoverClaim(
      UUID id,
      UUID personId,
      UUID structureId,
      UUID accountId,
      Filing filing,
      byte[] intrudersSealed,
      UUID filedBy,
      Instant filedAt,
      Instant escalateAt) {
    this.id = Objects.requireNonNull(id);
    this.personId = Objects.requireNonNull(personId);
    this.structureId = Objects.requireNonNull(structureId);
    this.accountId = Objects.requireNonNull(accountId);
    this.description = filing.description();
    this.intruderCount = filing.intruderCount();
    this.ownAccessHeld = filing.ownAccessHeld();
    this.heldSince = filing.heldSince();
    this.intrudersSealed = intrudersSealed.clone();
    this.filedBy = Objects.requireNonNull(filedBy);
    this.filedAt = Objects.requireNonNull(filedAt);
    this.escalateAt = Objects.requireNonNull(escalateAt);
    this.status = Status.PENDING;
  }

  /**
   * Decides it.
   *
   * @throws IllegalStateException when it is decided already
   */
  public void decide(boolean approve, UUID by, String reason, Instant at) {
    if (status != Status.PENDING) {
      throw new IllegalStateException(status.name());
    }
    String r = reason == null || reason.isBlank() ? null : reason.strip();
    if (r != null && r.length() > REASON_MAX) {
      throw new IllegalArgumentException("reason: at most " + REASON_MAX + " characters");
    }
    if (!approve && r == null) {
      throw new IllegalArgumentException("reason: required to reject a claim");
    }
    this.status = approve ? Status.APPROVED : Status.REJECTED;
    this.decidedBy = Objects.requireNonNull(by);
    this.decidedAt = at;
    this.decisionReason = r;
  }

  /** Waiting past its working day: escalated once; says whether it was due now. */
  public boolean escalateIfDue(Instant now) {
    if (status != Status.PENDING || escalatedAt != null || now.isBefore(escalateAt)) {
      return false;
    }
    this.escalatedAt = now;
    return true;
  }

  public UUID id() {
    return id;
  }

  /** The row its sealed values are bound to: itself, or null for a claim filed before V32. */
  public UUID sealedRow() {
    return rowBound ? id : null;
  }

  public UUID personId() {
    return personId;
  }

  public UUID structureId() {
    return structureId;
  }

  public UUID accountId() {
    return accountId;
  }

  public String description() {
    return description;
  }

  /** The intruders' addresses are now flagged and blocked under their canonical forms. */
  public void canonicalFlagsDone() {
    this.canonicalFlags = true;
  }

  public byte[] intrudersSealed() {
    return intrudersSealed.clone();
  }

  public int intruderCount() {
    return intruderCount;
  }

  public boolean ownAccessHeld() {
    return ownAccessHeld;
  }

  public LocalDate heldSince() {
    return heldSince;
  }

  public UUID filedBy() {
    return filedBy;
  }

  public Instant filedAt() {
    return filedAt;
  }

  public Instant escalateAt() {
    return escalateAt;
  }

  public Instant escalatedAt() {
    return escalatedAt;
  }

  public Status status() {
    return status;
  }

  public UUID decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionReason() {
    return decisionReason;
  }
}
