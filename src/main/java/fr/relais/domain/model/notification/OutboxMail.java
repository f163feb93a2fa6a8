package fr.relais.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One mail in the outbox. Written in the transaction of the change it tells of, so that a change
 * that rolls back sends nothing and one that commits always sends; delivered by the outbox worker,
 * retried with growing delays, dead after the configured number of tries or at once when the server
 * refuses it for good — and then visible to the administrator with the reason.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

  /** Where a mail stands. */
  public enum Status {
    PENDING,
    SENT,
    DEAD
  }

  @Id private UUID id;

  @Column(name = "recipient", nullable = false, length = 320, updatable = false)
  private String recipient;

  @Column(name = "account_id", updatable = false)
  private UUID accountId;

  @Column(name = "structure_id", updatable = false)
  private UUID structureId;

  @Column(name = "person_id", updatable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 40, updatable = false)
  private NotificationKind kind;

  @Column(name = "subject", nullable = false, length = 200, updatable = false)
  private String subject;

  @Column(name = "body", nullable = false, length = 4000, updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = 500)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMail() {}

  /**
   * A mail to a person's own address (not a member's): hers, erased with her file, never listed in
   * the structure's outbox.
   */
  public static OutboxMail toPerson(
      OutgoingMail mail, UUID personId, NotificationKind kind, Instant at) {
    OutboxMail m = new OutboxMail(mail, null, null, kind, at);
    m.personId = java.util.Objects.requireNonNull(personId);
    return m;
  }

  public OutboxMail(
      OutgoingMail mail, UUID accountId, UUID structureId, NotificationKind kind, Instant at) {
    this.id = UUID.randomUUID();
    this.recipient = mail.to();
    this.subject = mail.subject();
    this.body = mail.body();
    this.accountId = accountId;
    this.structureId = structureId;
    this.kind = kind;
    this.status = Status.PENDING;
    this.nextAttemptAt = at;
    this.createdAt = at;
  }

  public void sent(Instant at) {
    this.status = Status.SENT;
    this.sentAt = at;
    this.attempts++;
    this.lastError = null;
  }

  /**
   * A failed try: retried after a delay that doubles from {@code firstDelay} (capped at six hours),
   * dead when {@code permanent} or after {@code maxAttempts} tries.
   */
  public void failed(
      String error, boolean permanent, int maxAttempts, Duration firstDelay, Instant at) {
    this.attempts++;
    this.lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
    if (permanent || attempts >= maxAttempts) {
      this.status = Status.DEAD;
      return;
    }
    long factor = 1L << Math.min(attempts - 1, 20);
    Duration delay = firstDelay.multipliedBy(factor);
    Duration cap = Duration.ofHours(6);
    this.nextAttemptAt = at.plus(delay.compareTo(cap) > 0 ? cap : delay);
  }

  public UUID id() {
    return id;
  }

  public OutgoingMail mail() {
    return new OutgoingMail(recipient, subject, body);
  }

  public UUID accountId() {
    return accountId;
  }

  public UUID structureId() {
    return structureId;
  }

  public NotificationKind kind() {
    return kind;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
