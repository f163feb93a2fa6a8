package fr.relais.domain.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * The cluster-safe claim of a background job: one row per job in {@code job_lock}, taken with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} for the caller's transaction. The node that gets it does
 * the work; any other node is told at once that someone else is on it, and never waits.
 */
public interface JobLocks {

  /** Whether this transaction now holds the job's row; false when another node holds it. */
  boolean claim(String job);

  /** When the job last finished a run, as recorded by {@link #ran}. */
  Optional<Instant> lastRun(String job);

  /** Records that the job finished a run at {@code at} (in the transaction that holds it). */
  void ran(String job, Instant at);
}
