package fr.relais.domain.model.access;

import fr.relais.domain.model.structure.Departments;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.SingleUseLink;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
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
    query = "select i from Invitation i where i.link.tokenHash = :hash")
@NamedQuery(
    name = "Invitation.withoutStructure",
    query =
        "select i from Invitation i where i.structureId is null and i.role = :role"
            + " order by i.link.createdAt desc, i.id")
@NamedQuery(
    name = "Invitation.forStructure",
    query =
        "select i from Invitation i where i.structureId = :structure"
            + " order by i.link.createdAt desc, i.id")
public class Invitation {

  public static final Duration LIFETIME = Duration.ofHours(48);

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

  @Embedded private SingleUseLink link;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

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
    SingleUseLink.Issued issued = SingleUseLink.issue(now, LIFETIME);
    this.id = UUID.randomUUID();
    this.link = issued.link();
    this.createdBy = by.value();
    return new Issued(this, issued.token());
  }

  public SingleUseLink.Status status(Instant now) {
    return link.status(now);
  }

  /**
   * Binds the invitation to the account just created for the identity that signed in with it.
   *
   * @throws IllegalStateException when it is not pending any more
   */
  public void accept(AccountId account, Instant now) {
    link.accept(account.value(), now);
  }

  /**
   * Cancels a pending invitation.
   *
   * @throws IllegalStateException when it is not pending any more
   */
  public void revoke(Instant now) {
    link.revoke(now);
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

  /** Whether it opens a prefecture agent's account: departments to cover, no structure (A1). */
  public boolean forPrefectureAgent() {
    return role == Role.PREFECTURE_AGENT;
  }

  public boolean identityChecker() {
    return identityChecker;
  }

  public boolean protectedCases() {
    return protectedCases;
  }

  public Instant createdAt() {
    return link.createdAt();
  }

  public Instant expiresAt() {
    return link.expiresAt();
  }

  public UUID consumedBy() {
    return link.consumedBy();
  }
}
