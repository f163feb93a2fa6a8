package fr.relais.infrastructure.journal;

import fr.relais.application.journal.JournalCheckpoints;
import fr.relais.application.journal.JournalSealer;
import fr.relais.infrastructure.time.RecurringJob;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs, on every node, the journal sealer every {@code relais.journal.seal.interval-millis} (the
 * lease makes one node seal at a time, and a node that finds a full batch goes on at once) and this
 * node's checkpoint every {@code relais.journal.checkpoint.interval-seconds}. At shutdown it seals
 * what is pending and writes a last checkpoint.
 */
@ApplicationScoped
public class JournalScheduler {

  private static final Logger LOG = Logger.getLogger(JournalScheduler.class.getName());
  private static final int MAX_BATCHES_PER_TICK = 50;

  @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
  ManagedScheduledExecutorService scheduler;

  @Inject JournalSealer sealer;
  @Inject JournalCheckpoints checkpoints;

  @Inject
  @ConfigProperty(name = "relais.journal.seal.interval-millis", defaultValue = "250")
  long sealIntervalMillis;

  @Inject
  @ConfigProperty(name = "relais.journal.checkpoint.interval-seconds", defaultValue = "60")
  long checkpointIntervalSeconds;

  private RecurringJob sealing;
  private RecurringJob checkpointing;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (sealIntervalMillis > 0) {
      Duration every = Duration.ofMillis(sealIntervalMillis);
      sealing = RecurringJob.start(scheduler, "Journal sealing", every, every, this::sealPending);
    }
    if (checkpointIntervalSeconds > 0) {
      Duration every = Duration.ofSeconds(checkpointIntervalSeconds);
      checkpointing =
          RecurringJob.start(scheduler, "Journal checkpoint", every, every, this::checkpoint);
    }
  }

  /** Seals batch after batch while full ones come, up to a bound, then yields until next tick. */
  void sealPending() {
    try {
      sealBatches();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Journal sealing failed; it will be tried again", e);
    }
  }

  private void sealBatches() {
    for (int i = 0; i < MAX_BATCHES_PER_TICK; i++) {
      JournalSealer.Run run = sealer.sealOnce();
      if (!run.more()) {
        return;
      }
    }
  }

  void checkpoint() {
    try {
      checkpoints.write();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Journal checkpoint failed; it will be tried again", e);
    }
  }

  /**
   * A last seal and checkpoint, so that a clean shutdown leaves no window unanchored (S50). Nothing
   * tries them again: a failure here leaves the entries sealed since the previous checkpoint
   * anchored nowhere — their deletion would go unnoticed — so it is an error, not a warning.
   */
  @PreDestroy
  void stop() {
    if (sealing != null) {
      sealing.stop(Duration.ofSeconds(30));
    }
    if (checkpointing != null) {
      checkpointing.stop(Duration.ofSeconds(30));
    }
    try {
      sealBatches();
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "JOURNAL: the last seal at shutdown failed; entries recorded since the previous seal are"
              + " left for the next start, and the shutdown checkpoint does not cover them",
          e);
    }
    try {
      checkpoints.write();
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "JOURNAL: no checkpoint written at shutdown; entries sealed since this node's previous"
              + " checkpoint are anchored nowhere until the next checkpoint",
          e);
    }
  }
}
