package fr.relais.domain.model.shielding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The emergency lock of a person's own access (F6): from {@link #lockedAt()}, every session of her
 * account opened before ends, and her own space, new access links and new linked logins are frozen.
 * It is lifted only when she and the structure's administrator have both released it, in either
 * order.
 */
@Entity
@Table(name = "emergency_lock")
public class EmergencyLock {

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "locked_at", nullable = false, updatable = false)
  private Instant lockedAt;

  @Column(name = "locked_by", nullable = false, updatable = false)
  private UUID lockedBy;

  @Column(name = "released_by_person_at")
  private Instant releasedByPersonAt;

  @Column(name = "released_by_admin_at")
  private Instant releasedByAdministratorAt;

  @Column(name = "released_by_admin")
  private UUID releasedByAdministrator;

  @Column(name = "lifted_at")
  private Instant liftedAt;

  protected EmergencyLock() {}

  public EmergencyLock(UUID personId, UUID lockedBy, Instant at) {
    this.id = UUID.randomUUID();
    this.personId = Objects.requireNonNull(personId);
    this.lockedBy = Objects.requireNonNull(lockedBy);
    this.lockedAt = Objects.requireNonNull(at);
  }

  /**
   * Set with the freeze link of the notice her old address received when it was replaced: by
   * whoever holds that address, signed in or not.
   */
  public static EmergencyLock fromAddressNotice(UUID personId, Instant at) {
    EmergencyLock l = new EmergencyLock();
    l.id = UUID.randomUUID();
    l.personId = Objects.requireNonNull(personId);
    l.lockedAt = Objects.requireNonNull(at);
    return l;
  }

  /** She releases it; returns whether the lock is now lifted. */
  public boolean releaseByPerson(Instant at) {
    if (releasedByPersonAt == null) {
      releasedByPersonAt = at;
    }
    return liftIfBoth(at);
  }

  /** The administrator releases it; returns whether the lock is now lifted. */
  public boolean releaseByAdministrator(UUID administrator, Instant at) {
    if (releasedByAdministratorAt == null) {
      releasedByAdministratorAt = at;
      releasedByAdministrator = Objects.requireNonNull(administrator);
    }
    return liftIfBoth(at);
  }

  private boolean liftIfBoth(Instant at) {
    if (releasedByPersonAt != null && releasedByAdministratorAt != null && liftedAt == null) {
      liftedAt = at;
    }
    return liftedAt != null;
  }

  public boolean active() {
    return liftedAt == null;
  }

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public Instant lockedAt() {
    return lockedAt;
  }

  public UUID lockedBy() {
    return lockedBy;
  }

  public Instant releasedByPersonAt() {
    return releasedByPersonAt;
  }

  public Instant releasedByAdministratorAt() {
    return releasedByAdministratorAt;
  }

  public Instant liftedAt() {
    return liftedAt;
  }
}
