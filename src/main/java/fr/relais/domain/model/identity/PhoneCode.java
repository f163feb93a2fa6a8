package fr.relais.domain.model.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A single-use code a person makes in her own logged-in space and reads out to a member on the
 * phone (D2, S20, S23): the proof that the caller is her is a channel only she holds, never a fact
 * someone close to her could know. Kept only as a keyed hash; valid for minutes; used once; void
 * after a few wrong answers, when she simply makes another (S70: a caller cannot lock her out).
 */
@Entity
@Table(name = "phone_check_code")
public class PhoneCode {

  /** Wrong answers after which her current code is void. */
  public static final int MAX_FAILURES = 5;

  @Id private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "code_hash", nullable = false, length = 64, updatable = false)
  private String codeHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "voided_at")
  private Instant voidedAt;

  @Column(name = "failures", nullable = false)
  private int failures;

  protected PhoneCode() {}

  public PhoneCode(UUID account, String codeHash, Instant createdAt, Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.accountId = Objects.requireNonNull(account);
    this.codeHash = Objects.requireNonNull(codeHash);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.expiresAt = Objects.requireNonNull(expiresAt);
  }

  /** Whether it may still be answered at {@code now}. */
  public boolean usable(Instant now) {
    return usedAt == null && voidedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant at) {
    if (usedAt != null) {
      throw new IllegalStateException("a phone code is used once");
    }
    usedAt = at;
  }

  /** A wrong answer while this code was the one to give; void after {@link #MAX_FAILURES}. */
  public void failed(Instant at) {
    failures++;
    if (failures >= MAX_FAILURES && voidedAt == null) {
      voidedAt = at;
    }
  }

  /** Replaced by a newer code. */
  public void voidNow(Instant at) {
    if (voidedAt == null) {
      voidedAt = at;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public String codeHash() {
    return codeHash;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant usedAt() {
    return usedAt;
  }
}
