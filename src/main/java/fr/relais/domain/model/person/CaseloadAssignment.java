package fr.relais.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A person on a member's caseload (A4). */
@Entity
@Table(name = "caseload_assignment")
@IdClass(CaseloadAssignment.Key.class)
public class CaseloadAssignment {

  /** Composite key: person and member. */
  public record Key(UUID personId, UUID accountId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "person_id")
  private UUID personId;

  @Id
  @Column(name = "account_id")
  private UUID accountId;

  @Column(name = "assigned_at", nullable = false)
  private Instant assignedAt;

  @Column(name = "assigned_by", nullable = false)
  private UUID assignedBy;

  protected CaseloadAssignment() {}

  public CaseloadAssignment(UUID personId, UUID accountId, UUID assignedBy, Instant at) {
    this.personId = personId;
    this.accountId = accountId;
    this.assignedBy = assignedBy;
    this.assignedAt = at;
  }

  public UUID personId() {
    return personId;
  }

  public UUID accountId() {
    return accountId;
  }
}
