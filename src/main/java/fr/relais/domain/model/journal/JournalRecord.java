package fr.relais.domain.model.journal;

import java.util.Objects;
import java.util.UUID;

/**
 * What an application service asks the journal to record. {@code detail} is a short code or reason,
 * never personal data.
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
}
