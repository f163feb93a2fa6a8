package fr.relais.domain.model.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies the journal (G1, S50): the chain of seals, every entry under it, the entries no seal
 * covers, and the chain against every signed checkpoint found outside the database. One algorithm,
 * used by the server ({@code GET /api/v1/journal/verification}) and by the command-line verifier,
 * each with its own way of reading the rows ({@link Source}).
 *
 * <p>What it finds:
 *
 * <ul>
 *   <li>a modified entry (its MAC, or the seal over it, no longer matches), a deleted, inserted or
 *       reordered one (positions missing, a link broken, an entry missing under its seal);
 *   <li>a shortened or rewritten tail, when a checkpoint signed earlier records a longer chain, or
 *       a different hash at one of its positions: the missing range is named;
 *   <li>an entry the sealer passed and no seal covers (written behind its back, or altered before
 *       it was sealed), and entries left unsealed longer than allowed (the sealer is not running).
 * </ul>
 */
public final class JournalVerifier {

  private static final int PAGE = 2_000;

  /** How a verifier reads the journal. */
  public interface Source {
    SealerState state();

    /** Seals after {@code afterPosition}, ascending, each with its entry (null when missing). */
    List<SealedEntry> sealedAfter(long afterPosition, int limit);

    /** Entries up to {@code upToSeq} that no seal covers and that are not watched as a gap. */
    List<Long> neverSealed(long upToSeq, int limit);

    /** Entries waiting for the sealer: above {@code afterSeq}, or late in a watched gap. */
    Pending pending(long afterSeq);
  }

  /** A seal and the entry it covers, which may be missing. */
  public record SealedEntry(JournalSeal seal, JournalEntry entry) {}

  /** How many entries wait for the sealer, and since when the oldest one does. */
  public record Pending(long count, Instant oldest) {}

  private final JournalChain chain;
  private final CheckpointSignatures signatures;
  private final Duration maxPending;

  /**
   * @param signatures the trusted checkpoint keys
   * @param maxPending how long an entry may stay unsealed before it is an alarm
   */
  public JournalVerifier(JournalChain chain, CheckpointSignatures signatures, Duration maxPending) {
    this.chain = Objects.requireNonNull(chain);
    this.signatures = Objects.requireNonNull(signatures);
    this.maxPending = Objects.requireNonNull(maxPending);
  }

  /**
   * @param checkpoints the checkpoint lines found outside the database
   * @param now the time to judge pending entries by, on the clock their timestamps were taken from
   */
  public ChainVerification verify(
      Source source, List<CheckpointLog.Line> checkpoints, Instant now) {
    List<String> problems = new ArrayList<>();
    Long brokenSeq = null;
    Long brokenPosition = null;

    // Checkpoints: only those signed by a trusted key count; the others are reported.
    Map<Long, List<CheckpointLog.Line>> byPosition = new HashMap<>();
    CheckpointLog.Line longest = null;
    int rejected = 0;
    int verified = 0;
    for (CheckpointLog.Line line : checkpoints) {
      if (line.checkpoint() == null) {
        rejected++;
        problems.add("checkpoint rejected (" + line.source() + "): " + line.error());
      } else if (!signatures.verify(line.checkpoint())) {
        rejected++;
        problems.add(
            "checkpoint rejected ("
                + line.source()
                + "): its signature is not from a trusted key (key "
                + line.checkpoint().keyId()
                + ")");
      } else {
        verified++;
        byPosition
            .computeIfAbsent(line.checkpoint().checkpoint().size(), k -> new ArrayList<>())
            .add(line);
        if (longest == null
            || line.checkpoint().checkpoint().size() > longest.checkpoint().checkpoint().size()) {
          longest = line;
        }
      }
    }

    SealerState state = source.state();
    long expected = 1;
    String prevHash = JournalChain.GENESIS;
    long lastSealedSeq = 0;
    long checked = 0;
    boolean walked = true;
    String chainProblem = null;
    walk:
    while (true) {
      List<SealedEntry> page = source.sealedAfter(expected - 1, PAGE);
      for (SealedEntry se : page) {
        JournalSeal seal = se.seal();
        long pos = seal.position();
        if (pos != expected) {
          brokenPosition = expected;
          chainProblem =
              pos > expected
                  ? "chain positions " + range(expected, pos - 1) + " missing"
                  : "unexpected seal at position " + pos;
          break walk;
        }
        JournalEntry e = se.entry();
        if (e == null) {
          brokenPosition = pos;
          brokenSeq = seal.entrySeq();
          chainProblem = "entry " + seal.entrySeq() + " sealed at position " + pos + " is missing";
          break walk;
        }
        if (!prevHash.equals(seal.prevHash())) {
          brokenPosition = pos;
          brokenSeq = e.seq();
          chainProblem = "link broken at position " + pos + " (entry " + e.seq() + ")";
          break walk;
        }
        if (!chain.authentic(e, state.legacyUntilSeq())
            || !JournalChain.constantTimeEquals(
                seal.hash(), chain.sealHash(prevHash, pos, e.seq(), chain.sealedMacOf(e)))) {
          brokenPosition = pos;
          brokenSeq = e.seq();
          chainProblem = "entry " + e.seq() + " content modified (position " + pos + ")";
          break walk;
        }
        for (CheckpointLog.Line cp : byPosition.getOrDefault(pos, List.of())) {
          if (!cp.checkpoint().checkpoint().hash().equals(seal.hash())) {
            brokenPosition = pos;
            brokenSeq = e.seq();
            chainProblem =
                "the chain diverges from the checkpoint of "
                    + cp.checkpoint().checkpoint().time()
                    + " ("
                    + cp.source()
                    + ") at position "
                    + pos;
            break walk;
          }
        }
        prevHash = seal.hash();
        lastSealedSeq = Math.max(lastSealedSeq, e.seq());
        expected++;
        checked++;
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    if (chainProblem != null) {
      walked = false;
      problems.add(0, chainProblem);
    }
    long length = expected - 1;
    // Read again once the seals are read: a batch the sealer committed meanwhile is in both.
    SealerState after = source.state();

    ChainVerification.MissingRange missing = null;
    if (walked) {
      if (longest != null && longest.checkpoint().checkpoint().size() > length) {
        Checkpoint c = longest.checkpoint().checkpoint();
        missing =
            new ChainVerification.MissingRange(
                length + 1, c.size(), lastSealedSeq, c.lastEntrySeq(), c.time());
        brokenPosition = length + 1;
        brokenSeq = lastSealedSeq + 1;
        problems.add(
            0,
            "the journal is shorter than the checkpoint of "
                + c.time()
                + " ("
                + longest.source()
                + "): chain positions "
                + range(length + 1, c.size())
                + " are missing (entries sealed after "
                + lastSealedSeq
                + ", through entry "
                + c.lastEntrySeq()
                + ")");
      } else {
        // The sealer's row was read before the seals and again after them: the sealer
        // may commit a batch meanwhile (each query sees what is committed when it runs), so an
        // intact chain ends between the two, at the recorded hash when it ends at either. Seals
        // missing below the first (a shortened tail) or beyond the second (seals the sealer never
        // wrote) break it.
        boolean consistent =
            length >= state.lastPosition()
                && length <= after.lastPosition()
                && (length != state.lastPosition() || state.lastHash().equals(prevHash))
                && (length != after.lastPosition() || after.lastHash().equals(prevHash));
        if (!consistent) {
          long recorded =
              length < state.lastPosition() ? state.lastPosition() : after.lastPosition();
          brokenPosition = Math.min(length + 1, recorded);
          problems.add(
              0, "the chain ends at position " + length + " but the sealer records " + recorded);
        }
      }
    }

    List<Long> never = source.neverSealed(state.lastEntrySeq(), 10);
    if (!never.isEmpty()) {
      if (brokenSeq == null) {
        brokenSeq = never.get(0);
      }
      problems.add(
          "entr"
              + (never.size() == 1 ? "y " : "ies ")
              + never.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
              + (never.size() == 10 ? "…" : "")
              + " never sealed: written behind the sealer's back, or altered before sealing");
    }

    Pending pending = source.pending(after.lastEntrySeq());
    if (pending.count() > 0
        && pending.oldest() != null
        && Duration.between(pending.oldest(), now).compareTo(maxPending) > 0) {
      problems.add(
          pending.count()
              + " entr"
              + (pending.count() == 1 ? "y" : "ies")
              + " unsealed for more than "
              + maxPending.toSeconds()
              + " s (oldest recorded at "
              + pending.oldest()
              + "): is the sealer running?");
    }

    ChainVerification.CheckpointSummary latest =
        byPosition.values().stream()
            .flatMap(List::stream)
            .max(
                Comparator.comparingLong(
                        (CheckpointLog.Line l) -> l.checkpoint().checkpoint().size())
                    .thenComparing(l -> l.checkpoint().checkpoint().time()))
            .map(
                l ->
                    new ChainVerification.CheckpointSummary(
                        l.checkpoint().checkpoint().size(),
                        l.checkpoint().checkpoint().lastEntrySeq(),
                        l.checkpoint().checkpoint().time(),
                        l.source()))
            .orElse(null);
    return new ChainVerification(
        problems.isEmpty(),
        checked,
        brokenSeq,
        brokenPosition,
        problems.isEmpty() ? null : problems.get(0),
        missing,
        length,
        pending.count(),
        verified,
        rejected,
        latest,
        List.copyOf(problems));
  }

  private static String range(long from, long to) {
    return from == to ? String.valueOf(from) : from + "–" + to;
  }
}
