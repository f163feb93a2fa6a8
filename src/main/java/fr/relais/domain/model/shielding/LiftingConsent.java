package fr.relais.domain.model.shielding;

import jakarta.persistence.Column;
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
 * A protected person's consent to lifting her protection (F1): given in person to a member who
 * records it, or from her own signed-in account. Valid for {@link #VALIDITY}, used once; lifting
 * needs it together with the structure's administrator and a fresh authentication (S6).
 */
@Entity
@Table(name = "protection_lifting_consent")
public class LiftingConsent {

  /** How long a consent stays usable. */
  public static final Duration VALIDITY = Duration.ofDays(14);

  /** How the person gave it. */
  public enum Way {
    /** In person, to the member who records it. */
    IN_PERSON,
    /** From her own signed-in account. */
    OWN_ACCOUNT
  }

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "given_in", nullable = false, length = 20, updatable = false)
  private Way way;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private UUID recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected LiftingConsent() {}

  public LiftingConsent(UUID personId, Way way, UUID recordedBy, Instant at) {
    this.id = UUID.randomUUID();
    this.personId = Objects.requireNonNull(personId);
    this.way = Objects.requireNonNull(way);
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.recordedAt = Objects.requireNonNull(at);
  }

  /** Whether it may still be used at {@code now}. */
  public boolean usableAt(Instant now) {
    return usedAt == null && !recordedAt.plus(VALIDITY).isBefore(now);
  }

  /** Spent by the lifting it allowed. */
  public void use(Instant at) {
    if (usedAt != null) {
      throw new IllegalStateException("consent already used");
    }
    this.usedAt = at;
  }

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public Way way() {
    return way;
  }

  public UUID recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Instant usedAt() {
    return usedAt;
  }
}
