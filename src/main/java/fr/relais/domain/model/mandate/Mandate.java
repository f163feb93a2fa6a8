package fr.relais.domain.model.mandate;

import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.structure.StructureId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A mandate between a person and a structure (B1): scopes, dates (at most 12 months), legal basis,
 * consent document and signed evidence. Active only once the evidence is attached and within its
 * dates; revocable as a whole or scope by scope; a guardianship mandate for a minor in ASE care
 * ends by the 18th birthday (B3).
 */
@Entity
@Table(name = "mandate")
public class Mandate implements fr.relais.domain.model.journal.JournalSubject {

  public static final int MAX_MONTHS = 12;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", nullable = false, length = 30, updatable = false)
  private LegalBasis legalBasis;

  @Column(name = "basis_reference", length = 100, updatable = false)
  private String basisReference;

  @Column(name = "basis_text", length = 500, updatable = false)
  private String basisText;

  @Column(name = "starts_on", nullable = false, updatable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false, updatable = false)
  private LocalDate endsOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private MandateStatus status;

  @Column(name = "verification_code", nullable = false, length = 20, updatable = false)
  private String verificationCode;

  @Column(name = "consent_sha256", length = 64)
  private String consentSha256;

  @Column(name = "evidence_sha256", length = 64)
  private String evidenceSha256;

  @Column(name = "evidence_attached_at")
  private Instant evidenceAttachedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private UUID revokedBy;

  @Column(name = "revocation_reason", length = 500)
  private String revocationReason;

  @Column(name = "revoked_by_person", nullable = false)
  private boolean revokedByPerson;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "mandate_id")
  @OrderBy("procedureCode")
  private List<MandateScope> scopes = new ArrayList<>();

  protected Mandate() {}

  /**
   * A new mandate awaiting its signed evidence.
   *
   * @throws IllegalArgumentException with "field: reason" for any rule broken
   */
  public Mandate(
      MandateId id,
      Person person,
      StructureId structure,
      LegalBasis basis,
      String basisReference,
      String basisText,
      LocalDate startsOn,
      LocalDate endsOn,
      Set<String> scopeCodes,
      UUID createdBy,
      Instant now,
      LocalDate today) {
    this(
        id,
        person,
        structure,
        basis,
        basisReference,
        basisText,
        startsOn,
        endsOn,
        scopeCodes,
        createdBy,
        now,
        today,
        false);
  }

  /**
   * A mandate signed before it was recorded in Relais (a paper mandate being taken over), whose
   * start may lie in the past; every other rule applies.
   */
  public static Mandate signedEarlier(
      MandateId id,
      Person person,
      StructureId structure,
      LegalBasis basis,
      String basisReference,
      String basisText,
      LocalDate startsOn,
      LocalDate endsOn,
      Set<String> scopeCodes,
      UUID createdBy,
      Instant now,
      LocalDate today) {
    return new Mandate(
        id,
        person,
        structure,
        basis,
        basisReference,
        basisText,
        startsOn,
        endsOn,
        scopeCodes,
        createdBy,
        now,
        today,
        true);
  }

  private Mandate(
      MandateId id,
      Person person,
      StructureId structure,
      LegalBasis basis,
      String basisReference,
      String basisText,
      LocalDate startsOn,
      LocalDate endsOn,
      Set<String> scopeCodes,
      UUID createdBy,
      Instant now,
      LocalDate today,
      boolean signedEarlier) {
    if (basis == null) {
      throw new IllegalArgumentException("legalBasis: required");
    }
    if (startsOn == null) {
      throw new IllegalArgumentException("startsOn: required");
    }
    if (endsOn == null) {
      throw new IllegalArgumentException("endsOn: required");
    }
    if (!signedEarlier && startsOn.isBefore(today)) {
      throw new IllegalArgumentException("startsOn: not in the past");
    }
    if (!endsOn.isAfter(startsOn)) {
      throw new IllegalArgumentException("endsOn: must be after startsOn");
    }
    if (endsOn.isAfter(startsOn.plusMonths(MAX_MONTHS))) {
      throw new IllegalArgumentException("endsOn: at most 12 months after startsOn");
    }
    if (scopeCodes == null || scopeCodes.isEmpty()) {
      throw new IllegalArgumentException("scopes: at least one procedure type");
    }
    switch (basis) {
      case ASE_GUARDIANSHIP -> {
        if (!person.aseMinor()) {
          throw new IllegalArgumentException("legalBasis: the person is not a minor in ASE care");
        }
        if (basisReference == null || basisReference.isBlank()) {
          throw new IllegalArgumentException("basisReference: the guardianship decision");
        }
        if (endsOn.isAfter(person.majorityDate())) {
          // B3: guardianship ends at majority; after it, the young adult's own consent is needed.
          throw new IllegalArgumentException(
              "endsOn: a guardianship mandate ends by the 18th birthday");
        }
      }
      case OTHER -> {
        if (basisText == null || basisText.isBlank() || basisText.length() > 500) {
          throw new IllegalArgumentException(
              "basisText: describe the legal basis (500 characters)");
        }
      }
      case CONSENT -> {
        if (person.majorityDate().isAfter(startsOn) && person.aseMinor()) {
          throw new IllegalArgumentException(
              "legalBasis: a minor in ASE care is represented under guardianship");
        }
      }
      default -> throw new IllegalArgumentException("legalBasis");
    }
    this.id = id.value();
    this.personId = person.id().value();
    this.structureId = structure.value();
    this.legalBasis = basis;
    this.basisReference = blank(basisReference);
    this.basisText = blank(basisText);
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.status = MandateStatus.AWAITING_EVIDENCE;
    this.verificationCode = newVerificationCode();
    this.createdAt = now;
    this.createdBy = createdBy;
    for (String code : scopeCodes) {
      scopes.add(new MandateScope(this.id, code));
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String newVerificationCode() {
    StringBuilder b = new StringBuilder("RLS-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        b.append('-');
      }
      b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
    }
    return b.toString();
  }

  /** Records the hash of the generated consent document. */
  public void consentGenerated(String sha256) {
    this.consentSha256 = sha256;
  }

  /**
   * Attaches the signed consent (or the guardianship decision): the mandate becomes active.
   *
   * @throws IllegalStateException when revoked or expired
   */
  public void attachEvidence(String sha256, Instant at, LocalDate today) {
    MandateStatus s = status(today);
    if (s == MandateStatus.REVOKED || s == MandateStatus.EXPIRED) {
      throw new IllegalStateException("the mandate is " + s);
    }
    this.evidenceSha256 = sha256;
    this.evidenceAttachedAt = at;
    this.status = MandateStatus.ACTIVE;
  }

  /** Ends the whole mandate now, by a member of the structure. */
  public void revoke(UUID by, String reason, Instant at, LocalDate today) {
    revoke(by, false, reason, at, today);
  }

  /** Ends the whole mandate now, by the person themselves from their own account (B1). */
  public void revokeByPerson(UUID account, String reason, Instant at, LocalDate today) {
    requireRevocableByPerson();
    revoke(account, true, reason, at, today);
  }

  /**
   * Whether the person may revoke it now: not once it has ended, and never a guardianship mandate,
   * which rests on the court's decision rather than on the minor's consent (B3).
   */
  public boolean revocableByPerson(LocalDate today) {
    MandateStatus s = status(today);
    return legalBasis != LegalBasis.ASE_GUARDIANSHIP
        && s != MandateStatus.REVOKED
        && s != MandateStatus.EXPIRED;
  }

  private void requireRevocableByPerson() {
    if (legalBasis == LegalBasis.ASE_GUARDIANSHIP) {
      throw new IllegalStateException(
          "a guardianship mandate rests on the court's decision; ask the structure");
    }
  }

  private void revoke(UUID by, boolean byPerson, String reason, Instant at, LocalDate today) {
    MandateStatus s = status(today);
    if (s == MandateStatus.REVOKED || s == MandateStatus.EXPIRED) {
      throw new IllegalStateException("the mandate is " + s);
    }
    this.status = MandateStatus.REVOKED;
    this.revokedAt = at;
    this.revokedBy = by;
    this.revokedByPerson = byPerson;
    this.revocationReason = blank(reason);
  }

  /** Withdraws one procedure type; the last one withdrawn revokes the mandate. */
  public void revokeScope(String code, UUID by, Instant at, LocalDate today) {
    revokeScope(code, by, false, at, today);
  }

  /** Withdraws one procedure type at the person's own request (B1). */
  public void revokeScopeByPerson(String code, UUID account, Instant at, LocalDate today) {
    requireRevocableByPerson();
    revokeScope(code, account, true, at, today);
  }

  private void revokeScope(String code, UUID by, boolean byPerson, Instant at, LocalDate today) {
    MandateStatus s = status(today);
    if (s == MandateStatus.REVOKED || s == MandateStatus.EXPIRED) {
      throw new IllegalStateException("the mandate is " + s);
    }
    MandateScope scope =
        scopes.stream()
            .filter(x -> x.procedureCode().equals(code))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("scope: not in this mandate"));
    scope.revoke(by, byPerson, at);
    if (scopes.stream().allMatch(MandateScope::isRevoked)) {
      revoke(by, byPerson, "every scope revoked", at, today);
    }
  }

  /** The status on {@code today}. */
  public MandateStatus status(LocalDate today) {
    if (status == MandateStatus.ACTIVE) {
      if (today.isAfter(endsOn)) {
        return MandateStatus.EXPIRED;
      }
      if (today.isBefore(startsOn)) {
        return MandateStatus.SCHEDULED;
      }
    }
    if (status == MandateStatus.AWAITING_EVIDENCE && today.isAfter(endsOn)) {
      return MandateStatus.EXPIRED;
    }
    return status;
  }

  /** Whether this mandate lets the structure act for the person on {@code procedure} today (B2). */
  public boolean covers(String procedure, LocalDate today) {
    return status(today) == MandateStatus.ACTIVE
        && scopes.stream().anyMatch(s -> s.procedureCode().equals(procedure) && !s.isRevoked());
  }

  public MandateId id() {
    return new MandateId(id);
  }

  public UUID personId() {
    return personId;
  }

  public StructureId structure() {
    return new StructureId(structureId);
  }

  public LegalBasis legalBasis() {
    return legalBasis;
  }

  public String basisReference() {
    return basisReference;
  }

  public String basisText() {
    return basisText;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public String verificationCode() {
    return verificationCode;
  }

  public String consentSha256() {
    return consentSha256;
  }

  public Optional<String> evidenceSha256() {
    return Optional.ofNullable(evidenceSha256);
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  /** Whether the person themselves revoked it (rather than the structure). */
  public boolean revokedByPerson() {
    return revokedByPerson;
  }

  public String revocationReason() {
    return revocationReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<MandateScope> scopes() {
    return List.copyOf(scopes);
  }

  /** A mandate's actions are about its person, under the mandate. */
  @Override
  public UUID journalStructure() {
    return structure().value();
  }

  @Override
  public String journalTargetType() {
    return "person";
  }

  @Override
  public String journalTargetId() {
    return personId().toString();
  }

  @Override
  public UUID journalMandate() {
    return id().value();
  }
}
