package fr.relais.domain.model.personaccess;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.Invitation;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A single-use link that lets an accompanied person open their own access to their file. The
 * structure hands it over in person (printed or shown on screen): knowing the person's facts is
 * never enough to obtain it (S20). It binds to the first identity that signs in with it, never to
 * an email address (S7), and lasts 48 hours. Only the token's SHA-256 is stored.
 */
@Entity
@Table(name = "person_access_invitation")
@NamedQuery(
    name = "PersonAccessInvitation.byTokenHash",
    query = "select i from PersonAccessInvitation i where i.tokenHash = :hash")
@NamedQuery(
    name = "PersonAccessInvitation.forPerson",
    query =
        "select i from PersonAccessInvitation i where i.personId = :person"
            + " order by i.createdAt desc, i.id")
public class PersonAccessInvitation {

  public static final Duration LIFETIME = Duration.ofHours(48);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Where a link stands at a given time. */
  public enum Status {
    PENDING,
    ACCEPTED,
    EXPIRED,
    REVOKED
  }

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
  private String tokenHash;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

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

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PersonAccessInvitation() {}

  /** A new link and its token (shown once, never stored). */
  public record Issued(PersonAccessInvitation invitation, String token) {}

  public static Issued issue(PersonId person, StructureId structure, AccountId by, Instant now) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    PersonAccessInvitation i = new PersonAccessInvitation();
    i.id = UUID.randomUUID();
    i.personId = person.value();
    i.structureId = structure.value();
    i.tokenHash = Invitation.hash(token);
    i.createdBy = by.value();
    i.createdAt = Objects.requireNonNull(now);
    i.expiresAt = now.plus(LIFETIME);
    return new Issued(i, token);
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
   * Records that the identity behind {@code account} redeemed the link.
   *
   * @throws IllegalStateException when it is not pending any more
   */
  public void accept(AccountId account, Instant now) {
    Status s = status(now);
    if (s != Status.PENDING) {
      throw new IllegalStateException(s.name());
    }
    this.consumedAt = now;
    this.consumedBy = account.value();
  }

  /** Withdraws a link not yet used; a used or expired one is left as it is. */
  public boolean revokeIfPending(Instant now) {
    if (status(now) != Status.PENDING) {
      return false;
    }
    this.revokedAt = now;
    return true;
  }

  public UUID id() {
    return id;
  }

  public PersonId person() {
    return new PersonId(personId);
  }

  public StructureId structure() {
    return new StructureId(structureId);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public AccountId createdBy() {
    return new AccountId(createdBy);
  }
}
