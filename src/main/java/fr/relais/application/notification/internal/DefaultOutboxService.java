package fr.relais.application.notification.internal;

import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.notification.MailTransport;
import fr.relais.application.notification.NotificationComposer;
import fr.relais.application.notification.OutboxService;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.OutboxMail;
import fr.relais.domain.model.notification.OutboxRepository;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

  @Inject OutboxRepository outbox;
  @Inject MailTransport transport;
  @Inject NotificationComposer composer;
  @Inject AccountRepository accounts;
  @Inject AccessPolicy policy;
  @PersistenceContext EntityManager em;

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
    Instant now = Instant.now();
    List<OutboxMail> due = outbox.claimDue(now, batchSize);
    for (OutboxMail m : due) {
      try {
        transport.send(m.mail(), "<" + m.id() + "@" + messageIdDomain + ">");
        m.sent(Instant.now());
      } catch (MailTransport.Failure f) {
        m.failed(
            f.getMessage(),
            f.permanent(),
            maxAttempts,
            Duration.ofSeconds(firstRetrySeconds),
            Instant.now());
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
    List<?> claimed =
        em.createNativeQuery(
                "select name from job_lock where name = 'digest' for update skip locked")
            .getResultList();
    if (claimed.isEmpty()) {
      return 0;
    }
    Instant now = Instant.now();
    int sent = 0;
    for (AccountId member : outbox.digestsDue(now.minus(Duration.ofHours(20)), 500)) {
      if (outbox.takeDigestItems(member) == 0) {
        continue;
      }
      Account a = accounts.find(member).orElse(null);
      if (a == null || !a.isActive() || a.email().isEmpty()) {
        continue;
      }
      outbox.add(
          new OutboxMail(
              composer.digest(a.email().get(), a.locale()),
              member.value(),
              a.structure().map(s -> s.value()).orElse(null),
              NotificationKind.NEW_MESSAGE,
              now));
      sent++;
    }
    return sent;
  }

  @Override
  @Transactional
  public Page structureOutbox(String structureId, String status, String after, Integer limit) {
    StructureId structure;
    try {
      structure = StructureId.parse(structureId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
    policy.structures().requireAdminister(structure, "outbox.view");
    OutboxMail.Status wanted;
    try {
      wanted = status == null ? OutboxMail.Status.DEAD : OutboxMail.Status.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "PENDING, SENT or DEAD");
    }
    int size = limit == null ? 50 : limit;
    if (size < 1 || size > 200) {
      throw new InvalidInputException("limit", "between 1 and 200");
    }
    Instant beforeAt = null;
    UUID beforeId = null;
    if (after != null) {
      try {
        String[] parts =
            new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split("\\|");
        beforeAt = Instant.parse(parts[0]);
        beforeId = UUID.fromString(parts[1]);
      } catch (RuntimeException e) {
        throw new InvalidInputException("after", "a cursor from a previous page");
      }
    }
    List<OutboxMail> rows = outbox.page(structure, wanted, beforeAt, beforeId, size + 1);
    boolean more = rows.size() > size;
    List<OutboxMail> page = more ? rows.subList(0, size) : rows;
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
    String next = null;
    if (more) {
      OutboxMail last = page.get(page.size() - 1);
      next =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(
                  (last.createdAt() + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
    }
    return new Page(items, next, outbox.counts(structure));
  }
}
