package fr.relais.infrastructure.time;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A node-local job run at a fixed delay on the managed scheduler, whose {@link #stop} waits for a
 * run under way. Without the wait, an undeployment or a shutdown during a run tears the CDI
 * container down beneath it: its transaction can then be neither committed nor rolled back, and it
 * keeps its row locks (a {@code job_lock} row, a lease) until the transaction reaper, minutes later
 * — while the other nodes, or this one restarted, skip the job for as long. A failed run is logged
 * and the next one goes ahead.
 */
public final class RecurringJob {

  private static final Logger LOG = Logger.getLogger(RecurringJob.class.getName());

  private final String name;
  private final Runnable body;
  private final ReentrantLock running = new ReentrantLock();
  private volatile boolean stopped;
  private ScheduledFuture<?> future;

  private RecurringJob(String name, Runnable body) {
    this.name = name;
    this.body = body;
  }

  /** Schedules {@code body} after {@code initial}, then {@code delay} after each run's end. */
  public static RecurringJob start(
      ManagedScheduledExecutorService scheduler,
      String name,
      Duration initial,
      Duration delay,
      Runnable body) {
    RecurringJob job = new RecurringJob(name, body);
    job.future =
        scheduler.scheduleWithFixedDelay(
            job::tick, initial.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
    return job;
  }

  private void tick() {
    if (stopped) {
      return;
    }
    running.lock();
    try {
      if (!stopped) {
        body.run();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, name + " failed; it will be tried again", e);
    } finally {
      running.unlock();
    }
  }

  /** No further run; waits up to {@code wait} for the one under way to end. */
  public void stop(Duration wait) {
    stopped = true;
    future.cancel(false);
    try {
      if (running.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        running.unlock();
      } else {
        LOG.warning(name + " still running after " + wait.toSeconds() + " s at shutdown");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
