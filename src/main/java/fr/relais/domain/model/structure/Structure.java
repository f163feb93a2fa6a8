package fr.relais.domain.model.structure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An accompanying structure: one institutional account for many accompanied people, and its
 * accreditation by the prefecture (A1). Only an accredited structure, within its validity period,
 * may act on anyone's behalf; expiry needs no job, it is read from the dates.
 */
@Entity
@Table(name = "structure")
@NamedQuery(
    name = "Structure.byStatus",
    query = "select s from Structure s where s.status in :statuses order by s.createdAt, s.id")
public class Structure {

  /** The longest accreditation a single decision grants. */
  public static final int MAX_VALIDITY_YEARS = 5;

  @Id private UUID id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 40)
  private StructureType type;

  @Column(name = "siret", length = 14)
  private String siret;

  @Column(name = "address_line", length = 200)
  private String addressLine;

  @Column(name = "postal_code", length = 10)
  private String postalCode;

  @Column(name = "city", length = 100)
  private String city;

  @Column(name = "departments", length = 200)
  private String departments;

  @Column(name = "contact_email", length = 200)
  private String contactEmail;

  @Column(name = "contact_phone", length = 30)
  private String contactPhone;

  @Enumerated(EnumType.STRING)
  @Column(name = "accreditation_status", nullable = false, length = 20)
  private AccreditationStatus status;

  @Column(name = "accredited_departments", length = 200)
  private String accreditedDepartments;

  @Column(name = "accredited_from")
  private LocalDate accreditedFrom;

  @Column(name = "accredited_until")
  private LocalDate accreditedUntil;

  @Column(name = "status_reason", length = 500)
  private String statusReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_channel", nullable = false, length = 20)
  private RequestChannel requestChannel;

  @Column(name = "requested_by")
  private UUID requestedBy;

  /**
   * The SIRET while this structure holds an accreditation for it (accredited, expired or
   * suspended), null otherwise. A unique index on this column keeps one holder per SIRET, while any
   * number of requests for the same SIRET may wait side by side: a request filed by someone who is
   * not the structure blocks no one, and the agent sees the competing requests.
   */
  @Column(name = "siret_holder", length = 14)
  private String siretHolder;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Structure() {}

  /** A structure as the platform operator registers its request for accreditation. */
  public Structure(StructureId id, StructureDetails details, Instant createdAt) {
    this(id, details, RequestChannel.OPERATOR, null, createdAt);
  }

  /**
   * A structure as it asks for accreditation.
   *
   * @param requestedBy the account that filed the request (the operator, or the applicant who
   *     becomes the structure's administrator); may be null for data loaded at start-up
   */
  public Structure(
      StructureId id,
      StructureDetails details,
      RequestChannel channel,
      UUID requestedBy,
      Instant createdAt) {
    this.requestChannel = Objects.requireNonNull(channel);
    this.requestedBy = requestedBy;
    this.id = Objects.requireNonNull(id).value();
    this.name = details.name();
    this.type = details.type();
    this.siret = details.siret().value();
    this.addressLine = details.addressLine();
    this.postalCode = details.postalCode();
    this.city = details.city();
    this.departments = Departments.join(details.departments());
    this.contactEmail = details.contactEmail();
    this.contactPhone = details.contactPhone();
    this.status = AccreditationStatus.REQUESTED;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public StructureId id() {
    return new StructureId(id);
  }

  public String name() {
    return name;
  }

  public StructureType type() {
    return type;
  }

  public String siret() {
    return siret;
  }

  public String addressLine() {
    return addressLine;
  }

  public String postalCode() {
    return postalCode;
  }

  public String city() {
    return city;
  }

  public Set<String> departments() {
    return Departments.split(departments);
  }

  public String contactEmail() {
    return contactEmail;
  }

  public String contactPhone() {
    return contactPhone;
  }

  public Set<String> accreditedDepartments() {
    return Departments.split(accreditedDepartments);
  }

  public LocalDate accreditedFrom() {
    return accreditedFrom;
  }

  public LocalDate accreditedUntil() {
    return accreditedUntil;
  }

  public String statusReason() {
    return statusReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public RequestChannel requestChannel() {
    return requestChannel;
  }

  /** The account that filed the request, if known. */
  public java.util.Optional<UUID> requestedBy() {
    return java.util.Optional.ofNullable(requestedBy);
  }

  /** Whether this structure holds an accreditation for its SIRET (see {@code siretHolder}). */
  public boolean holdsSiret() {
    return siretHolder != null;
  }

  /**
   * The departments this structure concerns: those it asked for and those it is accredited for. A
   * prefecture agent deals with it when they cover at least one of them.
   */
  public Set<String> concernedDepartments() {
    Set<String> all = new java.util.TreeSet<>(departments());
    all.addAll(accreditedDepartments());
    return all;
  }

  /** The status as of {@code today}: an accreditation past its end date reads EXPIRED. */
  public AccreditationStatus status(LocalDate today) {
    if (status == AccreditationStatus.ACCREDITED
        && accreditedUntil != null
        && today.isAfter(accreditedUntil)) {
      return AccreditationStatus.EXPIRED;
    }
    return status;
  }

  /** Whether the structure may act on anyone's behalf today (A1). */
  public boolean isInForce(LocalDate today) {
    return status == AccreditationStatus.ACCREDITED
        && !today.isBefore(accreditedFrom)
        && !today.isAfter(accreditedUntil);
  }

  /**
   * Applies a prefecture decision and returns its record for the history.
   *
   * @throws IllegalStateException when the decision does not apply to the current status
   * @throws IllegalArgumentException when the decision's data is invalid
   */
  public AccreditationDecision decide(
      AccreditationDecisionType decision,
      Set<String> grantedDepartments,
      LocalDate from,
      LocalDate until,
      String reason,
      UUID agent,
      Instant at,
      LocalDate today) {
    AccreditationStatus current = status(today);
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && why.length() > 500) {
      throw new IllegalArgumentException("reason: at most 500 characters");
    }
    switch (decision) {
      case ACCREDIT -> {
        requireStatus(current, AccreditationStatus.REQUESTED, AccreditationStatus.REFUSED);
        Set<String> granted = Departments.parse(grantedDepartments);
        validatePeriod(from, until);
        this.accreditedDepartments = Departments.join(granted);
        this.accreditedFrom = from;
        this.accreditedUntil = until;
        this.status = AccreditationStatus.ACCREDITED;
        this.statusReason = null;
        this.siretHolder = siret;
      }
      case REFUSE -> {
        requireStatus(current, AccreditationStatus.REQUESTED);
        this.status = AccreditationStatus.REFUSED;
        this.statusReason = requireReason(why);
      }
      case SUSPEND -> {
        requireStatus(current, AccreditationStatus.ACCREDITED, AccreditationStatus.EXPIRED);
        this.status = AccreditationStatus.SUSPENDED;
        this.statusReason = requireReason(why);
      }
      case REINSTATE -> {
        requireStatus(current, AccreditationStatus.SUSPENDED);
        this.status = AccreditationStatus.ACCREDITED;
        this.statusReason = null;
      }
      case REVOKE -> {
        requireStatus(
            current,
            AccreditationStatus.ACCREDITED,
            AccreditationStatus.EXPIRED,
            AccreditationStatus.SUSPENDED);
        this.status = AccreditationStatus.REVOKED;
        this.statusReason = requireReason(why);
        this.siretHolder = null;
      }
      case RENEW -> {
        requireStatus(current, AccreditationStatus.ACCREDITED, AccreditationStatus.EXPIRED);
        if (until == null || !until.isAfter(accreditedUntil)) {
          throw new IllegalArgumentException("validUntil: must be after the current end date");
        }
        LocalDate start = current == AccreditationStatus.EXPIRED ? today : accreditedFrom;
        validatePeriod(start, until);
        if (grantedDepartments != null && !grantedDepartments.isEmpty()) {
          this.accreditedDepartments = Departments.join(Departments.parse(grantedDepartments));
        }
        this.accreditedFrom = start;
        this.accreditedUntil = until;
      }
      default -> throw new IllegalArgumentException("decision");
    }
    return new AccreditationDecision(
        id(), decision, agent, at, accreditedDepartments, accreditedFrom, accreditedUntil, why);
  }

  private static void requireStatus(AccreditationStatus current, AccreditationStatus... allowed) {
    for (AccreditationStatus a : allowed) {
      if (a == current) {
        return;
      }
    }
    throw new IllegalStateException("not possible while " + current);
  }

  private static String requireReason(String why) {
    if (why == null) {
      throw new IllegalArgumentException("reason: required");
    }
    return why;
  }

  private static void validatePeriod(LocalDate from, LocalDate until) {
    if (from == null) {
      throw new IllegalArgumentException("validFrom: required");
    }
    if (until == null) {
      throw new IllegalArgumentException("validUntil: required");
    }
    if (!until.isAfter(from)) {
      throw new IllegalArgumentException("validUntil: must be after validFrom");
    }
    if (until.isAfter(from.plusYears(MAX_VALIDITY_YEARS))) {
      throw new IllegalArgumentException(
          "validUntil: at most " + MAX_VALIDITY_YEARS + " years after validFrom");
    }
  }
}
