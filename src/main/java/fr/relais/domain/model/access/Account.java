package fr.relais.domain.model.access;

import fr.relais.domain.model.structure.StructureId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A local account: an external identity bound to one role (and a structure for members). */
@Entity
@Table(name = "account")
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
}
