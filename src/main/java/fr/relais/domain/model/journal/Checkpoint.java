package fr.relais.domain.model.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * What a checkpoint states: at {@code time}, the journal's chain of installation {@code origin} had
 * {@code size} seals, the last of which has hash {@code hash} and covers entries up to sequence
 * {@code lastEntrySeq}. Signed ({@link SignedCheckpoint}) and written outside the database, it lets
 * a verifier prove that the chain has not been shortened or rewritten since — as a Certificate
 * Transparency signed tree head or a Sigstore checkpoint does for their logs. It proves nothing
 * about entries sealed after it: that window is what the checkpoint interval bounds.
 */
public record Checkpoint(String origin, long size, String hash, long lastEntrySeq, Instant time) {

  public Checkpoint {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(time, "time");
    if (origin.isBlank() || origin.chars().anyMatch(ch -> ch <= ' ')) {
      throw new IllegalArgumentException("a checkpoint origin has no blank");
    }
    if (!hash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a checkpoint hash is 64 lower-case hex digits");
    }
    if (size < 0 || lastEntrySeq < 0) {
      throw new IllegalArgumentException("a checkpoint's size and sequence are not negative");
    }
  }

  /** The exact bytes that are signed: one field a line, in a fixed order, after a version tag. */
  public byte[] signedBytes() {
    return ("relais-checkpoint v1\n"
            + origin
            + '\n'
            + size
            + '\n'
            + hash
            + '\n'
            + lastEntrySeq
            + '\n'
            + time
            + '\n')
        .getBytes(StandardCharsets.UTF_8);
  }
}
