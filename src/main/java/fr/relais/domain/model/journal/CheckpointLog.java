package fr.relais.domain.model.journal;

import java.util.List;
import java.util.Optional;

/**
 * The places outside the database where this node writes its signed checkpoints (an append-only
 * file, the system log), and from which verification reads them back.
 */
public interface CheckpointLog {

  /** Writes the checkpoint to every configured place; a failure of one does not stop the others. */
  void append(SignedCheckpoint checkpoint);

  /** Every checkpoint line found in the readable places, in file order, well-formed or not. */
  List<Line> read();

  /** The last well-formed checkpoint this node wrote, if any (read back at start-up). */
  Optional<SignedCheckpoint> latestWritten();

  /**
   * One line that holds the checkpoint marker: the checkpoint, or why it could not be read.
   *
   * @param source file and line number, for the report
   */
  record Line(String source, SignedCheckpoint checkpoint, String error) {}
}
