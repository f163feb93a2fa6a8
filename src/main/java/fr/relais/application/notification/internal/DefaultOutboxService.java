package fr.relais.application.notification.internal;

import fr.relais.application.InvalidInputException;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.notification.MailTransport;
import fr.relais.application.notification.NotificationComposer;
import fr.relais.application.notification.Outbox;
import fr.relais.application.notification.OutboxService;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.OutboxMail;
import fr.relais.domain.model.notification.OutboxRepository;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.JobLocks;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox (H4). Each batch runs in a transaction that locks its mails with {@code FOR
 * UPDATE SKIP LOCKED}: another node's worker skips them, so no mail goes out twice while a batch
 * runs; the row is marked sent in the same transaction. A mail the server takes but whose
 * transaction then fails to commit could go out again on the next try: every try carries the same
 * Message-ID, so that the receiving side can tell.
 */
@ApplicationScoped
public class DefaultOutboxService implements OutboxService {

  private static final Logger LOG = Logger.getLogger(DefaultOutboxService.class.getName());

  /** A structure's mails in a status, newest first, by {@code (created_at, id)}. */
  private static final Keyset<OutboxMail> PAGES =
      Keyset.after(50, 200, m -> List.of(m.createdAt(), m.id()), Part.INSTANT, Part.UUID);

  @Inject OutboxRepository outbox;
  @Inject Outbox mails;
  @Inject MailTransport transport;
  @Inject NotificationComposer composer;
  @Inject AccountRepository accounts;
  @Inject AccessPolicy policy;
  @Inject JobLocks locks;

  /** The digest job's row in {@code job_lock}. */
  static final String DIGEST_JOB = "digest";

  @Inject
  @ConfigProperty(name = "relais.outbox.max-attempts", defaultValue = "8")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "relais.outbox.first-retry-seconds", defaultValue = "60")
  long firstRetrySeconds;

  @Inject
  @ConfigProperty(name = "relais.outbox.batch-size", defaultValue = "20")
  int batchSize;

  @Inject
  @ConfigProperty(name = "relais.mail.message-id-domain", defaultValue = "relais.localhost")
  String messageIdDomain;

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public int deliverDue() {
    Instant now = TimeSource.machineTime();
    List<OutboxMail> due = outbox.claimDue(now, batchSize);
    for (OutboxMail m : due) {
      try {
        transport.send(m.mail(), "<" + m.id() + "@" + messageIdDomain + ">");
        m.sent(TimeSource.machineTime());
      } catch (MailTransport.Failure f) {
        m.failed(
            f.getMessage(),
            f.permanent(),
            maxAttempts,
            Duration.ofSeconds(firstRetrySeconds),
            TimeSource.machineTime());
        if (m.status() == OutboxMail.Status.DEAD) {
          LOG.warning("Outgoing mail " + m.id() + " is dead after " + m.attempts() + " tries");
        }
      }
    }
    return due.size();
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public int sendDigests() {
    if (!locks.claim(DIGEST_JOB)) {
      return 0; // another node is sending them
    }
    Instant now = TimeSource.machineTime();
    int sent = 0;
    for (AccountId member : outbox.digestsDue(now.minus(Duration.ofHours(20)), 500)) {
      if (outbox.takeDigestItems(member) == 0) {
        continue;
      }
      Account a = accounts.find(member).orElse(null);
      if (a == null || !a.isActive() || a.email().isEmpty()) {
        continue;
      }
      mails.toMember(composer.digest(a.email().get(), a.locale()), a, NotificationKind.NEW_MESSAGE);
      sent++;
    }
    return sent;
  }

  @Override
  @Transactional
  public StructureOutbox structureOutbox(
      StructureId structure, String status, String after, Integer limit) {
    policy.structures().requireAdminister(structure, "outbox.view");
    OutboxMail.Status wanted;
    try {
      wanted = status == null ? OutboxMail.Status.DEAD : OutboxMail.Status.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "PENDING, SENT or DEAD");
    }
    Keyset.Request<OutboxMail> asked = PAGES.read(after, limit);
    Keyset.Window<OutboxMail> window =
        asked.window(
            outbox.page(structure, wanted, asked.instant(0), asked.uuid(1), asked.lookAhead()));
    List<OutboxMail> page = window.rows();
    Map<AccountId, String> names = new HashMap<>();
    for (Account a :
        accounts.findAll(
            page.stream()
                .filter(m -> m.accountId() != null)
                .map(m -> new AccountId(m.accountId()))
                .collect(Collectors.toSet()))) {
      names.put(a.id(), a.displayName());
    }
    List<MailView> items =
        page.stream()
            .map(
                m ->
                    new MailView(
                        m.id().toString(),
                        m.mail().to(),
                        m.accountId() == null ? null : names.get(new AccountId(m.accountId())),
                        m.kind(),
                        m.status(),
                        m.attempts(),
                        m.lastError(),
                        m.createdAt(),
                        m.sentAt()))
            .toList();
    return StructureOutbox.of(window.page(items), outbox.counts(structure));
  }
}
