package fr.relais.domain.model.access;

import fr.relais.domain.model.structure.Departments;
import fr.relais.domain.model.structure.StructureId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * An invitation to join a structure (A3), or to open a prefecture agent's account for the
 * departments it names (A1): single use, valid 48 hours, bound to the first identity that signs in
 * with it — never matched by email (S7). Only the token's SHA-256 is stored; the token itself
 * exists in the link given to the invitee.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(
    name = "Invitation.byTokenHash",
    query = "select i from Invitation i where i.tokenHash = :hash")
@NamedQuery(
    name = "Invitation.withoutStructure",
    query =
        "select i from Invitation i where i.structureId is null and i.role = :role"
            + " order by i.createdAt desc, i.id")
@NamedQuery(
    name = "Invitation.forStructure",
    query =
        "select i from Invitation i where i.structureId = :structure order by i.createdAt desc, i.id")
public class Invitation {

  public static final Duration LIFETIME = Duration.ofHours(48);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Where an invitation stands at a given time. */
  public enum Status {
    PENDING,
    ACCEPTED,
    EXPIRED,
    REVOKED
  }

  @Id private UUID id;

  /** The structure joined; null for a prefecture agent, who belongs to none. */
  @Column(name = "structure_id", updatable = false)
  private UUID structureId;

  /** The departments a prefecture agent will cover; null for structure roles. */
  @Column(name = "departments", length = 500, updatable = false)
  private String departments;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 40, updatable = false)
  private Role role;

  @Column(name = "identity_checker", nullable = false, updatable = false)
  private boolean identityChecker;

  @Column(name = "protected_cases", nullable = false, updatable = false)
  private boolean protectedCases;

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

  protected Invitation() {}

  /** A new invitation and the token to put in its link (shown once, never stored). */
  public record Issued(Invitation invitation, String token) {}

  public static Issued issue(
      StructureId structure,
      Role role,
      boolean identityChecker,
      boolean protectedCases,
      AccountId by,
      Instant now) {
    if (role == null || !role.isStructureRole()) {
      throw new IllegalArgumentException("role: a structure role");
    }
    if (protectedCases && role == Role.VOLUNTEER) {
      throw new IllegalArgumentException("protectedCases: volunteers never see protected people");
    }
    Invitation i = new Invitation();
    i.structureId = structure.value();
    i.role = role;
    i.identityChecker = identityChecker;
    i.protectedCases = protectedCases;
    return i.sign(by, now);
  }

  /**
   * An invitation to open a prefecture agent's account covering {@code departments}.
   *
   * @throws IllegalArgumentException when the departments are empty or unknown
   */
  public static Issued issueForPrefectureAgent(
      java.util.Collection<String> departments, AccountId by, Instant now) {
    java.util.Set<String> parsed;
    try {
      parsed = Departments.parse(departments);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("departments: " + e.getMessage());
    }
    Invitation i = new Invitation();
    i.role = Role.PREFECTURE_AGENT;
    i.departments = Departments.join(parsed);
    return i.sign(by, now);
  }

  private Issued sign(AccountId by, Instant now) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    this.id = UUID.randomUUID();
    this.tokenHash = hash(token);
    this.createdBy = by.value();
    this.createdAt = now;
    this.expiresAt = now.plus(LIFETIME);
    return new Issued(this, token);
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
   * Binds the invitation to the account just created for the identity that signed in with it.
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

  public void revoke(Instant now) {
    if (status(now) != Status.PENDING) {
      throw new IllegalStateException("not pending");
    }
    this.revokedAt = now;
  }

  public UUID id() {
    return id;
  }

  /** The structure to join; null for a prefecture agent's invitation. */
  public StructureId structure() {
    return structureId == null ? null : new StructureId(structureId);
  }

  /** The departments a prefecture agent will cover; empty for structure roles. */
  public java.util.Set<String> departments() {
    return Departments.split(departments);
  }

  public Role role() {
    return role;
  }

  public boolean identityChecker() {
    return identityChecker;
  }

  public boolean protectedCases() {
    return protectedCases;
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
