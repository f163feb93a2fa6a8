package fr.relais.domain.model.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The online service failed for a procedure (C7, R1, R10): when, the error as shown, the steps
 * tried, the screenshots (versions of her file's documents); a verification code printed on the
 * attestation; and the prefecture's answer — a substitute channel granted, an appointment, or the
 * problem resolved.
 */
@Entity
@Table(name = "procedure_blockage")
public class Blockage {

  /** What the prefecture answered. */
  public enum Answer {
    SUBSTITUTE_CHANNEL,
    APPOINTMENT,
    RESOLVED
  }

  public static final int MAX_TEXT = 2000;
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private UUID id;

  @Column(name = "procedure_id", nullable = false, updatable = false)
  private UUID procedureId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "structure_id", nullable = false, updatable = false)
  private UUID structureId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "error_text", nullable = false, updatable = false, length = MAX_TEXT)
  private String errorText;

  @Column(name = "steps_tried", nullable = false, updatable = false, length = MAX_TEXT)
  private String stepsTried;

  @Column(name = "version_ids", updatable = false, length = 2000)
  private String versionIds;

  @Column(name = "verification_code", nullable = false, updatable = false, length = 20)
  private String verificationCode;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private UUID recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "status", nullable = false, length = 20)
  private String status;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer", length = 30)
  private Answer answer;

  @Column(name = "answer_text", length = 1000)
  private String answerText;

  @Column(name = "appointment_at")
  private Instant appointmentAt;

  @Column(name = "answered_by")
  private UUID answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Version private long version;

  protected Blockage() {}

  public Blockage(
      Procedure procedure,
      Instant occurredAt,
      String errorText,
      String stepsTried,
      List<UUID> evidence,
      UUID recordedBy,
      Instant now) {
    if (occurredAt == null) {
      throw new IllegalArgumentException("occurredAt: when the service failed");
    }
    if (occurredAt.isAfter(now)) {
      throw new IllegalArgumentException("occurredAt: not in the future");
    }
    this.id = UUID.randomUUID();
    this.procedureId = procedure.id().value();
    this.personId = procedure.personId();
    this.structureId = procedure.structureId();
    this.occurredAt = occurredAt;
    this.errorText = required(errorText, "errorText");
    this.stepsTried = required(stepsTried, "stepsTried");
    if (evidence.size() > 20) {
      throw new IllegalArgumentException("versionIds: at most 20 screenshots");
    }
    this.versionIds =
        evidence.isEmpty()
            ? null
            : String.join(",", evidence.stream().map(UUID::toString).toList());
    this.verificationCode = newCode();
    this.recordedBy = recordedBy;
    this.recordedAt = now;
    this.status = "OPEN";
  }

  private static String required(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + ": required");
    }
    String t = text.strip();
    if (t.length() > MAX_TEXT) {
      throw new IllegalArgumentException(field + ": at most " + MAX_TEXT + " characters");
    }
    return t;
  }

  private static String newCode() {
    StringBuilder b = new StringBuilder("RLS-B-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        b.append('-');
      }
      b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  /** The prefecture's answer; an appointment names its date. */
  public void answer(Answer a, String text, Instant appointment, UUID by, Instant now) {
    if (!isOpen()) {
      throw new IllegalStateException("status: the blockage is answered already");
    }
    if (a == null) {
      throw new IllegalArgumentException("answer: SUBSTITUTE_CHANNEL, APPOINTMENT or RESOLVED");
    }
    if (a == Answer.APPOINTMENT && appointment == null) {
      throw new IllegalArgumentException("appointmentAt: the appointment's date and time");
    }
    if (text != null && text.strip().length() > 1000) {
      throw new IllegalArgumentException("text: at most 1000 characters");
    }
    this.answer = a;
    this.answerText = text == null || text.isBlank() ? null : text.strip();
    this.appointmentAt = a == Answer.APPOINTMENT ? appointment : null;
    this.answeredBy = by;
    this.answeredAt = now;
    this.status = "ANSWERED";
  }

  public boolean isOpen() {
    return "OPEN".equals(status);
  }

  public UUID id() {
    return id;
  }

  public UUID procedureId() {
    return procedureId;
  }

  public UUID personId() {
    return personId;
  }

  public UUID structureId() {
    return structureId;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String errorText() {
    return errorText;
  }

  public String stepsTried() {
    return stepsTried;
  }

  public List<UUID> evidence() {
    return versionIds == null
        ? List.of()
        : Arrays.stream(versionIds.split(",")).map(UUID::fromString).toList();
  }

  public String verificationCode() {
    return verificationCode;
  }

  public UUID recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String status() {
    return status;
  }

  public Optional<Answer> answerGiven() {
    return Optional.ofNullable(answer);
  }

  public String answerText() {
    return answerText;
  }

  public Instant appointmentAt() {
    return appointmentAt;
  }

  public UUID answeredBy() {
    return answeredBy;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
