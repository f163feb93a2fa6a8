package fr.relais.domain.model.access;

import fr.relais.domain.model.structure.Departments;
import fr.relais.domain.model.structure.StructureId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A local account: an external identity bound to one role (and a structure for members). */
@Entity
@Table(name = "account")
@NamedQuery(
    name = "Account.membersOf",
    query =
        "select a from Account a where a.structureId = :structure"
            + " order by a.active desc, a.displayName, a.id")
@NamedQuery(
    name = "Account.byRole",
    query =
        "select a from Account a where a.role = :role order by a.active desc, a.displayName, a.id")
@NamedQuery(
    name = "Account.byIdentity",
    query = "select a from Account a where a.issuer = :issuer and a.subject = :subject")
public class Account {

  /** Languages the interface is offered in, French first. */
  public static final Set<String> SUPPORTED_LOCALES = Set.of("fr", "en");

  @Id private UUID id;

  @Column(name = "issuer", nullable = false, length = 500)
  private String issuer;

  @Column(name = "subject", nullable = false, length = 255)
  private String subject;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 40)
  private Role role;

  @Column(name = "structure_id")
  private UUID structureId;

  @Column(name = "locale", nullable = false, length = 5)
  private String locale;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "identity_checker", nullable = false)
  private boolean identityChecker;

  @Column(name = "protected_cases", nullable = false)
  private boolean protectedCases;

  @Column(name = "deactivated_at")
  private Instant deactivatedAt;

  /** The French departments a prefecture agent covers (A1, S10); empty for every other role. */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "account_department", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "department", nullable = false, length = 3)
  private Set<String> departments = new HashSet<>();

  /** The professional address notifications go to, as the identity provider vouched for it. */
  @Column(name = "email", length = 320)
  private String email;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Account() {}

  public Account(
      AccountId id,
      ExternalIdentity identity,
      String displayName,
      Role role,
      StructureId structure,
      Instant createdAt) {
    Objects.requireNonNull(role, "role");
    if (role.isStructureRole() != (structure != null)) {
      throw new IllegalArgumentException("structure roles, and only they, belong to a structure");
    }
    this.id = id.value();
    this.issuer = identity.issuer();
    this.subject = identity.subject();
    this.displayName = Objects.requireNonNull(displayName);
    this.role = role;
    this.structureId = structure == null ? null : structure.value();
    this.locale = "fr";
    this.active = true;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public AccountId id() {
    return new AccountId(id);
  }

  public ExternalIdentity identity() {
    return new ExternalIdentity(issuer, subject);
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  public Optional<StructureId> structure() {
    return structureId == null ? Optional.empty() : Optional.of(new StructureId(structureId));
  }

  public Locale locale() {
    return Locale.forLanguageTag(locale);
  }

  public boolean isActive() {
    return active;
  }

  public java.util.Optional<String> email() {
    return java.util.Optional.ofNullable(email);
  }

  /**
   * Records the address the identity provider vouches for (a verified {@code email} claim). Only a
   * structure's members and prefecture agents get mail from Relais; a beneficiary's address is not
   * kept here.
   */
  public void rememberVerifiedEmail(String address) {
    if (address == null || address.isBlank() || address.length() > 320 || !address.contains("@")) {
      return;
    }
    this.email = address.trim();
  }

  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Chooses the interface language.
   *
   * @throws IllegalArgumentException for a language Relais does not offer
   */
  public void chooseLocale(String languageTag) {
    if (languageTag == null || !SUPPORTED_LOCALES.contains(languageTag)) {
      throw new IllegalArgumentException("unsupported locale");
    }
    this.locale = languageTag;
  }

  /** May verify identity in person (used by identity verification). */
  public boolean identityChecker() {
    return identityChecker;
  }

  /** May see the sealed data of protected people on their caseload. */
  public boolean protectedCases() {
    return protectedCases;
  }

  public Instant deactivatedAt() {
    return deactivatedAt;
  }

  /**
   * Sets the habilitations granted by the structure's administrator.
   *
   * @throws IllegalArgumentException when a volunteer would see protected cases (never allowed)
   */
  public void setHabilitations(boolean identityChecker, boolean protectedCases) {
    if (protectedCases && role == Role.VOLUNTEER) {
      throw new IllegalArgumentException("protectedCases: volunteers never see protected people");
    }
    this.identityChecker = identityChecker;
    this.protectedCases = protectedCases;
  }

  /** Changes the member's role within their structure. */
  public void changeRole(Role newRole) {
    if (newRole == null || !newRole.isStructureRole() || structureId == null) {
      throw new IllegalArgumentException("role: a structure role");
    }
    if (newRole == Role.VOLUNTEER && protectedCases) {
      this.protectedCases = false;
    }
    this.role = newRole;
  }

  /** Whether this is a prefecture agent's account, which covers departments (A1). */
  public boolean isPrefectureAgent() {
    return role == Role.PREFECTURE_AGENT;
  }

  /** The departments a prefecture agent covers, sorted; empty for every other role. */
  public Set<String> departments() {
    return new TreeSet<>(departments);
  }

  /**
   * Sets the departments a prefecture agent covers, replacing the previous ones.
   *
   * @throws IllegalArgumentException for another role, an empty set or an unknown department
   */
  public void coverDepartments(java.util.Collection<String> codes) {
    if (role != Role.PREFECTURE_AGENT) {
      throw new IllegalArgumentException("departments: only prefecture agents cover departments");
    }
    Set<String> parsed;
    try {
      parsed = Departments.parse(codes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("departments: " + e.getMessage());
    }
    departments.retainAll(parsed);
    departments.addAll(parsed);
  }

  /** Ends the membership now; the account keeps its history but can no longer sign in. */
  public void deactivate(Instant at) {
    if (!active) {
      throw new IllegalStateException("already deactivated");
    }
    this.active = false;
    this.deactivatedAt = at;
  }
}
