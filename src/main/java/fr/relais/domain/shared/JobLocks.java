package fr.relais.domain.shared;

import java.time.Instant;

/**
 * The cluster-safe claim of a background job: one row per job in {@code job_lock}, taken with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} for the caller's transaction. The node that gets it does
 * the work; any other node is told at once that someone else is on it, and never waits. Every job
 * that must run on one node at a time claims its row here — reminders, deadlines, digests,
 * retention, the rekeying of fingerprints — and nowhere else.
 */
public interface JobLocks {

  /** Whether this transaction now holds the job's row; false when another node holds it. */
  boolean claim(String job);

  /** Records that the job finished a run at {@code at} (in the transaction that holds it). */
  void ran(String job, Instant at);
}
