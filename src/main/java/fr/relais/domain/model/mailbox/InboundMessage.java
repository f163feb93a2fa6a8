package fr.relais.domain.model.mailbox;

import fr.relais.domain.model.journal.JournalSubject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A message that came in from the administration (A5), filed in one person's record, or held in a
 * structure's triage, or in the platform's quarantine. Nothing is ever deleted: a discarded message
 * changes status. The HTML body is stored only after sanitising; remote content is never loaded.
 */
@Entity
@Table(name = "inbound_message")
public class InboundMessage implements JournalSubject {

  @Id private UUID id;

  @Column(name = "message_key", nullable = false, length = 250, updatable = false)
  private String messageKey;

  @Column(name = "route_key", nullable = false, length = 80, updatable = false)
  private String routeKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private MessageStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason", length = 40)
  private TriageReason reason;

  @Column(name = "structure_id")
  private UUID structureId;

  @Column(name = "person_id")
  private UUID personId;

  @Column(name = "recipient", length = 320, updatable = false)
  private String recipient;

  @Column(name = "sender", length = 320, updatable = false)
  private String sender;

  @Column(name = "subject", length = 500, updatable = false)
  private String subject;

  @Column(name = "sent_at", updatable = false)
  private Instant sentAt;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  /** The body of a message not stored yet; stored apart (message_body) with the message. */
  @Transient private MessageBody body;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "attachment_count", nullable = false, updatable = false)
  private int attachmentCount;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private MessageKind kind;

  @Column(name = "urgent", nullable = false)
  private boolean urgent;

  /** How urgent, as lists sort it: {@link UrgencyAssessment#level()}. */
  @Column(name = "urgency", nullable = false)
  private int urgency;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Column(name = "urgency_rule", length = 40)
  private String urgencyRule;

  @Column(name = "urgency_set_by")
  private UUID urgencySetBy;

  @Column(name = "assigned_to")
  private UUID assignedTo;

  @Column(name = "decided_by")
  private UUID decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected InboundMessage() {}

  /** What every message carries, whatever its route. */
  public record Content(
      String messageKey,
      String recipient,
      String sender,
      String subject,
      Instant sentAt,
      String bodyText,
      String bodyHtml,
      long sizeBytes,
      int attachmentCount) {}

  private InboundMessage(Content c, String routeKey, Instant receivedAt) {
    this.id = UUID.randomUUID();
    this.messageKey = c.messageKey();
    this.routeKey = routeKey;
    this.recipient = truncate(c.recipient(), 320);
    this.sender = truncate(c.sender(), 320);
    this.subject = truncate(c.subject(), 500);
    this.sentAt = c.sentAt();
    this.body = new MessageBody(this.id, c.bodyText(), c.bodyHtml());
    this.sizeBytes = c.sizeBytes();
    this.attachmentCount = c.attachmentCount();
    this.receivedAt = receivedAt;
    this.kind = MessageKind.OTHER;
  }

  /** Filed in a person's record, with what the urgency rules made of it. */
  public static InboundMessage filed(
      Content c,
      SubAddressToken token,
      UUID structureId,
      UUID personId,
      UrgencyAssessment urgency,
      Instant at) {
    InboundMessage m = new InboundMessage(c, token.value(), at);
    m.status = MessageStatus.FILED;
    m.structureId = structureId;
    m.personId = personId;
    m.assess(urgency);
    return m;
  }

  /**
   * Held for the structure's administrator, with what the urgency rules made of it on arrival: an
   * urgent request waiting in triage is flagged, dated and listed first, before anyone files it.
   */
  public static InboundMessage triaged(
      Content c, UUID structureId, TriageReason reason, UrgencyAssessment urgency, Instant at) {
    InboundMessage m = new InboundMessage(c, "triage:" + structureId, at);
    m.status = MessageStatus.TRIAGE;
    m.structureId = structureId;
    m.reason = reason;
    m.assess(urgency);
    return m;
  }

  /**
   * Nobody could be told: the platform's quarantine. Not assessed: nobody files from it, and the
   * operator learns nothing of what a message says, not even its kind (S13).
   */
  public static InboundMessage quarantined(Content c, TriageReason reason, Instant at) {
    InboundMessage m = new InboundMessage(c, "quarantine", at);
    m.status = MessageStatus.QUARANTINE;
    m.reason = reason;
    return m;
  }

  private void assess(UrgencyAssessment a) {
    this.kind = a.kind();
    this.urgent = a.urgent();
    this.dueOn = a.dueOn();
    this.urgencyRule = a.rule();
    this.urgency = a.level();
  }

  /**
   * An administrator files a triaged message into a record of the structure.
   *
   * @param urgency the rules' assessment as of the day it arrived (dates count from its receipt)
   */
  public void fileFromTriage(UUID personId, UrgencyAssessment urgency, UUID by, Instant at) {
    if (status != MessageStatus.TRIAGE) {
      throw new IllegalStateException("only a triaged message can be filed");
    }
    this.status = MessageStatus.FILED;
    this.personId = personId;
    this.decidedBy = by;
    this.decidedAt = at;
    assess(urgency);
  }

  public void discard(UUID by, Instant at) {
    if (status != MessageStatus.TRIAGE) {
      throw new IllegalStateException("only a triaged message can be discarded");
    }
    this.status = MessageStatus.DISCARDED;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  /** A member corrects the marker or the date the rules set. */
  public void correctUrgency(boolean urgent, LocalDate dueOn, UUID by) {
    this.urgent = urgent;
    this.dueOn = dueOn;
    this.urgencySetBy = by;
    this.urgency = UrgencyAssessment.level(kind, urgent);
  }

  public void assign(UUID accountId) {
    this.assignedTo = accountId;
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  @Override
  public UUID journalStructure() {
    return structureId;
  }

  @Override
  public String journalTargetType() {
    return personId != null ? "person" : "message";
  }

  @Override
  public String journalTargetId() {
    return personId != null ? personId.toString() : id.toString();
  }

  public MessageId id() {
    return new MessageId(id);
  }

  public String messageKey() {
    return messageKey;
  }

  public MessageStatus status() {
    return status;
  }

  public TriageReason reason() {
    return reason;
  }

  public UUID structureId() {
    return structureId;
  }

  public UUID personId() {
    return personId;
  }

  public String recipient() {
    return recipient;
  }

  public String sender() {
    return sender;
  }

  public String subject() {
    return subject;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  /** The body of a new message, to be stored with it; empty once loaded from the database. */
  public java.util.Optional<MessageBody> newBody() {
    return java.util.Optional.ofNullable(body);
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public int attachmentCount() {
    return attachmentCount;
  }

  public MessageKind kind() {
    return kind;
  }

  public boolean urgent() {
    return urgent;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  /** How urgent, as lists sort it: {@link UrgencyAssessment#level()}. */
  public int urgency() {
    return urgency;
  }

  public String urgencyRule() {
    return urgencyRule;
  }

  public UUID urgencySetBy() {
    return urgencySetBy;
  }

  public UUID assignedTo() {
    return assignedTo;
  }

  public UUID decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
