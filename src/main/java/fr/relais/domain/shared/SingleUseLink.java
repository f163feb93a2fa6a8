package fr.relais.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * A single-use link: a random token of 256 bits of which only the SHA-256 is stored, valid for a
 * while, redeemed once by the account it then binds to, or withdrawn before. Embedded by the
 * invitations of members and agents and by the access links of accompanied people; the columns have
 * the same names in their tables.
 */
@Embeddable
public class SingleUseLink {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Where a link stands at a given time. */
  public enum Status {
    PENDING,
    ACCEPTED,
    EXPIRED,
    REVOKED
  }

  @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "consumed_at")
  private Instant consumedAt;

  @Column(name = "consumed_by")
  private UUID consumedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected SingleUseLink() {}

  /** A new link and its token, to put in the URL given to its holder (shown once, never stored). */
  public record Issued(SingleUseLink link, String token) {}

  public static Issued issue(Instant now, Duration lifetime) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    SingleUseLink link = new SingleUseLink();
    link.tokenHash = hash(token);
    link.createdAt = Objects.requireNonNull(now);
    link.expiresAt = now.plus(lifetime);
    return new Issued(link, token);
  }

  /** The stored form of a token. */
  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Status status(Instant now) {
    if (revokedAt != null) {
      return Status.REVOKED;
    }
    if (consumedAt != null) {
      return Status.ACCEPTED;
    }
    return now.isAfter(expiresAt) ? Status.EXPIRED : Status.PENDING;
  }

  /**
   * Binds the link to the account of the identity that redeemed it.
   *
   * @throws IllegalStateException when it is not pending any more
   */
  public void accept(UUID account, Instant now) {
    Status s = status(now);
    if (s != Status.PENDING) {
      throw new IllegalStateException(s.name());
    }
    this.consumedAt = now;
    this.consumedBy = Objects.requireNonNull(account);
  }

  /**
   * Withdraws a pending link.
   *
   * @throws IllegalStateException when it is not pending any more
   */
  public void revoke(Instant now) {
    if (!revokeIfPending(now)) {
      throw new IllegalStateException("not pending");
    }
  }

  /** Withdraws the link if it is still pending; says whether it did. */
  public boolean revokeIfPending(Instant now) {
    if (status(now) != Status.PENDING) {
      return false;
    }
    this.revokedAt = now;
    return true;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public UUID consumedBy() {
    return consumedBy;
  }
}
