package fr.relais.domain.model.journal;

import java.util.Objects;
import java.util.UUID;

/**
 * What an application service asks the journal to record. {@code detail} is a short code or reason,
 * never personal data. Built with {@link #by}:
 *
 * <pre>
 * journal.record(user.journal().about(person).success("person.update", "contact"));
 * journal.recordSeparately(user.journal().in(structure).about("mandate", id).refused("mandate.view", "UNKNOWN"));
 * </pre>
 */
public record JournalRecord(
    JournalActor actor,
    UUID structureId,
    String action,
    String targetType,
    String targetId,
    UUID mandateId,
    Outcome outcome,
    String detail) {

  public JournalRecord {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(outcome, "outcome");
    if (detail != null && detail.length() > 500) {
      detail = detail.substring(0, 500);
    }
  }

  /** The one factory of journal records: who acts, then about what, then how it ended. */
  public static Builder by(JournalActor actor) {
    return new Builder(actor);
  }

  /** Collects a record's fields; each terminal method names the action and its outcome. */
  public static final class Builder {
    private final JournalActor actor;
    private UUID structureId;
    private String targetType;
    private String targetId;
    private UUID mandateId;

    private Builder(JournalActor actor) {
      this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** The structure the action happened in. */
    public Builder in(UUID structureId) {
      this.structureId = structureId;
      return this;
    }

    /** The target, by type and id; a null id names the kind of target only. */
    public Builder about(String targetType, Object targetId) {
      this.targetType = targetType;
      this.targetId = targetId == null ? null : targetId.toString();
      return this;
    }

    /** The target, with its structure and mandate, as it names itself to the journal. */
    public Builder about(JournalSubject subject) {
      this.structureId = subject.journalStructure();
      this.targetType = subject.journalTargetType();
      this.targetId = subject.journalTargetId();
      this.mandateId = subject.journalMandate();
      return this;
    }

    /** The mandate the action was taken under. */
    public Builder mandate(UUID mandateId) {
      this.mandateId = mandateId;
      return this;
    }

    public JournalRecord success(String action) {
      return outcome(Outcome.SUCCESS, action, null);
    }

    public JournalRecord success(String action, String detail) {
      return outcome(Outcome.SUCCESS, action, detail);
    }

    public JournalRecord refused(String action, String why) {
      return outcome(Outcome.REFUSED, action, why);
    }

    public JournalRecord failed(String action, String why) {
      return outcome(Outcome.FAILED, action, why);
    }

    public JournalRecord outcome(Outcome outcome, String action, String detail) {
      return new JournalRecord(
          actor, structureId, action, targetType, targetId, mandateId, outcome, detail);
    }
  }
}
