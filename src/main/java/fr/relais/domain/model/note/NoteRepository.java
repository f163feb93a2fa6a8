package fr.relais.domain.model.note;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of the notes of people's files. */
public interface NoteRepository {

  void add(PersonNote note);

  Optional<PersonNote> find(UUID id);

  /**
   * One keyset page of the person's notes, newest first, strictly before ({@code beforeAt}, {@code
   * beforeId}) when given.
   */
  List<PersonNote> page(UUID personId, Instant beforeAt, UUID beforeId, int limit);

  /** The person's notes still held in clear (to seal them when she is protected). */
  List<PersonNote> clearOfPerson(UUID personId);
}
