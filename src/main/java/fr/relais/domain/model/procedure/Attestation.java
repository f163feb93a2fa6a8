package fr.relais.domain.model.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * An attestation the administration issued for a procedure (C6, recommendation 7-c): its dates, the
 * permit type, the CESEDA article and whether it allows work. An ADP (attestation de prolongation
 * d'instruction) is valid 3 or 6 months; a later one supersedes it.
 */
@Entity
@Table(name = "attestation")
public class Attestation {

  /** The kinds the report names. */
  public enum Kind {
    /** Attestation de dépôt. */
    FILING_RECEIPT,
    /** Attestation de prolongation d'instruction, valid 3 or 6 months. */
    ADP,
    /** Attestation de décision favorable. */
    DECISION_FAVOURABLE
  }

  @Id private UUID id;

  @Column(name = "procedure_id", nullable = false, updatable = false)
  private UUID procedureId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 30)
  private Kind kind;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "valid_until", updatable = false)
  private LocalDate validUntil;

  @Column(name = "permit_type", updatable = false, length = 100)
  private String permitType;

  @Column(name = "ceseda_article", updatable = false, length = 60)
  private String cesedaArticle;

  @Column(name = "allows_work", nullable = false, updatable = false)
  private boolean allowsWork;

  @Column(name = "superseded_on")
  private LocalDate supersededOn;

  @Column(name = "recorded_by", updatable = false)
  private UUID recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected Attestation() {}

  public Attestation(
      Procedure procedure,
      Kind kind,
      LocalDate issuedOn,
      LocalDate validUntil,
      String permitType,
      String cesedaArticle,
      boolean allowsWork,
      UUID recordedBy,
      Instant now) {
    if (kind == null) {
      throw new IllegalArgumentException("kind: FILING_RECEIPT, ADP or DECISION_FAVOURABLE");
    }
    if (issuedOn == null) {
      throw new IllegalArgumentException("issuedOn: required");
    }
    if (kind == Kind.ADP) {
      if (validUntil == null) {
        throw new IllegalArgumentException("validUntil: an ADP is valid 3 or 6 months");
      }
      if (validUntil.isAfter(issuedOn.plusMonths(6)) || !validUntil.isAfter(issuedOn)) {
        throw new IllegalArgumentException("validUntil: within 6 months after it was issued");
      }
    } else if (validUntil != null && !validUntil.isAfter(issuedOn)) {
      throw new IllegalArgumentException("validUntil: after it was issued");
    }
    this.id = UUID.randomUUID();
    this.procedureId = procedure.id().value();
    this.personId = procedure.personId();
    this.structureId = procedure.structureId();
    this.kind = kind;
    this.issuedOn = issuedOn;
    this.validUntil = validUntil;
    this.permitType = Procedure.oneLine(permitType, 100, "permitType");
    this.cesedaArticle = Procedure.oneLine(cesedaArticle, 60, "cesedaArticle");
    this.allowsWork = allowsWork;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  /** A newer attestation of the same kind replaces this one from that day. */
  public void supersede(LocalDate on) {
    if (supersededOn == null) {
      supersededOn = on;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID procedureId() {
    return procedureId;
  }

  public Kind kind() {
    return kind;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  public String permitType() {
    return permitType;
  }

  public String cesedaArticle() {
    return cesedaArticle;
  }

  public boolean allowsWork() {
    return allowsWork;
  }

  public Optional<LocalDate> supersededOn() {
    return Optional.ofNullable(supersededOn);
  }
}
