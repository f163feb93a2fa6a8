package fr.relais.domain.model.shielding;

import fr.relais.domain.model.person.PersonId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The deletions of the retention job (S61) and its record of runs. Each erase removes every row of
 * what it names, in the order the foreign keys need, together with the data keys of its sealed
 * parts: without its key a ciphertext copied elsewhere (a backup) stays unreadable.
 */
public interface RetentionRepository {

  /** Files closed before {@code cutoff}, oldest closure first. */
  List<PersonId> filesClosedBefore(Instant cutoff, int limit);

  /**
   * Erases one file: the person, her contact, caseload, mandates and their evidence, mail and its
   * attachments, documents, notes, blocked persons, locks, consents, access links and invitations,
   * reminders about her, and her own account when no other file is linked to it.
   */
  ErasedFile eraseFile(PersonId person);

  /** Versions of sealed documents of files closed before {@code cutoff}. */
  List<UUID> sealedDocumentVersionsOfFilesClosedBefore(Instant cutoff, int limit);

  /** Erases document versions and their data keys; returns their identifiers and documents'. */
  Set<String> eraseDocumentVersions(List<UUID> versions);

  /** Mail never filed (quarantined, discarded) that arrived before {@code cutoff}. */
  List<UUID> unfiledMailBefore(Instant cutoff, int limit);

  /** Erases messages with their bodies, attachments and their data keys. */
  void eraseMessages(List<UUID> messages);

  /** The run of that day, finished or under way. */
  Optional<RetentionRun> run(LocalDate day);

  void startRun(LocalDate day, Instant at);

  /** Adds what one batch of the day's run erased and anonymised. */
  void count(LocalDate day, int files, int sealedDocuments, int mail, int journalEntries);

  void finishRun(LocalDate day, Instant at);

  /** The latest runs, newest first. */
  List<RetentionRun> latestRuns(int limit);

  /** Entries at or below this sequence had their client address handled by earlier runs. */
  long clientAddressWatermark();

  void saveClientAddressWatermark(long seq);
}
