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
 * The growing delay between a member's answers for one person (S70): 1 s after a first wrong code,
 * then 2, 4, 8, 16, capped at {@link #MAX_DELAY}; back to nothing after a right one. It slows a
 * guesser down without shutting anyone out: it binds one member for one person, and never for
 * longer than the cap.
 */
@Entity
@Table(name = "phone_check_throttle")
@IdClass(PhoneCheckThrottle.Key.class)
public class PhoneCheckThrottle {

  public static final Duration MAX_DELAY = Duration.ofSeconds(30);

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    UUID memberId;
    UUID personId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && memberId.equals(k.memberId) && personId.equals(k.personId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(memberId, personId);
    }
  }

  @Id
  @Column(name = "member_id")
  private UUID memberId;

  @Id
  @Column(name = "person_id")
  private UUID personId;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  protected PhoneCheckThrottle() {}

  public PhoneCheckThrottle(UUID member, UUID person) {
    this.memberId = Objects.requireNonNull(member);
    this.personId = Objects.requireNonNull(person);
  }

  /** How long the member must still wait at {@code now}; zero when they may answer. */
  public Duration wait(Instant now) {
    return nextAttemptAt == null || !now.isBefore(nextAttemptAt)
        ? Duration.ZERO
        : Duration.between(now, nextAttemptAt);
  }

  public void failed(Instant now) {
    failures++;
    long seconds = Math.min(1L << Math.min(failures - 1, 20), MAX_DELAY.toSeconds());
    nextAttemptAt = now.plusSeconds(seconds);
  }

  public void succeeded() {
    failures = 0;
    nextAttemptAt = null;
  }
}
