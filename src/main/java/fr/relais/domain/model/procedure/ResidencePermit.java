package fr.relais.domain.model.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The residence permit a person holds, whether or not it was filed online (C5): its expiry gives
 * the renewal window, which opens on the 120th day before it and closes on the 60th (CESEDA R.
 * 431-5). Recording a newer permit replaces it.
 */
@Entity
@Table(name = "residence_permit")
public class ResidencePermit {

  public static final int WINDOW_OPENS_DAYS = 120;
  public static final int WINDOW_CLOSES_DAYS = 60;

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(name = "permit_type", nullable = false, updatable = false, length = 100)
  private String permitType;

  @Column(name = "expires_on", nullable = false, updatable = false)
  private LocalDate expiresOn;

  @Column(name = "window_opens_on", nullable = false, updatable = false)
  private LocalDate windowOpensOn;

  @Column(name = "window_closes_on", nullable = false, updatable = false)
  private LocalDate windowClosesOn;

  @Column(name = "filed_online", nullable = false, updatable = false)
  private boolean filedOnline;

  @Column(name = "replaced_on")
  private LocalDate replacedOn;

  @Column(name = "recorded_by", updatable = false)
  private UUID recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  protected ResidencePermit() {}

  public ResidencePermit(
      UUID personId,
      UUID structureId,
      String permitType,
      LocalDate expiresOn,
      boolean filedOnline,
      UUID recordedBy,
      Instant now) {
    if (permitType == null || permitType.isBlank() || permitType.strip().length() > 100) {
      throw new IllegalArgumentException("permitType: required, at most 100 characters");
    }
    if (expiresOn == null) {
      throw new IllegalArgumentException("expiresOn: required");
    }
    this.id = UUID.randomUUID();
    this.personId = personId;
    this.structureId = structureId;
    this.permitType = permitType.strip();
    this.expiresOn = expiresOn;
    this.windowOpensOn = expiresOn.minusDays(WINDOW_OPENS_DAYS);
    this.windowClosesOn = expiresOn.minusDays(WINDOW_CLOSES_DAYS);
    this.filedOnline = filedOnline;
    this.recordedBy = recordedBy;
    this.recordedAt = now;
  }

  public void replace(LocalDate on) {
    if (replacedOn == null) {
      replacedOn = on;
    }
  }

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public String permitType() {
    return permitType;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public LocalDate windowOpensOn() {
    return windowOpensOn;
  }

  public LocalDate windowClosesOn() {
    return windowClosesOn;
  }

  public boolean filedOnline() {
    return filedOnline;
  }

  public Optional<LocalDate> replacedOn() {
    return Optional.ofNullable(replacedOn);
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
