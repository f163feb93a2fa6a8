package fr.relais.application.journal;

import fr.relais.domain.model.journal.SignedCheckpoint;
import java.util.Optional;

/**
 * Writes signed checkpoints of the chain outside the database, from each node: at a configured
 * interval and when the node shuts down.
 */
public interface JournalCheckpoints {

  /**
   * Signs the chain's current end and writes it to every configured place, unless nothing was
   * sealed since this node's previous checkpoint, or the chain no longer extends that checkpoint
   * (then the alarm is raised and nothing is written).
   */
  Optional<SignedCheckpoint> write();

  /** Why this node stopped writing checkpoints, if it did. */
  Optional<String> alarm();
}
