package fr.relais.domain.model.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A procedure done on a person's behalf (C1, C2): of a catalogue type and a legal ground, through a
 * channel, with the administration's reference, the administration account it was filed from and
 * the member responsible, and its status with the date it was reached. Every action returns the
 * {@link ProcedureEvent} that records it; nothing is overwritten. A procedure filed from an account
 * later found usurped is frozen until a member has reviewed it (E3).
 */
@Entity
@Table(name = "person_procedure")
public class Procedure {

  public static final int MAX_REFERENCE = 80;
  public static final int MAX_GROUND = 200;

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(name = "type_code", nullable = false, updatable = false, length = 60)
  private String typeCode;

  @Column(name = "legal_ground", length = MAX_GROUND)
  private String legalGround;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 20)
  private FilingChannel channel;

  @Column(name = "administration_reference", length = MAX_REFERENCE)
  private String administrationReference;

  @Column(name = "administration_account_id")
  private UUID administrationAccount;

  @Column(name = "responsible_id", nullable = false)
  private UUID responsible;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 30)
  private ProcedureStatus status;

  @Column(name = "status_on", nullable = false)
  private LocalDate statusOn;

  @Column(name = "filed_on")
  private LocalDate filedOn;

  @Column(name = "frozen_at")
  private Instant frozenAt;

  @Column(name = "frozen_reason", length = 200)
  private String frozenReason;

  @Column(name = "event_count", nullable = false)
  private int eventCount;

  /** No deadline: the end of the list by urgency. */
  public static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

  @Column(name = "next_due_on", nullable = false)
  private LocalDate nextDueOn = NO_DEADLINE;

  @Column(name = "created_by", nullable = false, updatable = false)
  private UUID createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected Procedure() {}

  /** A procedure being prepared; {@link #created} is its first event. */
  public Procedure(
      UUID personId,
      UUID structureId,
      String typeCode,
      String legalGround,
      FilingChannel channel,
      String administrationReference,
      UUID administrationAccount,
      UUID responsible,
      UUID createdBy,
      LocalDate today,
      Instant now) {
    this.id = UUID.randomUUID();
    this.personId = personId;
    this.structureId = structureId;
    this.typeCode = typeCode;
    this.legalGround = oneLine(legalGround, MAX_GROUND, "legalGround");
    this.channel = java.util.Objects.requireNonNull(channel, "channel");
    this.administrationReference =
        oneLine(administrationReference, MAX_REFERENCE, "administrationReference");
    this.administrationAccount = administrationAccount;
    this.responsible = java.util.Objects.requireNonNull(responsible, "responsible");
    this.status = ProcedureStatus.PREPARING;
    this.statusOn = today;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** A single line of at most {@code max} characters, or null when blank. */
  static String oneLine(String value, int max, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max || v.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(field + ": at most " + max + " characters, one line");
    }
    return v;
  }

  /** The first event. */
  public ProcedureEvent created(UUID actor, Instant at) {
    return event(ProcedureEvent.Kind.CREATED, null, channel, null, List.of(), actor, at);
  }

  /** Filed with the administration (C2): its reference if it gave one. */
  public ProcedureEvent file(
      LocalDate on,
      FilingChannel through,
      String reference,
      String detail,
      List<UUID> versions,
      UUID actor,
      Instant at) {
    requireOpen();
    if (status != ProcedureStatus.PREPARING) {
      throw new IllegalStateException("status: the procedure is filed already");
    }
    if (through != null) {
      this.channel = through;
    }
    if (reference != null) {
      this.administrationReference = oneLine(reference, MAX_REFERENCE, "administrationReference");
    }
    this.filedOn = on;
    moveTo(ProcedureStatus.FILED, on);
    return event(ProcedureEvent.Kind.FILED, detail, channel, on, versions, actor, at);
  }

  /** A rectification or a completion sent after filing (C2): the status stays. */
  public ProcedureEvent send(
      ProcedureEvent.Kind kind,
      FilingChannel through,
      String detail,
      List<UUID> versions,
      UUID actor,
      Instant at) {
    requireOpen();
    if (kind != ProcedureEvent.Kind.RECTIFIED && kind != ProcedureEvent.Kind.COMPLETED) {
      throw new IllegalArgumentException("kind: RECTIFIED or COMPLETED");
    }
    if (status == ProcedureStatus.PREPARING) {
      throw new IllegalStateException("status: the procedure is not filed yet");
    }
    if (kind == ProcedureEvent.Kind.RECTIFIED && (detail == null || detail.isBlank())) {
      throw new IllegalArgumentException("detail: what was rectified");
    }
    if (kind == ProcedureEvent.Kind.COMPLETED && versions.isEmpty()) {
      throw new IllegalArgumentException("versionIds: the documents sent");
    }
    return event(kind, detail, through == null ? channel : through, null, versions, actor, at);
  }

  /** A new status reached on a date (C1), as the administration gave it. */
  public ProcedureEvent reach(
      ProcedureStatus next, LocalDate on, String detail, UUID actor, Instant at) {
    requireOpen();
    if (next == ProcedureStatus.PREPARING || next == ProcedureStatus.FILED) {
      throw new IllegalArgumentException("status: filing is its own action");
    }
    if (next == ProcedureStatus.CANCELLED) {
      throw new IllegalArgumentException("status: cancelling is its own action");
    }
    if (status == ProcedureStatus.PREPARING && next != ProcedureStatus.WITHDRAWN) {
      throw new IllegalStateException("status: the procedure is not filed yet");
    }
    if (on.isBefore(statusOn)) {
      throw new IllegalArgumentException("on: not before the current status's date");
    }
    moveTo(next, on);
    return event(ProcedureEvent.Kind.STATUS, detail, null, on, List.of(), actor, at);
  }

  /** The administration asked for documents (C5): the procedure waits for them. */
  public ProcedureEvent documentsRequested(LocalDate on, String detail, UUID actor, Instant at) {
    requireOpen();
    if (status == ProcedureStatus.PREPARING) {
      throw new IllegalStateException("status: the procedure is not filed yet");
    }
    moveTo(ProcedureStatus.DOCUMENTS_REQUESTED, on.isBefore(statusOn) ? statusOn : on);
    return event(ProcedureEvent.Kind.DOCUMENTS_REQUESTED, detail, null, on, List.of(), actor, at);
  }

  /** Every requested document was sent: back under review. */
  public ProcedureEvent answered(LocalDate on, UUID actor, Instant at) {
    moveTo(ProcedureStatus.UNDER_REVIEW, on);
    return event(ProcedureEvent.Kind.STATUS, "documents provided", null, on, List.of(), actor, at);
  }

  /** An attestation issued (C6). */
  public ProcedureEvent attested(String detail, LocalDate on, UUID actor, Instant at) {
    requireOpen();
    return event(ProcedureEvent.Kind.ATTESTATION, detail, null, on, List.of(), actor, at);
  }

  /**
   * A message from the administration about this procedure was filed in her record (C2), by a
   * member or by the rule that found its reference in the message; kept whatever the status.
   */
  public ProcedureEvent messageReceived(UUID message, String what, UUID actor, Instant at) {
    return event(ProcedureEvent.Kind.MESSAGE, what, null, null, List.of(), actor, at)
        .withMessage(message);
  }

  /** The online service failed for it (C7): recorded whatever the status, never frozen. */
  public ProcedureEvent blocked(String what, UUID actor, Instant at) {
    return event(ProcedureEvent.Kind.BLOCKED, what, channel, null, List.of(), actor, at);
  }

  /** The prefecture answered the blockage. */
  public ProcedureEvent unblocked(String what, UUID actor, Instant at) {
    return event(ProcedureEvent.Kind.UNBLOCKED, what, null, null, List.of(), actor, at);
  }

  /** Whether this text names the administration's reference of this procedure, as a whole. */
  public boolean namedIn(String text) {
    if (administrationReference == null || text == null || administrationReference.length() < 4) {
      return false;
    }
    String hay = text.toUpperCase(java.util.Locale.ROOT);
    String needle = administrationReference.toUpperCase(java.util.Locale.ROOT);
    for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
      int end = i + needle.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1));
      boolean after = end == hay.length() || !Character.isLetterOrDigit(hay.charAt(end));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  /** Cancelled by the person or her structure (C2). */
  public ProcedureEvent cancel(LocalDate on, String detail, UUID actor, Instant at) {
    requireOpen();
    if (detail == null || detail.isBlank()) {
      throw new IllegalArgumentException("detail: why it is cancelled");
    }
    moveTo(ProcedureStatus.CANCELLED, on.isBefore(statusOn) ? statusOn : on);
    return event(ProcedureEvent.Kind.CANCELLED, detail, channel, on, List.of(), actor, at);
  }

  /**
   * Frozen for review (E3, S33): it was filed from an account someone else held. Nothing more is
   * done on it until a member reviewed it.
   */
  public ProcedureEvent freeze(String reason, UUID actor, Instant at) {
    if (frozenAt != null) {
      throw new IllegalStateException("frozen: already");
    }
    this.frozenAt = at;
    this.frozenReason = oneLine(reason, 200, "reason");
    return event(ProcedureEvent.Kind.FROZEN, frozenReason, null, null, List.of(), actor, at);
  }

  /** A member reviewed a frozen procedure: it can be acted on again. */
  public ProcedureEvent review(String detail, UUID actor, Instant at) {
    if (frozenAt == null) {
      throw new IllegalStateException("frozen: the procedure is not frozen");
    }
    if (detail == null || detail.isBlank()) {
      throw new IllegalArgumentException("detail: what the review found");
    }
    this.frozenAt = null;
    this.frozenReason = null;
    return event(ProcedureEvent.Kind.REVIEWED, detail, null, null, List.of(), actor, at);
  }

  /**
   * Its nearest deadline (an open request's due date, a pending ADP's last day), for the list by
   * urgency (R5); none once it ended.
   */
  public void dueNext(LocalDate date) {
    this.nextDueOn = date == null || status.ended() ? NO_DEADLINE : date;
  }

  public LocalDate nextDueOn() {
    return nextDueOn;
  }

  /** Another member becomes responsible. */
  public void handTo(UUID member) {
    this.responsible = java.util.Objects.requireNonNull(member);
  }

  private void requireOpen() {
    if (frozenAt != null) {
      throw new IllegalStateException("frozen: the procedure is frozen for review");
    }
    if (status.ended()) {
      throw new IllegalStateException("status: the procedure is " + status.name());
    }
  }

  private void moveTo(ProcedureStatus next, LocalDate on) {
    this.status = next;
    this.statusOn = on;
  }

  private ProcedureEvent event(
      ProcedureEvent.Kind kind,
      String detail,
      FilingChannel through,
      LocalDate on,
      List<UUID> versions,
      UUID actor,
      Instant at) {
    eventCount++;
    return new ProcedureEvent(
        id,
        eventCount,
        kind,
        status,
        on == null ? statusOn : on,
        through,
        detail,
        versions,
        actor,
        at);
  }

  public ProcedureId id() {
    return new ProcedureId(id);
  }

  public UUID personId() {
    return personId;
  }

  public UUID structureId() {
    return structureId;
  }

  public String typeCode() {
    return typeCode;
  }

  public String legalGround() {
    return legalGround;
  }

  public FilingChannel channel() {
    return channel;
  }

  public Optional<String> administrationReference() {
    return Optional.ofNullable(administrationReference);
  }

  public Optional<UUID> administrationAccount() {
    return Optional.ofNullable(administrationAccount);
  }

  public UUID responsible() {
    return responsible;
  }

  public ProcedureStatus status() {
    return status;
  }

  public LocalDate statusOn() {
    return statusOn;
  }

  public Optional<LocalDate> filedOn() {
    return Optional.ofNullable(filedOn);
  }

  public boolean frozen() {
    return frozenAt != null;
  }

  public String frozenReason() {
    return frozenReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
