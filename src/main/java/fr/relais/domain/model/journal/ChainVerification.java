package fr.relais.domain.model.journal;

import java.time.Instant;
import java.util.List;

/**
 * The result of a journal verification.
 *
 * @param intact no problem of any kind was found
 * @param entriesChecked sealed entries verified before the first break of the chain (all of them
 *     when it is unbroken)
 * @param firstBrokenSeq the entry sequence where the first problem lies, when it concerns an entry
 * @param firstBrokenPosition the chain position where the first problem lies, when it has one
 * @param reason the first problem, in words
 * @param missing the part of the chain that a checkpoint proves existed and that is gone
 * @param chainLength seals in the chain as found
 * @param pendingEntries entries recorded but not sealed yet
 * @param checkpointsVerified checkpoints whose signature was valid and which were compared
 * @param checkpointsRejected checkpoint lines refused (malformed, or not signed by a trusted key)
 * @param latestCheckpoint the valid checkpoint with the longest chain, if any
 * @param problems every problem found, first one first
 */
public record ChainVerification(
    boolean intact,
    long entriesChecked,
    Long firstBrokenSeq,
    Long firstBrokenPosition,
    String reason,
    MissingRange missing,
    long chainLength,
    long pendingEntries,
    int checkpointsVerified,
    int checkpointsRejected,
    CheckpointSummary latestCheckpoint,
    List<String> problems) {

  /**
   * Chain positions {@code fromPosition}..{@code toPosition} existed when the checkpoint of {@code
   * checkpointTime} was signed and are no longer there: the entries sealed after sequence {@code
   * afterEntrySeq} and up to {@code throughEntrySeq}.
   */
  public record MissingRange(
      long fromPosition,
      long toPosition,
      long afterEntrySeq,
      long throughEntrySeq,
      Instant checkpointTime) {}

  /** A checkpoint as reported: its chain size, last entry and time, and where it was read. */
  public record CheckpointSummary(long size, long lastEntrySeq, Instant time, String source) {}
}
