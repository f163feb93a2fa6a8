package fr.relais.domain.model.deadline;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One open deadline: its kind, what it is about (a permit, a request, an attestation, a mandate, a
 * person), whose file, which structure, the member responsible if any, and its due date.
 */
public record Deadline(
    DeadlineKind kind,
    UUID subjectId,
    UUID personId,
    UUID structureId,
    UUID responsible,
    LocalDate dueOn) {

  /** Where a keyset page of deadlines stopped. */
  public record Cursor(LocalDate dueOn, UUID subjectId) {}

  public Cursor cursor() {
    return new Cursor(dueOn, subjectId);
  }
}
