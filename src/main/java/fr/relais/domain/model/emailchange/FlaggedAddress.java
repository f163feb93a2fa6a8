package fr.relais.domain.model.emailchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An email address a member flagged as possibly controlled by someone else (S32, S45): from then on
 * it is never her address again, never a channel to reach her, and no notice is ever sent to it.
 * Kept only as its keyed hash.
 */
@Entity
@Table(name = "flagged_address")
public class FlaggedAddress {

  public static final int REASON_MAX = 300;

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "fingerprint", nullable = false, updatable = false, length = 64)
  private String fingerprint;

  @Column(name = "reason", updatable = false, length = REASON_MAX)
  private String reason;

  @Column(name = "flagged_by", nullable = false, updatable = false)
  private UUID flaggedBy;

  @Column(name = "flagged_at", nullable = false, updatable = false)
  private Instant flaggedAt;

  protected FlaggedAddress() {}

  public FlaggedAddress(
      UUID personId, String fingerprint, String reason, UUID flaggedBy, Instant at) {
    String r = reason == null || reason.isBlank() ? null : reason.strip();
    if (r != null && r.length() > REASON_MAX) {
      throw new IllegalArgumentException("reason: at most " + REASON_MAX + " characters");
    }
    this.id = UUID.randomUUID();
    this.personId = Objects.requireNonNull(personId);
    this.fingerprint = Objects.requireNonNull(fingerprint);
    this.reason = r;
    this.flaggedBy = Objects.requireNonNull(flaggedBy);
    this.flaggedAt = Objects.requireNonNull(at);
  }

  public UUID id() {
    return id;
  }

  public String reason() {
    return reason;
  }

  public UUID flaggedBy() {
    return flaggedBy;
  }

  public Instant flaggedAt() {
    return flaggedAt;
  }
}
