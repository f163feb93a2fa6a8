package fr.relais.domain.model.structure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One decision in a structure's accreditation history. Kept forever; never changed. */
@Entity
@Table(name = "accreditation_decision")
@NamedQuery(
    name = "AccreditationDecision.byStructure",
    query =
        "select d from AccreditationDecision d where d.structureId = :structure"
            + " order by d.decidedAt desc, d.id")
public class AccreditationDecision {

  @Id private UUID id;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", nullable = false, length = 20, updatable = false)
  private AccreditationDecisionType decision;

  @Column(name = "decided_by", nullable = false, updatable = false)
  private UUID decidedBy;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private Instant decidedAt;

  @Column(name = "departments", length = 200, updatable = false)
  private String departments;

  @Column(name = "valid_from", updatable = false)
  private LocalDate validFrom;

  @Column(name = "valid_until", updatable = false)
  private LocalDate validUntil;

  @Column(name = "reason", length = 500, updatable = false)
  private String reason;

  protected AccreditationDecision() {}

  AccreditationDecision(
      StructureId structure,
      AccreditationDecisionType decision,
      UUID decidedBy,
      Instant decidedAt,
      String departments,
      LocalDate validFrom,
      LocalDate validUntil,
      String reason) {
    this.id = UUID.randomUUID();
    this.structureId = structure.value();
    this.decision = decision;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    this.departments = departments;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.reason = reason;
  }

  public UUID id() {
    return id;
  }

  public AccreditationDecisionType decision() {
    return decision;
  }

  public UUID decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public java.util.Set<String> departments() {
    return Departments.split(departments);
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validUntil() {
    return validUntil;
  }

  public String reason() {
    return reason;
  }
}
