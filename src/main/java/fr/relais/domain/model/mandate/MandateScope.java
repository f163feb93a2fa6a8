package fr.relais.domain.model.mandate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One procedure type a mandate covers; revocable on its own (as in Aidants Connect). */
@Entity
@Table(name = "mandate_scope")
@IdClass(MandateScope.Key.class)
public class MandateScope {

  /** Composite key: mandate and procedure code. */
  public record Key(UUID mandateId, String procedureCode) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "mandate_id")
  private UUID mandateId;

  @Id
  @Column(name = "procedure_code", length = 60)
  private String procedureCode;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private UUID revokedBy;

  @Column(name = "revoked_by_person", nullable = false)
  private boolean revokedByPerson;

  protected MandateScope() {}

  MandateScope(UUID mandateId, String procedureCode) {
    this.mandateId = mandateId;
    this.procedureCode = procedureCode;
  }

  public String procedureCode() {
    return procedureCode;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  /** Whether the person themselves withdrew it. */
  public boolean revokedByPerson() {
    return revokedByPerson;
  }

  void revoke(UUID by, boolean byPerson, Instant at) {
    if (revokedAt != null) {
      throw new IllegalStateException("scope already revoked");
    }
    this.revokedAt = at;
    this.revokedBy = by;
    this.revokedByPerson = byPerson;
  }
}
