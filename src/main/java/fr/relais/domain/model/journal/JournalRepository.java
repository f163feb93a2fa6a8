package fr.relais.domain.model.journal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Storage of the journal. Entries and seals are only ever appended; the sealer's state row and its
 * watched gaps are the only rows that change.
 */
public interface JournalRepository {

  /** Draws the next entry sequence number from the database sequence (no lock is held). */
  long nextSeq();

  /** Adds an entry in the caller's transaction. */
  void add(JournalEntry entry);

  /** Entries about one target with a sequence below {@code beforeSeq}, newest first. */
  List<JournalEntry> pageForTarget(String targetType, String targetId, long beforeSeq, int limit);

  /** Entries about any of several targets of one type, below {@code beforeSeq}, newest first. */
  List<JournalEntry> pageForTargets(
      String targetType, Collection<String> targetIds, long beforeSeq, int limit);

  // The sealer.

  /**
   * Locks the sealer's row for the caller's transaction ({@code FOR UPDATE SKIP LOCKED}): empty
   * when another transaction, on this node or another, holds it.
   */
  Optional<SealerState> claimSealer();

  /** The sealer's state as last committed, without locking it. */
  SealerState sealerState();

  void saveSealerState(SealerState state);

  /** Committed entries with a sequence above {@code afterSeq}, ascending. */
  List<JournalEntry> entriesAfter(long afterSeq, int limit);

  /** Sequence numbers the sealer passed over and still watches, ascending. */
  List<Long> watchedGaps(int limit);

  /** The entries, among those sequence numbers, that exist now. */
  List<JournalEntry> entries(Collection<Long> seqs);

  void watchGaps(Collection<Long> seqs, Instant noticedAt);

  void unwatchGaps(Collection<Long> seqs);

  /** Stops watching gaps noticed before {@code noticedBefore}; returns how many. */
  int expireGaps(Instant noticedBefore);

  void addSeals(List<JournalSeal> seals);

  /** Those of the given entry numbers that a seal already covers. */
  java.util.Set<Long> alreadySealed(Collection<Long> seqs);

  Optional<JournalSeal> sealAt(long position);

  /** The journal as a verifier reads it, page by page. */
  JournalVerifier.Source verificationSource();

  // Anonymisation (S61).

  /**
   * Entries whose target is one of the given identifiers, of any of the given types, with a
   * sequence above {@code afterSeq}, ascending; read-only, detached.
   */
  List<JournalEntry> aboutAny(
      Collection<String> targetTypes, Collection<String> targetIds, long afterSeq, int limit);

  /** Entries of one actor with a sequence above {@code afterSeq}, ascending; detached. */
  List<JournalEntry> byActor(String issuer, String subject, long afterSeq, int limit);

  /**
   * Entries above {@code afterSeq} that still carry a network address, ascending, until the first
   * one that occurred at or after {@code before}; detached.
   */
  List<JournalEntry> withClientAddressBefore(Instant before, long afterSeq, int limit);

  /** Writes anonymisations computed by {@link JournalChain#redact}, in one batch. */
  void redact(List<JournalChain.Redaction> redactions);
}
