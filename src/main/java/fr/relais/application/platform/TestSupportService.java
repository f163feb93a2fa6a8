package fr.relais.application.platform;

import fr.relais.application.journal.JournalSealer;
import java.util.List;

/**
 * Support for acceptance tests and benchmarks of the journal. Exists only where clock control does
 * ({@code relais.clock.control-enabled}, never in production): elsewhere every method answers as if
 * it did not exist ({@link FeatureDisabledException}, 404). Nothing here turns the journal off.
 */
public interface TestSupportService {

  /**
   * The benchmark's baseline: one plain single-row insert in a transaction, with no journal entry,
   * for any signed-in user.
   */
  String plainWrite();

  /**
   * The same single-row insert with its journal entry, recorded through the one journal API in the
   * same transaction: the pair measures what journaling costs a write, nothing else.
   */
  String journaledWrite();

  /**
   * Records a journal entry in a transaction that then rolls back, as a failed action does; returns
   * the sequence number the entry had drawn. Platform operator only.
   */
  long rolledBackWrite();

  /** Runs {@code parallel} sealer batches at the same moment. Platform operator only. */
  List<JournalSealer.Run> sealConcurrently(int parallel);

  /**
   * Seals everything pending, then writes this node's checkpoint now; returns its line, or null
   * when there was nothing new to anchor. Platform operator only.
   */
  String checkpointNow();

  /**
   * Runs the rekeying of identity values hashed over their exact forms now, as a start does;
   * returns how many rows it hashed again. Platform operator only.
   */
  int rekeyFingerprints();
}
