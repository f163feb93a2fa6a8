package fr.relais.application.person;

import fr.relais.domain.model.person.PersonId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Closing a person's file, and reopening it (S61): the structure stops following her, and the
 * retention periods start running. Administrators and the social workers following her may do it;
 * every change is journaled.
 */
public interface FileClosureService {

  /**
   * Where a file stands. When closed: since when and why, and the days its sealed documents and
   * then the whole file will be erased unless it is reopened first.
   */
  record Closure(
      boolean closed,
      Instant closedAt,
      String reason,
      LocalDate sealedDocumentsErasedOn,
      LocalDate fileErasedOn,
      boolean canChange) {}

  Closure status(PersonId personId);

  /** Closes the file; 400 on an unknown reason, 409 when it is already closed. */
  Closure close(PersonId personId, String reason);

  /** Reopens a closed file; 409 when it is not closed. */
  Closure reopen(PersonId personId);
}
