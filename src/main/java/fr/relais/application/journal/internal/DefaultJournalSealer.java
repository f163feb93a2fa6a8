package fr.relais.application.journal.internal;

import fr.relais.application.journal.JournalSealer;
import fr.relais.domain.model.journal.JournalChain;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.journal.JournalKeys;
import fr.relais.domain.model.journal.JournalRepository;
import fr.relais.domain.model.journal.JournalSeal;
import fr.relais.domain.model.journal.SealerState;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one sealer (S50). Each batch runs in a short transaction of its own that first locks the
 * sealer's row with {@code FOR UPDATE SKIP LOCKED}: whichever node gets it seals, the others skip,
 * so no two sealers ever place entries in the chain at the same time.
 *
 * <p>Entries are sealed in sequence order. A number below the highest one seen that has no entry
 * yet is watched as a gap: either its transaction is still running (its entry is sealed at the end
 * of the chain when it commits: the chain's order is the order of sealing) or it rolled back (the
 * number never appears, and the gap is dropped once it is older than any transaction can be). An
 * entry whose MAC does not match its content is left out of the chain and reported; verification
 * then names it as never sealed.
 *
 * <p>Gaps are timed with system time, not Relais's clock: how long a transaction can run is a
 * matter of the machine, not of dated rules.
 */
@ApplicationScoped
public class DefaultJournalSealer implements JournalSealer {

  private static final Logger LOG = Logger.getLogger(DefaultJournalSealer.class.getName());

  /** A jump this large in the sequence is not a handful of rolled-back transactions. */
  private static final int MAX_GAPS_PER_BATCH = 10_000;

  @Inject JournalRepository repository;
  @Inject JournalKeys keys;

  @Inject
  @ConfigProperty(name = "relais.journal.seal.batch-size", defaultValue = "500")
  int batchSize;

  /** Must exceed the transaction timeout (WildFly's default: 300 s). */
  @Inject
  @ConfigProperty(name = "relais.journal.seal.gap-timeout-seconds", defaultValue = "900")
  long gapTimeoutSeconds;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public Run sealOnce() {
    SealerState state = repository.claimSealer().orElse(null);
    if (state == null) {
      return Run.NOT_CLAIMED;
    }
    JournalChain chain = keys.chain();
    Instant now = TimeSource.machineTime();
    long position = state.lastPosition();
    String hash = state.lastHash();
    long lastSeq = state.lastEntrySeq();
    List<JournalSeal> seals = new ArrayList<>();
    int refused = 0;

    // Late entries: their transaction committed after a later entry was sealed.
    List<Long> watched = repository.watchedGaps(batchSize);
    List<JournalEntry> late = repository.entries(watched);
    java.util.Set<Long> sealedBefore =
        repository.alreadySealed(late.stream().map(JournalEntry::seq).toList());
    List<Long> arrived = new ArrayList<>();
    for (JournalEntry e : late) {
      arrived.add(e.seq());
      if (sealedBefore.contains(e.seq())) {
        alreadySealed(e);
      } else if (chain.authentic(e, state.legacyUntilSeq())) {
        JournalSeal s = chain.seal(hash, ++position, e, now);
        seals.add(s);
        hash = s.hash();
      } else {
        refused++;
        reportMacMismatch(e);
      }
    }
    repository.unwatchGaps(arrived);

    // New entries, in sequence order; the numbers skipped on the way are watched.
    List<JournalEntry> fresh = repository.entriesAfter(lastSeq, batchSize);
    java.util.Set<Long> sealedAlready =
        repository.alreadySealed(fresh.stream().map(JournalEntry::seq).toList());
    List<Long> gaps = new ArrayList<>();
    for (JournalEntry e : fresh) {
      for (long g = lastSeq + 1; g < e.seq() && gaps.size() < MAX_GAPS_PER_BATCH; g++) {
        gaps.add(g);
      }
      if (e.seq() - lastSeq - 1 > MAX_GAPS_PER_BATCH) {
        LOG.severe(
            "Journal sequence jumped from "
                + lastSeq
                + " to "
                + e.seq()
                + ": only the first "
                + MAX_GAPS_PER_BATCH
                + " missing numbers are watched");
      }
      if (sealedAlready.contains(e.seq())) {
        alreadySealed(e);
      } else if (chain.authentic(e, state.legacyUntilSeq())) {
        JournalSeal s = chain.seal(hash, ++position, e, now);
        seals.add(s);
        hash = s.hash();
      } else {
        refused++;
        reportMacMismatch(e);
      }
      lastSeq = e.seq();
    }
    repository.watchGaps(gaps, now);
    repository.expireGaps(now.minus(Duration.ofSeconds(gapTimeoutSeconds)));
    repository.addSeals(seals);
    if (!seals.isEmpty() || lastSeq != state.lastEntrySeq()) {
      repository.saveSealerState(
          new SealerState(
              position,
              hash,
              lastSeq,
              state.legacyUntilSeq(),
              seals.isEmpty() ? state.sealedAt() : now));
    }
    return new Run(true, seals.size(), gaps.size(), refused, fresh.size() == batchSize);
  }

  /**
   * An entry the chain already holds, met again: the sealer's state was moved back behind its back.
   * Sealing it twice is impossible (one seal per entry); it is passed over, and verification
   * reports how the chain and the checkpoints disagree.
   */
  private static void alreadySealed(JournalEntry e) {
    LOG.severe(
        "Journal entry "
            + e.seq()
            + " is already sealed although the sealer's state says otherwise: the state was"
            + " moved back outside the application");
  }

  private static void reportMacMismatch(JournalEntry e) {
    LOG.severe(
        "Journal entry "
            + e.seq()
            + " does not match its MAC: altered after it was written, or written without the"
            + " journal key. It is left out of the chain; verification reports it.");
  }
}
