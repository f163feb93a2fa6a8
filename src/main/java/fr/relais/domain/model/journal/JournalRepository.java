package fr.relais.domain.model.journal;

import java.util.List;
import java.util.UUID;

/** Storage of the journal. Only appends; there is no update and no delete. */
public interface JournalRepository {

  /**
   * Appends a record at the end of the chain, in the caller's transaction. Concurrent appends are
   * serialised on the journal head so the chain stays linear.
   */
  JournalEntry append(
      JournalChain chain,
      java.time.Instant occurredAt,
      JournalRecord record,
      String requestId,
      String clientAddress);

  /** Entries with a sequence greater than {@code afterSeq}, ascending, at most {@code limit}. */
  List<JournalEntry> pageAfter(long afterSeq, int limit);

  /** The structure's entries with a sequence below {@code beforeSeq}, newest first. */
  List<JournalEntry> pageForStructure(UUID structureId, long beforeSeq, int limit);

  /** Entries about one target with a sequence below {@code beforeSeq}, newest first. */
  List<JournalEntry> pageForTarget(String targetType, String targetId, long beforeSeq, int limit);

  /** Entries about any of several targets of one type, below {@code beforeSeq}, newest first. */
  List<JournalEntry> pageForTargets(
      String targetType, java.util.Collection<String> targetIds, long beforeSeq, int limit);

  /** The sequence and hash the head records as written last. */
  Head head();

  /** The journal head: the last sequence and hash written. */
  record Head(long lastSeq, String lastHash) {}
}
