package fr.relais.domain.model.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Growing delays between one actor's refused attempts at one thing on one subject (S70): the first
 * {@value #FREE_ATTEMPTS} refusals cost nothing — a typo is not an attack — then each one doubles
 * the wait, from {@link #FIRST_DELAY} up to {@link #MAX_DELAY}; an accepted attempt starts afresh.
 * It binds one actor on one subject, so it never shuts anyone else out.
 */
@Entity
@Table(name = "attempt_throttle")
@IdClass(AttemptThrottle.Key.class)
public class AttemptThrottle {

  public static final int FREE_ATTEMPTS = 3;
  public static final Duration FIRST_DELAY = Duration.ofSeconds(2);
  public static final Duration MAX_DELAY = Duration.ofMinutes(15);

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    String purpose;
    UUID actorId;
    UUID subjectId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && purpose.equals(k.purpose)
          && actorId.equals(k.actorId)
          && subjectId.equals(k.subjectId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(purpose, actorId, subjectId);
    }
  }

  @Id
  @Column(name = "purpose", length = 40)
  private String purpose;

  @Id
  @Column(name = "actor_id")
  private UUID actorId;

  @Id
  @Column(name = "subject_id")
  private UUID subjectId;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  protected AttemptThrottle() {}

  public AttemptThrottle(String purpose, UUID actor, UUID subject) {
    this.purpose = Objects.requireNonNull(purpose);
    this.actorId = Objects.requireNonNull(actor);
    this.subjectId = Objects.requireNonNull(subject);
  }

  /** How long the actor must still wait at {@code now}; zero when they may try. */
  public Duration wait(Instant now) {
    return nextAttemptAt == null || !now.isBefore(nextAttemptAt)
        ? Duration.ZERO
        : Duration.between(now, nextAttemptAt);
  }

  /** A refused attempt at {@code now}: past the free ones, the next waits twice as long. */
  public void failed(Instant now) {
    failures++;
    if (failures >= FREE_ATTEMPTS) {
      int doublings = Math.min(failures - FREE_ATTEMPTS, 20);
      Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
      nextAttemptAt = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }
  }

  public void succeeded() {
    failures = 0;
    nextAttemptAt = null;
  }

  public int failures() {
    return failures;
  }
}
