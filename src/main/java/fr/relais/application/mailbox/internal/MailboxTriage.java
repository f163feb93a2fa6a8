package fr.relais.application.mailbox.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.Page;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.access.MailboxEvaluator.Seen;
import fr.relais.application.journal.Journal;
import fr.relais.application.mailbox.MailboxService.MessageView;
import fr.relais.application.mailbox.MailboxService.QuarantineDates;
import fr.relais.application.mailbox.MailboxService.QuarantineView;
import fr.relais.application.mailbox.MailboxService.TriageItem;
import fr.relais.application.notification.Notifications;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.mailbox.InboundMessage;
import fr.relais.domain.model.mailbox.MailboxRepository;
import fr.relais.domain.model.mailbox.MessageAttachment;
import fr.relais.domain.model.mailbox.MessageBody;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.domain.model.mailbox.MessageStatus;
import fr.relais.domain.model.mailbox.UrgencyRules;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Triage and quarantine: mail no person's address matched, read by the structure's administrator,
 * filed in a person's record (assessed as on arrival, attached to her procedures, sealed for a
 * protected person) or discarded; the quarantine seen by the operator as counts and dates. Runs in
 * the caller's transaction.
 */
@ApplicationScoped
class MailboxTriage {

  /** The triage, most urgent first, by {@code (urgency, received_at, id)}. */
  private static final Keyset<InboundMessage> TRIAGE =
      Keyset.after(
          50,
          200,
          m -> List.of(m.urgency(), m.receivedAt(), m.id().value()),
          Part.INT,
          Part.INSTANT,
          Part.UUID);

  @Inject fr.relais.application.procedure.ProcedureService procedures;
  @Inject AccessPolicy policy;
  @Inject MailboxRepository mailbox;
  @Inject PersonRepository people;
  @Inject fr.relais.application.shielding.Vault vault;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject Notifications notifications;
  @Inject MessageViews messages;

  private final UrgencyRules rules = UrgencyRules.standard();

  /** The structure's triage, most urgent first, for its administrator. */
  Page<TriageItem> triage(StructureId structure, String after, Integer limit) {
    AuthenticatedUser user = policy.mailbox().requireTriage(structure, "mailbox.triage.list");
    Keyset.Request<InboundMessage> asked = TRIAGE.read(after, limit);
    Keyset.Window<InboundMessage> window =
        asked.window(
            mailbox.triage(
                structure,
                asked.first()
                    ? null
                    : new MailboxRepository.UrgencyCursor(
                        asked.integer(0), asked.instant(1), asked.uuid(2)),
                asked.lookAhead()));
    List<InboundMessage> page = window.rows();
    journal.record(
        user.journal()
            .in(structure.value())
            .about("structure", structure)
            .success("mailbox.triage.list", page.size() + " message(s)"));
    return window.page(
        page.stream()
            .map(
                m ->
                    new TriageItem(
                        m.id().toString(),
                        m.reason() == null ? null : m.reason().name(),
                        m.recipient(),
                        m.sender(),
                        m.subject(),
                        m.receivedAt(),
                        m.attachmentCount(),
                        m.kind(),
                        m.urgent(),
                        m.dueOn()))
            .toList());
  }

  /** A triaged message filed in her record, assessed as on arrival. */
  MessageView fileTriaged(MessageId messageId, String personId) {
    Seen v = messages.visible(messageId, "message.triage.file");
    if (v.message().status() != MessageStatus.TRIAGE) {
      throw new InvalidInputException("message", "only a message in triage can be filed");
    }
    Person person;
    try {
      person = people.find(PersonId.parse(personId)).orElse(null);
    } catch (IllegalArgumentException | NullPointerException e) {
      person = null;
    }
    if (person == null || !person.structure().value().equals(v.message().structureId())) {
      throw new InvalidInputException("personId", "a person followed by the structure");
    }
    InboundMessage m = v.message();
    if (mailbox.isFiledFor(m.messageKey(), person.id())) {
      // The same message reached her record by her own address too (it had several recipients):
      // filing it again would put it twice in her record.
      throw new ConflictException("personId", "this message is already filed in her record");
    }
    String body = mailbox.body(m.id()).map(MessageBody::text).orElse(null);
    // A5: assessed as on arrival, its delays counted from the day it was received, not filed.
    m.fileFromTriage(
        person.id().value(),
        rules.assess(
            m.subject(), body, LocalDate.ofInstant(m.receivedAt(), TimeSource.DEFAULT_ZONE)),
        v.user().accountId().value(),
        clock.now());
    // C2, C5: the same rule as for mail filed on arrival.
    procedures.messageFiled(
        person.id().value(), m.id().value(), m.subject(), body, m.kind(), m.dueOn());
    if (person.isProtected()) {
      sealAttachments(m); // F2: filed for a protected person, its attachments are sealed too
    }
    journal.record(
        v.user().journal().about(person).success("message.triage.file", m.id().toString()));
    for (AccountId follower : people.assignees(person.id())) {
      notifications.tell(follower, NotificationKind.NEW_MESSAGE);
    }
    return messages.messageView(new Seen(v.user(), m, person));
  }

  /** Seals the kept attachments of a message now filed for a protected person, in place. */
  private void sealAttachments(InboundMessage m) {
    for (MessageAttachment a : mailbox.attachments(m.id())) {
      if (a.status() != MessageAttachment.Status.KEPT || a.sealed()) {
        continue;
      }
      SealedAttachments.Sealed sealed =
          SealedAttachments.seal(
              vault, a.id(), a.fileName(), mailbox.content(a.id()).orElseThrow());
      a.seal(sealed.name());
      mailbox.replaceWithSealed(a.id(), sealed.content());
    }
  }

  /** A triaged message discarded. */
  void discardTriaged(MessageId messageId) {
    Seen v = messages.visible(messageId, "message.triage.discard");
    if (v.message().status() != MessageStatus.TRIAGE) {
      throw new InvalidInputException("message", "only a message in triage can be discarded");
    }
    v.message().discard(v.user().accountId().value(), clock.now());
    journal.record(
        v.user()
            .journal()
            .in(v.message().structureId())
            .about("message", v.message().id())
            .success("message.triage.discard"));
  }

  /** The quarantine, as counts and dates only. */
  QuarantineView quarantine() {
    AuthenticatedUser user = policy.mailbox().requireViewQuarantine();
    MailboxRepository.QuarantineSummary q = mailbox.quarantine(50);
    journal.record(user.journal().about("quarantine", null).success("mailbox.quarantine.view"));
    Map<String, Long> byReason = new java.util.TreeMap<>();
    q.byReason().forEach((r, n) -> byReason.put(r.name(), n));
    return new QuarantineView(
        q.count(),
        byReason,
        q.latest().stream().map(d -> new QuarantineDates(d.sentAt(), d.receivedAt())).toList());
  }
}
