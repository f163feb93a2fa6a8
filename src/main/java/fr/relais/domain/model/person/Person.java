package fr.relais.domain.model.person;

import fr.relais.domain.model.structure.StructureId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person accompanied by one structure. Another structure never learns that they exist (S40). */
@Entity
@Table(name = "person")
public class Person implements fr.relais.domain.model.journal.JournalSubject {

  /** The age of majority (B3): the one statement of the rule, for entities and queries alike. */
  public static final int AGE_OF_MAJORITY = 18;

  @Id private UUID id;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(name = "last_name", nullable = false, length = 100)
  private String lastName;

  @Column(name = "first_names", nullable = false, length = 150)
  private String firstNames;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "birth_place", length = 150)
  private String birthPlace;

  @Column(name = "nationality", length = 100)
  private String nationality;

  @Column(name = "foreign_national_number", length = 10)
  private String foreignNationalNumber;

  @Column(name = "sort_key", nullable = false, length = 260)
  private String sortKey;

  @Column(name = "ase_minor", nullable = false)
  private boolean aseMinor;

  @Column(name = "guardianship_reference", length = 100)
  private String guardianshipReference;

  @Column(name = "protected", nullable = false)
  private boolean protectedPerson;

  @Enumerated(EnumType.STRING)
  @Column(name = "protection_reason", length = 30)
  private ProtectionReason protectionReason;

  @Column(name = "protected_since")
  private LocalDate protectedSince;

  @Column(name = "protection_order_court", length = Protection.COURT_MAX)
  private String protectionOrderCourt;

  @Column(name = "protection_order_issued_on")
  private LocalDate protectionOrderIssuedOn;

  @Column(name = "protection_order_ends_on")
  private LocalDate protectionOrderEndsOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by")
  private UUID closedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "closure_reason", length = 40)
  private ClosureReason closureReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Person() {}

  public Person(PersonId id, StructureId structure, PersonIdentity identity, Instant createdAt) {
    this.id = id.value();
    this.structureId = structure.value();
    this.createdAt = createdAt;
    rename(identity);
  }

  /** Corrects the civil identity. */
  public final void rename(PersonIdentity identity) {
    this.lastName = identity.lastName();
    this.firstNames = identity.firstNames();
    this.birthDate = identity.birthDate();
    this.birthPlace = identity.birthPlace();
    this.nationality = identity.nationality();
    this.foreignNationalNumber = identity.foreignNationalNumber();
    this.sortKey = identity.sortKey();
  }

  /**
   * Marks the person as a minor entrusted to child welfare (B3), with the guardianship decision.
   *
   * @throws IllegalArgumentException without a decision reference, or for an adult
   */
  public void entrustToAse(String decisionReference, LocalDate today) {
    if (decisionReference == null || decisionReference.isBlank()) {
      throw new IllegalArgumentException("guardianshipReference: required for a minor in ASE care");
    }
    if (!majorityDate().isAfter(today)) {
      throw new IllegalArgumentException("aseMinor: the person is already of age");
    }
    this.aseMinor = true;
    this.guardianshipReference = decisionReference.strip();
  }

  /**
   * Sets the protected status, or changes its details (F1).
   *
   * @throws IllegalArgumentException for a start date after {@code today}, or an order issued after
   *     it
   */
  public void protect(Protection protection, LocalDate today) {
    if (protection.since().isAfter(today)) {
      throw new IllegalArgumentException("since: not after today");
    }
    if (protection.orderIssuedOn() != null && protection.orderIssuedOn().isAfter(today)) {
      throw new IllegalArgumentException("order.issuedOn: not after today");
    }
    this.protectedPerson = true;
    this.protectionReason = protection.reason();
    this.protectedSince = protection.since();
    this.protectionOrderCourt = protection.orderCourt();
    this.protectionOrderIssuedOn = protection.orderIssuedOn();
    this.protectionOrderEndsOn = protection.orderEndsOn();
  }

  /** Lifts the protected status; the rules of lifting are the application's (F1). */
  public void liftProtection() {
    this.protectedPerson = false;
    this.protectionReason = null;
    this.protectedSince = null;
    this.protectionOrderCourt = null;
    this.protectionOrderIssuedOn = null;
    this.protectionOrderEndsOn = null;
  }

  /**
   * Closes the file: the structure no longer follows her, and the retention periods start (S61). A
   * closed file stays readable, and may be reopened until it is erased.
   */
  public void close(ClosureReason reason, UUID by, Instant at) {
    if (closedAt != null) {
      throw new IllegalStateException("the file is already closed");
    }
    this.closureReason = java.util.Objects.requireNonNull(reason, "reason");
    this.closedBy = java.util.Objects.requireNonNull(by, "by");
    this.closedAt = java.util.Objects.requireNonNull(at, "at");
  }

  /** Reopens a closed file: the retention periods stop running. */
  public void reopen() {
    if (closedAt == null) {
      throw new IllegalStateException("the file is not closed");
    }
    this.closedAt = null;
    this.closedBy = null;
    this.closureReason = null;
  }

  /** When the file was closed, if it is. */
  public java.util.Optional<Instant> closedAt() {
    return java.util.Optional.ofNullable(closedAt);
  }

  public ClosureReason closureReason() {
    return closureReason;
  }

  /** The protected status, if she is protected. */
  public java.util.Optional<Protection> protection() {
    if (!protectedPerson) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Protection(
            protectionReason,
            protectedSince == null
                ? createdAt.atZone(java.time.ZoneOffset.UTC).toLocalDate()
                : protectedSince,
            protectionOrderCourt,
            protectionOrderIssuedOn,
            protectionOrderEndsOn));
  }

  public PersonId id() {
    return new PersonId(id);
  }

  public StructureId structure() {
    return new StructureId(structureId);
  }

  public PersonIdentity identity() {
    return new PersonIdentity(
        lastName, firstNames, birthDate, birthPlace, nationality, foreignNationalNumber);
  }

  public String displayName() {
    return firstNames + " " + lastName;
  }

  public String sortKey() {
    return sortKey;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** The 18th birthday. */
  public LocalDate majorityDate() {
    return majorityDateOf(birthDate);
  }

  /** The day someone born on {@code birthDate} comes of age (B3). */
  public static LocalDate majorityDateOf(LocalDate birthDate) {
    return birthDate.plusYears(AGE_OF_MAJORITY);
  }

  /**
   * The birth date of whoever comes of age on {@code majorityDate} (B3): how a query over birth
   * dates finds the majorities that fall due.
   */
  public static LocalDate birthDateComingOfAgeOn(LocalDate majorityDate) {
    return majorityDate.minusYears(AGE_OF_MAJORITY);
  }

  public boolean aseMinor() {
    return aseMinor;
  }

  public String guardianshipReference() {
    return guardianshipReference;
  }

  public boolean isProtected() {
    return protectedPerson;
  }

  public ProtectionReason protectionReason() {
    return protectionReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String foreignNationalNumber() {
    return foreignNationalNumber;
  }

  @Override
  public java.util.UUID journalStructure() {
    return structureId;
  }

  @Override
  public String journalTargetType() {
    return "person";
  }

  @Override
  public String journalTargetId() {
    return id().toString();
  }
}
