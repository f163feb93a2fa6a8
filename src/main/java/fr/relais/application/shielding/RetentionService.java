package fr.relais.application.shielding;

import fr.relais.domain.model.shielding.RetentionPolicy;
import fr.relais.domain.model.shielding.RetentionRun;
import java.util.List;
import java.util.Optional;

/**
 * The retention of data (S61): periods per data class, from the configuration, and the daily job
 * that erases what has expired and anonymises the journal's references to it. On a cluster, one
 * node works at a time and each day is run once.
 */
public interface RetentionService {

  /** The platform operator's view: the periods in force and the latest runs. */
  record Status(RetentionPolicy policy, List<RetentionRun> runs) {}

  /** The periods in force; needs no authority (a file's erasure date is shown with it). */
  RetentionPolicy policy();

  /** For the platform operator only. */
  Status status();

  /**
   * Runs today's job now, for the platform operator (journaled); a day already run is not run
   * again, its record is returned.
   */
  RetentionRun runNow();

  /**
   * Runs today's job if no node has yet, batch after batch, each batch in a transaction of its own
   * under the job's lock. Empty when another node is running it.
   */
  Optional<RetentionRun> runDue();
}
