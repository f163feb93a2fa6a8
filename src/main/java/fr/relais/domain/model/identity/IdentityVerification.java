package fr.relais.domain.model.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One step of a person's identity verification, kept for good (D1): the level it gives, how, who,
 * when and why. For an in-person check: the document's type, issuing country, expiry, and its
 * number only as a keyed hash (HMAC, key outside the database) with its last three characters —
 * enough to recognise the same document again, never enough to rebuild it (S41). Immutable.
 */
@Entity
@Table(name = "identity_verification")
public class IdentityVerification {

  /** Characters kept of a document's number, to say which document it was. */
  public static final int NUMBER_END = 3;

  /** The purpose of the keyed hash of a document's number: never compared with another kind. */
  public static final String NUMBER_PURPOSE = "identity-document";

  public static final int REASON_MAX = 300;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false, length = 30, updatable = false)
  private VerificationLevel level;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, length = 30, updatable = false)
  private VerificationMethod method;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", length = 30, updatable = false)
  private IdentityDocumentType documentType;

  @Column(name = "issuing_country", length = 2, updatable = false)
  private String issuingCountry;

  @Column(name = "document_fingerprint", length = 64, updatable = false)
  private String documentFingerprint;

  @Column(name = "document_number_end", length = NUMBER_END, updatable = false)
  private String documentNumberEnd;

  @Column(name = "document_expires_on", updatable = false)
  private LocalDate documentExpiresOn;

  @Column(name = "provider", length = 60, updatable = false)
  private String provider;

  @Column(name = "acr", length = 100, updatable = false)
  private String acr;

  @Column(name = "reason", length = REASON_MAX, updatable = false)
  private String reason;

  @Column(name = "checked_by", updatable = false)
  private UUID checkedBy;

  @Column(name = "checked_at", nullable = false, updatable = false)
  private Instant checkedAt;

  protected IdentityVerification() {}

  /** A document's number as it is hashed: upper case, without spaces or dashes. */
  public static String normaliseNumber(String number) {
    String n = number == null ? "" : number.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (!n.matches("[A-Z0-9]{5,30}")) {
      throw new IllegalArgumentException(
          "documentNumber: 5 to 30 letters and digits (spaces and dashes ignored)");
    }
    return n;
  }

  /**
   * An in-person check of an original document (S21).
   *
   * @param fingerprint the keyed hash of {@link #normaliseNumber}'s result, made by the caller
   * @param numberEnd the last characters of the normalised number
   */
  public static IdentityVerification inPerson(
      UUID person,
      IdentityDocumentType type,
      String issuingCountry,
      String fingerprint,
      String numberEnd,
      LocalDate expiresOn,
      String reason,
      UUID checkedBy,
      Instant at) {
    IdentityVerification v = new IdentityVerification();
    v.id = UUID.randomUUID();
    v.personId = Objects.requireNonNull(person, "person");
    v.level = VerificationLevel.DOCUMENT_CHECKED;
    v.method = VerificationMethod.IN_PERSON;
    if (type == null) {
      throw new IllegalArgumentException("documentType: required");
    }
    v.documentType = type;
    String country = issuingCountry == null ? "" : issuingCountry.trim().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(country)) {
      throw new IllegalArgumentException("issuingCountry: an ISO 3166 two-letter country code");
    }
    v.issuingCountry = country;
    if (fingerprint == null || !fingerprint.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("documentNumber: not hashed");
    }
    v.documentFingerprint = fingerprint;
    if (numberEnd == null || numberEnd.length() != NUMBER_END) {
      throw new IllegalArgumentException("documentNumber: too short");
    }
    v.documentNumberEnd = numberEnd;
    if (expiresOn == null) {
      throw new IllegalArgumentException("expiresOn: required");
    }
    if (expiresOn.isBefore(at.atZone(java.time.ZoneOffset.UTC).toLocalDate())) {
      throw new IllegalArgumentException("expiresOn: the document has expired");
    }
    v.documentExpiresOn = expiresOn;
    v.reason = reason(reason);
    v.checkedBy = Objects.requireNonNull(checkedBy, "checkedBy");
    v.checkedAt = Objects.requireNonNull(at, "at");
    return v;
  }

  /** Her own login through a provider that returned an eIDAS-substantial {@code acr} (S3, S22). */
  public static IdentityVerification remote(UUID person, String provider, String acr, Instant at) {
    IdentityVerification v = new IdentityVerification();
    v.id = UUID.randomUUID();
    v.personId = Objects.requireNonNull(person, "person");
    v.level = VerificationLevel.EIDAS_SUBSTANTIAL;
    v.method = VerificationMethod.REMOTE_PROVIDER;
    v.provider = Objects.requireNonNull(provider, "provider");
    v.acr = Objects.requireNonNull(acr, "acr");
    v.checkedAt = Objects.requireNonNull(at, "at");
    return v;
  }

  private static String reason(String reason) {
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty() || r.length() > REASON_MAX) {
      throw new IllegalArgumentException("reason: 1 to " + REASON_MAX + " characters");
    }
    return r;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("identity verifications are kept as they were made");
  }

  public UUID id() {
    return id;
  }

  public UUID personId() {
    return personId;
  }

  public VerificationLevel level() {
    return level;
  }

  public VerificationMethod method() {
    return method;
  }

  public IdentityDocumentType documentType() {
    return documentType;
  }

  public String issuingCountry() {
    return issuingCountry;
  }

  public String documentFingerprint() {
    return documentFingerprint;
  }

  public String documentNumberEnd() {
    return documentNumberEnd;
  }

  public LocalDate documentExpiresOn() {
    return documentExpiresOn;
  }

  public String provider() {
    return provider;
  }

  public String acr() {
    return acr;
  }

  public String reason() {
    return reason;
  }

  public UUID checkedBy() {
    return checkedBy;
  }

  public Instant checkedAt() {
    return checkedAt;
  }
}
