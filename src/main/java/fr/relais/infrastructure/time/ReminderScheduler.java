package fr.relais.infrastructure.time;

import fr.relais.application.ReminderService;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the reminder job on every node at a fixed interval ({@code
 * relais.reminders.interval-minutes}, hourly by default); the job itself makes sure only one node
 * works at a time.
 */
@ApplicationScoped
public class ReminderScheduler {

  private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

  @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
  ManagedScheduledExecutorService scheduler;

  @Inject ReminderService reminders;

  @Inject
  @ConfigProperty(name = "relais.reminders.interval-minutes", defaultValue = "60")
  long intervalMinutes;

  private RecurringJob job;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (intervalMinutes <= 0) {
      return;
    }
    job =
        RecurringJob.start(
            scheduler,
            "Reminder run",
            Duration.ofMinutes(1),
            Duration.ofMinutes(intervalMinutes),
            () -> {
              int created = reminders.runDue();
              if (created > 0) {
                LOG.info(created + " reminder(s) created");
              }
            });
  }

  @PreDestroy
  void stop() {
    if (job != null) {
      job.stop(Duration.ofSeconds(30));
    }
  }
}
