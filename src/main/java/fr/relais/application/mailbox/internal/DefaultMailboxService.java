package fr.relais.application.mailbox.internal;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.NotFoundException;
import fr.relais.application.Page;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.access.MailboxEvaluator.Seen;
import fr.relais.application.journal.Journal;
import fr.relais.application.mailbox.MailboxService;
import fr.relais.application.notification.Notifications;
import fr.relais.application.shielding.SealedReads;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.mailbox.MailAddressing;
import fr.relais.domain.model.mailbox.MailboxRepository;
import fr.relais.domain.model.mailbox.MessageAttachment;
import fr.relais.domain.model.mailbox.MessageAttachmentId;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The mailbox as members use it. Every decision goes through the access policy: a message is seen
 * by whoever may see its person's file, a triaged one by the structure's administrator only, the
 * quarantine by the operator as counts and dates. A message one may not see is answered exactly
 * like one that does not exist (404), and the refusal is journaled.
 */
@ApplicationScoped
@Transactional
public class DefaultMailboxService implements MailboxService {

  /** The inbox and a person's messages, newest first, by {@code (received_at, id)}. */
  private static final Keyset<MailboxRepository.Listed> MESSAGES =
      Keyset.after(
          50,
          200,
          l -> List.of(l.message().receivedAt(), l.message().id().value()),
          Part.INSTANT,
          Part.UUID);

  private static final int BADGE_CAP = 99;

  @Inject fr.relais.application.procedure.ProcedureService procedures;
  @Inject AccessPolicy policy;
  @Inject MailboxRepository mailbox;
  @Inject PersonRepository people;
  @Inject fr.relais.application.shielding.Vault vault;
  @Inject SealedReads reads;
  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject MailAddressing addressing;
  @Inject Notifications notifications;
  @Inject MailboxAddresses addresses;
  @Inject MessageViews messages;
  @Inject MailboxTriage triage;

  // Addresses (A2).

  @Override
  public AddressView address(PersonId personId) {
    return addresses.address(personId);
  }

  @Override
  public AddressView rotate(PersonId personId) {
    return addresses.rotate(personId);
  }

  @Override
  public String subAddress(Person person, AuthenticatedUser user) {
    return addresses.subAddress(person, user);
  }

  @Override
  public Page<MessageSummary> inbox(
      StructureId structure, String filter, String after, Integer limit) {
    MailboxRepository.Audience audience = policy.mailbox().requireInboxAudience(structure);
    AuthenticatedUser user = policy.requireAuthenticated();
    MailboxRepository.Filter f;
    try {
      f = filter == null ? MailboxRepository.Filter.ALL : MailboxRepository.Filter.valueOf(filter);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("filter", "ALL, UNREAD, URGENT or ASSIGNED_TO_ME");
    }
    Keyset.Request<MailboxRepository.Listed> asked = MESSAGES.read(after, limit);
    Keyset.Window<MailboxRepository.Listed> window =
        asked.window(
            mailbox.inbox(audience, f, user.accountId(), cursor(asked), asked.lookAhead()));
    journal.record(
        user.journal()
            .in(structure.value())
            .about("structure", structure)
            .success("mailbox.inbox.list", window.rows().size() + " message(s)"));
    return window.page(MessageViews.summaries(window.rows(), user));
  }

  @Override
  public Page<MessageSummary> messages(PersonId personId, String after, Integer limit) {
    Person person = policy.persons().requireSeeFile(personId, "mailbox.person.list");
    AuthenticatedUser user = policy.requireAuthenticated();
    Keyset.Request<MailboxRepository.Listed> asked = MESSAGES.read(after, limit);
    Keyset.Window<MailboxRepository.Listed> window =
        asked.window(
            mailbox.personMessages(
                person.id(), user.accountId(), cursor(asked), asked.lookAhead()));
    journal.record(user.journal().about(person).success("person.messages.list"));
    return window.page(MessageViews.summaries(window.rows(), user));
  }

  @Override
  public long messageCount(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "mailbox.person.count");
    return mailbox.messageCount(person.id());
  }

  @Override
  public List<MessageSummary> urgent(StructureId structure, Integer limit) {
    MailboxRepository.Audience audience = policy.mailbox().requireInboxAudience(structure);
    AuthenticatedUser user = policy.requireAuthenticated();
    int size = limit == null ? 10 : limit;
    if (size < 1 || size > 100) {
      throw new InvalidInputException("limit", "between 1 and 100");
    }
    List<MailboxRepository.Listed> rows = mailbox.urgentByDueDate(audience, user.accountId(), size);
    journal.record(
        user.journal()
            .in(structure.value())
            .about("structure", structure)
            .success("mailbox.urgent.list", rows.size() + " message(s)"));
    return MessageViews.summaries(rows, user);
  }

  @Override
  public Counts counts() {
    AuthenticatedUser user = policy.requireAuthenticated();
    if (!policy.mailbox().canSeeInbox(user)) {
      return new Counts(0, 0, 0, false);
    }
    StructureId structure = user.structure().orElseThrow();
    MailboxRepository.Audience audience;
    try {
      audience = policy.mailbox().requireInboxAudience(structure);
    } catch (AccessDeniedException notActing) {
      return new Counts(0, 0, 0, false);
    }
    long unread = mailbox.unreadCount(audience, user.accountId(), BADGE_CAP + 1);
    long urgent = mailbox.urgentCount(audience, BADGE_CAP + 1);
    long triage = policy.mailbox().canTriage(user) ? mailbox.triageCount(structure) : 0;
    return new Counts(
        Math.min(unread, BADGE_CAP),
        Math.min(urgent, BADGE_CAP),
        triage,
        unread > BADGE_CAP || urgent > BADGE_CAP);
  }

  // One message.

  @Override
  public MessageView open(MessageId messageId) {
    Seen v = messages.visible(messageId, "message.view");
    mailbox.markRead(v.message().id(), v.user().accountId(), clock.now());
    journal.record(
        v.user().journal().about(v.message()).success("message.view", v.message().id().toString()));
    return messages.messageView(v);
  }

  @Override
  public void markUnread(MessageId messageId) {
    Seen v = messages.visible(messageId, "message.unread");
    mailbox.markUnread(v.message().id(), v.user().accountId());
    journal.record(
        v.user()
            .journal()
            .about(v.message())
            .success("message.unread", v.message().id().toString()));
  }

  @Override
  public MessageView correctUrgency(MessageId messageId, Boolean urgent, String dueOn) {
    Seen v = messages.visible(messageId, "message.urgency.correct");
    policy.mailbox().requireEdit(v, "message.urgency.correct");
    if (urgent == null) {
      throw new InvalidInputException("urgent", "required");
    }
    LocalDate due = null;
    if (dueOn != null && !dueOn.isBlank()) {
      try {
        due = LocalDate.parse(dueOn);
      } catch (DateTimeParseException e) {
        throw new InvalidInputException("dueOn", "a date, YYYY-MM-DD");
      }
    }
    if (urgent && due == null) {
      throw new InvalidInputException("dueOn", "an urgent message needs a due date");
    }
    v.message().correctUrgency(urgent, due, v.user().accountId().value());
    journal.record(
        v.user()
            .journal()
            .about(v.message())
            .success(
                "message.urgency.correct",
                v.message().id() + (urgent ? " urgent" : " not urgent")));
    return messages.messageView(v);
  }

  @Override
  public MessageView assign(MessageId messageId, String accountId) {
    Seen v = messages.visible(messageId, "message.assign");
    policy.mailbox().requireEdit(v, "message.assign");
    if (accountId == null || accountId.isBlank()) {
      v.message().assign(null);
    } else {
      AccountId target;
      try {
        target = AccountId.parse(accountId);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("accountId", "a member of the structure");
      }
      if (messages.assignable(v.person()).stream()
          .noneMatch(m -> m.id().equals(target.toString()))) {
        throw new InvalidInputException("accountId", "a member who may see this person's file");
      }
      v.message().assign(target.value());
      if (!target.equals(v.user().accountId())) {
        notifications.tell(target, NotificationKind.NEW_MESSAGE);
      }
    }
    journal.record(
        v.user()
            .journal()
            .about(v.message())
            .success("message.assign", v.message().id().toString()));
    return messages.messageView(v);
  }

  @Override
  public Download attachment(MessageId messageId, MessageAttachmentId attachmentId) {
    Seen v = messages.visible(messageId, "message.attachment.download");
    MessageAttachment a =
        mailbox
            .attachment(v.message().id(), attachmentId.value())
            .filter(x -> x.status() == MessageAttachment.Status.KEPT)
            .orElseThrow(NotFoundException::new);
    byte[] content = mailbox.content(a.id()).orElseThrow(NotFoundException::new);
    String name = a.fileName() == null ? a.storedName() : a.fileName();
    if (a.sealed()) {
      // F2, S12: decrypted only for whom the access policy allows, and each decryption journaled
      // by category, never the value; anyone else gets « masqué ».
      policy.mailbox().requireOpenSealedAttachment(v);
      SealedReads.Reading reading =
          reads.reading(v.user().journal().about(v.person()), SealedReads.Category.MAIL_ATTACHMENT);
      content = reading.open(SealedAttachments.content(a.id()), content);
      byte[] sealedName = a.sealedName();
      if (sealedName != null) {
        name = reading.openText(SealedAttachments.name(a.id()), sealedName);
      }
      reading.done();
    }
    journal.record(
        v.user()
            .journal()
            .about(v.message())
            .success("message.attachment.download", v.message().id() + " " + a.id()));
    return new Download(name, a.mediaType(), content);
  }

  // Triage and quarantine.

  // Triage and quarantine.

  @Override
  public Page<TriageItem> triage(StructureId structureId, String after, Integer limit) {
    return triage.triage(structureId, after, limit);
  }

  @Override
  public MessageView fileTriaged(MessageId messageId, String personId) {
    return triage.fileTriaged(messageId, personId);
  }

  @Override
  public void discardTriaged(MessageId messageId) {
    triage.discardTriaged(messageId);
  }

  @Override
  public QuarantineView quarantine() {
    return triage.quarantine();
  }

  private static MailboxRepository.Cursor cursor(Keyset.Request<?> asked) {
    return asked.first() ? null : new MailboxRepository.Cursor(asked.instant(0), asked.uuid(1));
  }
}
