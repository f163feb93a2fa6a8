package fr.relais.domain.model.procedure;

import fr.relais.domain.model.document.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The administration asked for documents (C5): a due date (30 days by default, or the date the
 * message gave), reminders before it, and never a silent closure — at the due date it is
 * <em>overdue</em> and stays open until the documents are sent.
 */
@Entity
@Table(name = "document_request")
public class DocumentRequest {

  /** The default time the administration gives (the report: 30 days, then silent closure). */
  public static final int DEFAULT_DAYS = 30;

  /** Where the request came from. */
  public enum Source {
    /** Recorded by a member. */
    MEMBER,
    /** Found in a message from the administration filed in her record. */
    MESSAGE
  }

  @Id private UUID id;

  @Column(name = "procedure_id", nullable = false, updatable = false)
  private UUID procedureId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(name = "requested_on", nullable = false, updatable = false)
  private LocalDate requestedOn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "source", nullable = false, updatable = false, length = 20)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Source source;

  @Column(name = "message_id", updatable = false)
  private UUID messageId;

  @Column(name = "description", length = 500)
  private String description;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "created_by", updatable = false)
  private UUID createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "document_types")
  private String documentTypes;

  @Version private long version;

  protected DocumentRequest() {}

  public DocumentRequest(
      Procedure procedure,
      LocalDate requestedOn,
      LocalDate dueOn,
      Source source,
      UUID messageId,
      String description,
      List<DocumentType> types,
      UUID createdBy,
      Instant now) {
    if (requestedOn == null) {
      throw new IllegalArgumentException("requestedOn: required");
    }
    LocalDate due = dueOn == null ? requestedOn.plusDays(DEFAULT_DAYS) : dueOn;
    if (due.isBefore(requestedOn)) {
      throw new IllegalArgumentException("dueOn: not before the request");
    }
    if (description != null && description.strip().length() > 500) {
      throw new IllegalArgumentException("description: at most 500 characters");
    }
    this.id = UUID.randomUUID();
    this.procedureId = procedure.id().value();
    this.personId = procedure.personId();
    this.structureId = procedure.structureId();
    this.requestedOn = requestedOn;
    this.dueOn = due;
    this.source = source;
    this.messageId = messageId;
    this.description = description == null || description.isBlank() ? null : description.strip();
    this.documentTypes =
        types == null || types.isEmpty()
            ? null
            : types.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
    this.status = "OPEN";
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** The documents were sent. */
  public void answer(LocalDate on) {
    if (!isOpen()) {
      throw new IllegalStateException("status: the request is answered already");
    }
    this.status = "ANSWERED";
    this.answeredOn = on;
  }

  public boolean isOpen() {
    return "OPEN".equals(status);
  }

  /** Open past its due date: what to do is shown, nothing is closed. */
  public boolean overdue(LocalDate today) {
    return isOpen() && !today.isBefore(dueOn);
  }

  public UUID id() {
    return id;
  }

  public UUID procedureId() {
    return procedureId;
  }

  public UUID structureId() {
    return structureId;
  }

  public UUID personId() {
    return personId;
  }

  public LocalDate requestedOn() {
    return requestedOn;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public Source source() {
    return source;
  }

  public Optional<UUID> messageId() {
    return Optional.ofNullable(messageId);
  }

  /** The types of document asked for, when the request names them. */
  public List<DocumentType> documentTypes() {
    return documentTypes == null
        ? List.of()
        : Arrays.stream(documentTypes.split(",")).map(DocumentType::valueOf).toList();
  }

  public String description() {
    return description;
  }

  public String status() {
    return status;
  }

  public Optional<LocalDate> answeredOn() {
    return Optional.ofNullable(answeredOn);
  }
}
