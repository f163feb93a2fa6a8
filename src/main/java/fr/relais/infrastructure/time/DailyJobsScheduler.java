package fr.relais.infrastructure.time;

import fr.relais.application.notification.ReminderService;
import fr.relais.application.shielding.RetentionService;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the jobs of the day on every node at their intervals: the reminders ({@code
 * relais.reminders.interval-minutes}) and the retention run ({@code
 * relais.retention.interval-minutes}, S61), hourly by default, {@code 0} for off. Each job itself
 * makes sure only one node works at a time ({@code job_lock}, {@code FOR UPDATE SKIP LOCKED}).
 */
@ApplicationScoped
public class DailyJobsScheduler {

  private static final Logger LOG = Logger.getLogger(DailyJobsScheduler.class.getName());

  @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
  ManagedScheduledExecutorService scheduler;

  @Inject ReminderService reminders;
  @Inject RetentionService retention;

  @Inject
  @ConfigProperty(name = "relais.reminders.interval-minutes", defaultValue = "60")
  long reminderMinutes;

  @Inject
  @ConfigProperty(name = "relais.retention.interval-minutes", defaultValue = "60")
  long retentionMinutes;

  private final List<RecurringJob> jobs = new ArrayList<>();

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    schedule(
        "Reminder run",
        reminderMinutes,
        Duration.ofMinutes(1),
        () -> {
          int created = reminders.runDue();
          if (created > 0) {
            LOG.info(created + " reminder(s) created");
          }
        });
    schedule(
        "Retention run",
        retentionMinutes,
        Duration.ofMinutes(5),
        () ->
            retention
                .runDue()
                .filter(r -> r.filesErased() + r.sealedDocumentsErased() + r.mailErased() > 0)
                .ifPresent(r -> LOG.info("retention run of " + r.day() + ": " + r)));
  }

  private void schedule(String name, long minutes, Duration initial, Runnable body) {
    if (minutes > 0) {
      jobs.add(RecurringJob.start(scheduler, name, initial, Duration.ofMinutes(minutes), body));
    }
  }

  @PreDestroy
  void stop() {
    jobs.forEach(j -> j.stop(Duration.ofSeconds(30)));
  }
}
