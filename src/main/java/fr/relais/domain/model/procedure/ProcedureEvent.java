package fr.relais.domain.model.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One action on a procedure (C2, C3): who, when, what was sent (the document versions) and through
 * which channel, and the status it left. Never changed once written.
 */
@Entity
@Table(name = "procedure_event")
public class ProcedureEvent {

  /** What happened. */
  public enum Kind {
    CREATED,
    FILED,
    RECTIFIED,
    COMPLETED,
    STATUS,
    DOCUMENTS_REQUESTED,
    ATTESTATION,
    CANCELLED,
    FROZEN,
    REVIEWED,
    /** A message from the administration about it, filed in her record (C2). */
    MESSAGE,
    /** The online service failed (C7). */
    BLOCKED,
    /** The prefecture answered a blockage. */
    UNBLOCKED
  }

  public static final int MAX_DETAIL = 2000;

  @Id private UUID id;

  @Column(name = "procedure_id", nullable = false, updatable = false)
  private UUID procedureId;

  @Column(name = "seq", nullable = false, updatable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 30)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", updatable = false, length = 30)
  private ProcedureStatus status;

  @Column(name = "status_on", updatable = false)
  private LocalDate statusOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", updatable = false, length = 20)
  private FilingChannel channel;

  @Column(name = "detail", updatable = false, length = MAX_DETAIL)
  private String detail;

  @Column(name = "version_ids", updatable = false, length = 2000)
  private String versionIds;

  @Column(name = "message_id", updatable = false)
  private UUID messageId;

  @Column(name = "actor_id", updatable = false)
  private UUID actor;

  @Column(name = "at", nullable = false, updatable = false)
  private Instant at;

  protected ProcedureEvent() {}

  ProcedureEvent(
      UUID procedureId,
      int seq,
      Kind kind,
      ProcedureStatus status,
      LocalDate statusOn,
      FilingChannel channel,
      String detail,
      List<UUID> versions,
      UUID actor,
      Instant at) {
    if (detail != null && detail.length() > MAX_DETAIL) {
      throw new IllegalArgumentException("detail: at most " + MAX_DETAIL + " characters");
    }
    if (versions.size() > 50) {
      throw new IllegalArgumentException("versionIds: at most 50 documents");
    }
    this.id = UUID.randomUUID();
    this.procedureId = procedureId;
    this.seq = seq;
    this.kind = kind;
    this.status = status;
    this.statusOn = statusOn;
    this.channel = channel;
    this.detail = detail == null || detail.isBlank() ? null : detail.strip();
    this.versionIds =
        versions.isEmpty()
            ? null
            : String.join(",", versions.stream().map(UUID::toString).toList());
    this.actor = actor;
    this.at = at;
  }

  public UUID id() {
    return id;
  }

  public UUID procedureId() {
    return procedureId;
  }

  public int seq() {
    return seq;
  }

  public Kind kind() {
    return kind;
  }

  public ProcedureStatus status() {
    return status;
  }

  public LocalDate statusOn() {
    return statusOn;
  }

  public FilingChannel channel() {
    return channel;
  }

  public String detail() {
    return detail;
  }

  /** The document versions this action sent, as they were then. */
  public List<UUID> versions() {
    return versionIds == null
        ? List.of()
        : Arrays.stream(versionIds.split(",")).map(UUID::fromString).toList();
  }

  /** The message of her record this event is about, if any. */
  public UUID messageId() {
    return messageId;
  }

  ProcedureEvent withMessage(UUID message) {
    this.messageId = message;
    return this;
  }

  public UUID actor() {
    return actor;
  }

  public Instant at() {
    return at;
  }
}
