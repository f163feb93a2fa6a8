package fr.relais.infrastructure.mail;

import fr.relais.application.mailbox.AdministrationGateway;
import fr.relais.application.mailbox.InboundMailService;
import fr.relais.application.notification.OutboxService;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
  private ScheduledFuture<?> delivery;
  private ScheduledFuture<?> digests;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    running = true;
    if (inboundEnabled && gateway.configured()) {
      reader = threads.newThread(this::read);
      reader.setName("relais-mail-inbound");
      reader.start();
    }
    if (outboxSeconds > 0) {
      delivery =
          scheduler.scheduleWithFixedDelay(
              this::deliver, outboxSeconds, outboxSeconds, TimeUnit.SECONDS);
    }
    digests = scheduler.scheduleWithFixedDelay(this::digest, 5, 60, TimeUnit.MINUTES);
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
    try {
      while (running && outbox.deliverDue() > 0) {
        // until no mail is due
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox run failed; it will be tried again", e);
    }
  }

  private void digest() {
    try {
      outbox.sendDigests();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Digest run failed; it will be tried again", e);
    }
  }

  @PreDestroy
  void stop() {
    running = false;
    if (delivery != null) {
      delivery.cancel(false);
    }
    if (digests != null) {
      digests.cancel(false);
    }
    if (reader != null) {
      gateway.close();
      reader.interrupt();
      try {
        reader.join(10_000);
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
