package fr.relais.domain.model.journal;

import java.time.Instant;

/**
 * The end of the journal's chain, kept by the sealer in one row that it locks while it works (the
 * lease: on a cluster, the node holding the row seals, the others skip).
 *
 * @param lastPosition the position of the last seal (0 before the first)
 * @param lastHash that seal's hash ({@link JournalChain#GENESIS} before the first)
 * @param lastEntrySeq the highest entry sequence the sealer has passed; lower numbers it did not
 *     seal are watched as gaps until they appear or expire
 * @param legacyUntilSeq entries up to this sequence were written before seals existed and carry no
 *     MAC
 * @param sealedAt when the sealer last sealed something (system time), null before the first
 */
public record SealerState(
    long lastPosition, String lastHash, long lastEntrySeq, long legacyUntilSeq, Instant sealedAt) {}
