package fr.relais.infrastructure.mail;

import fr.relais.application.mailbox.AdministrationGateway;
import fr.relais.application.mailbox.InboundMailService;
import fr.relais.application.notification.OutboxService;
import fr.relais.infrastructure.time.RecurringJob;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail workers of this node.
 *
 * <ul>
 *   <li>The inbound reader: one thread that, while this node holds the {@code mail-inbound} lease,
 *       files what the administration gateway has waiting, then waits for news (IMAP IDLE, or
 *       {@code relais.mail.inbound.poll-seconds}). Only one node reads at a time.
 *   <li>The outbox worker, every {@code relais.outbox.interval-seconds}, on every node: each batch
 *       locks its mails ({@code SKIP LOCKED}), so nodes share the work and never send twice.
 *   <li>The digest job, hourly, on the node that gets its {@code job_lock} row.
 * </ul>
 */
@ApplicationScoped
public class MailWorkers {

  private static final Logger LOG = Logger.getLogger(MailWorkers.class.getName());
  private static final String LEASE = "mail-inbound";

  @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
  ManagedScheduledExecutorService scheduler;

  @Resource(lookup = "java:jboss/ee/concurrency/factory/default")
  ManagedThreadFactory threads;

  @Inject InboundMailService inbound;
  @Inject AdministrationGateway gateway;
  @Inject OutboxService outbox;
  @Inject DatabaseLeases leases;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.poll-seconds", defaultValue = "30")
  long pollSeconds;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.enabled", defaultValue = "true")
  boolean inboundEnabled;

  @Inject
  @ConfigProperty(name = "relais.outbox.interval-seconds", defaultValue = "10")
  long outboxSeconds;

  private final String holder =
      System.getProperty("jboss.node.name", "node") + "/" + UUID.randomUUID();
  private volatile boolean running;
  private Thread reader;
  private RecurringJob delivery;
  private RecurringJob digests;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    running = true;
    if (inboundEnabled && gateway.configured()) {
      reader = threads.newThread(this::read);
      reader.setName("relais-mail-inbound");
      reader.start();
    }
    if (outboxSeconds > 0) {
      Duration every = Duration.ofSeconds(outboxSeconds);
      delivery = RecurringJob.start(scheduler, "Outbox run", every, every, this::deliver);
    }
    digests =
        RecurringJob.start(
            scheduler,
            "Digest run",
            Duration.ofMinutes(5),
            Duration.ofMinutes(60),
            outbox::sendDigests);
  }

  private void read() {
    Duration poll = Duration.ofSeconds(Math.max(1, pollSeconds));
    Duration ttl = poll.multipliedBy(3).plusSeconds(30);
    while (running) {
      try {
        if (leases.claim(LEASE, holder, ttl)) {
          // A batch that found mail may have left more waiting: the next one at once (the lease
          // renewed at each); only an empty mailbox waits for news.
          if (inbound.ingestWaiting() == 0 && running && leases.claim(LEASE, holder, ttl)) {
            gateway.awaitNews(poll);
          }
          continue;
        }
      } catch (AdministrationGateway.GatewayException e) {
        LOG.warning("Inbound mail: " + e.getMessage() + "; trying again");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Inbound mail run failed; trying again", e);
      }
      sleep(poll);
    }
  }

  private void deliver() {
    while (running && outbox.deliverDue() > 0) {
      // until no mail is due
    }
  }

  @PreDestroy
  void stop() {
    running = false;
    if (delivery != null) {
      delivery.stop(Duration.ofSeconds(30));
    }
    if (digests != null) {
      digests.stop(Duration.ofSeconds(30));
    }
    if (reader != null) {
      gateway.close();
      reader.interrupt();
      try {
        reader.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try {
        leases.release(LEASE, holder);
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Lease not released; it will expire", e);
      }
    }
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
