package fr.relais.domain.model.mailbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A token of a person's sub-address. One is current per person; a rotated one is retired but kept,
 * so that mail to it is recognised and held for the administrator instead of being filed.
 */
@Entity
@Table(name = "person_mail_token")
public class PersonMailToken {

  @Id
  @Column(name = "token", length = 32)
  private String token;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  /** The person's id while the token is current, null once retired (one current per person). */
  @Column(name = "current_for")
  private UUID currentFor;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", updatable = false)
  private UUID createdBy;

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "retired_by")
  private UUID retiredBy;

  protected PersonMailToken() {}

  public PersonMailToken(
      SubAddressToken token, UUID personId, UUID structureId, UUID createdBy, Instant at) {
    this.token = token.value();
    this.personId = personId;
    this.structureId = structureId;
    this.currentFor = personId;
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  public void retire(UUID by, Instant at) {
    if (retiredAt != null) {
      throw new IllegalStateException("already retired");
    }
    this.currentFor = null;
    this.retiredAt = at;
    this.retiredBy = by;
  }

  public SubAddressToken token() {
    return new SubAddressToken(token);
  }

  public UUID personId() {
    return personId;
  }

  public UUID structureId() {
    return structureId;
  }

  public boolean isCurrent() {
    return retiredAt == null;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant retiredAt() {
    return retiredAt;
  }
}
