package fr.relais.application.mailbox.internal;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
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
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.mailbox.InboundMessage;
import fr.relais.domain.model.mailbox.MailAddressing;
import fr.relais.domain.model.mailbox.MailboxRepository;
import fr.relais.domain.model.mailbox.MessageAttachment;
import fr.relais.domain.model.mailbox.MessageBody;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.domain.model.mailbox.MessageStatus;
import fr.relais.domain.model.mailbox.PersonMailToken;
import fr.relais.domain.model.mailbox.SubAddressToken;
import fr.relais.domain.model.mailbox.UrgencyRules;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

  /** The triage, most urgent first, by {@code (urgency, received_at, id)}. */
  private static final Keyset<InboundMessage> TRIAGE =
      Keyset.after(
          50,
          200,
          m -> List.of(m.urgency(), m.receivedAt(), m.id().value()),
          Part.INT,
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

  private final UrgencyRules rules = UrgencyRules.standard();

  // Addresses (A2).

  @Override
  public AddressView address(String personId) {
    Person person = policy.persons().requireSeeFile(personId, "mailbox.address.view");
    AuthenticatedUser user = policy.requireAuthenticated();
    PersonMailToken current = currentOrNew(person, user);
    journal.record(user.journal().about(person).success("person.mail-address.view"));
    return view(person, current, policy.persons().canEdit(user, person));
  }

  @Override
  public AddressView rotate(String personId) {
    Person person = policy.persons().requireSeeFile(personId, "mailbox.address.rotate");
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.persons().requireEdit(person, "person.mail-address.rotate");
    Instant now = clock.now();
    mailbox
        .currentToken(person.id())
        .ifPresent(
            t -> {
              t.retire(user.accountId().value(), now);
              mailbox.flush();
            });
    PersonMailToken fresh =
        new PersonMailToken(
            SubAddressToken.generate(),
            person.id().value(),
            person.structure().value(),
            user.accountId().value(),
            now);
    mailbox.add(fresh);
    journal.record(user.journal().about(person).success("person.mail-address.rotate"));
    return view(person, fresh, true);
  }

  @Override
  public String subAddress(Person person, AuthenticatedUser user) {
    return addressing.personAddress(
        structureLocalPart(person.structure()), currentOrNew(person, user).token());
  }

  private PersonMailToken currentOrNew(Person person, AuthenticatedUser user) {
    return mailbox
        .currentToken(person.id())
        .orElseGet(
            () -> {
              PersonMailToken t =
                  new PersonMailToken(
                      SubAddressToken.generate(),
                      person.id().value(),
                      person.structure().value(),
                      user.accountId().value(),
                      clock.now());
              mailbox.add(t);
              journal.record(user.journal().about(person).success("person.mail-address.create"));
              return t;
            });
  }

  private AddressView view(Person person, PersonMailToken current, boolean canRotate) {
    String local = structureLocalPart(person.structure());
    return new AddressView(
        person.id().toString(),
        addressing.personAddress(local, current.token()),
        addressing.structureAddress(local),
        addressing.form(),
        current.createdAt(),
        mailbox.tokens(person.id()).stream()
            .filter(t -> !t.isCurrent())
            .sorted(Comparator.comparing(PersonMailToken::retiredAt).reversed())
            .map(t -> new RetiredAddress(addressing.personAddress(local, t.token()), t.retiredAt()))
            .toList(),
        canRotate);
  }

  /** The structure's institutional local part, made on first use. */
  String structureLocalPart(StructureId structure) {
    return mailbox
        .structureLocalPart(structure)
        .orElseGet(
            () -> {
              String local = MailAddressing.newStructureLocalPart();
              mailbox.setStructureLocalPart(structure, local);
              return local;
            });
  }

  // Lists.

  @Override
  public Page<MessageSummary> inbox(
      String structureId, String filter, String after, Integer limit) {
    StructureId structure = structure(structureId);
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
    return window.page(summaries(window.rows(), user));
  }

  @Override
  public Page<MessageSummary> messages(String personId, String after, Integer limit) {
    Person person = policy.persons().requireSeeFile(personId, "mailbox.person.list");
    AuthenticatedUser user = policy.requireAuthenticated();
    Keyset.Request<MailboxRepository.Listed> asked = MESSAGES.read(after, limit);
    Keyset.Window<MailboxRepository.Listed> window =
        asked.window(
            mailbox.personMessages(
                person.id(), user.accountId(), cursor(asked), asked.lookAhead()));
    journal.record(user.journal().about(person).success("person.messages.list"));
    return window.page(summaries(window.rows(), user));
  }

  @Override
  public long messageCount(String personId) {
    Person person = policy.persons().requireSeeFile(personId, "mailbox.person.count");
    return mailbox.messageCount(person.id());
  }

  @Override
  public List<MessageSummary> urgent(String structureId, Integer limit) {
    StructureId structure = structure(structureId);
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
    return summaries(rows, user);
  }

  @Override
  public Counts counts() {
    AuthenticatedUser user = policy.requireAuthenticated();
    Optional<StructureId> structure = user.structure();
    if (structure.isEmpty() || !user.role().isStructureRole()) {
      return new Counts(0, 0, 0, false);
    }
    MailboxRepository.Audience audience;
    try {
      audience = policy.mailbox().requireInboxAudience(structure.get());
    } catch (AccessDeniedException notActing) {
      return new Counts(0, 0, 0, false);
    }
    long unread = mailbox.unreadCount(audience, user.accountId(), BADGE_CAP + 1);
    long urgent = mailbox.urgentCount(audience, BADGE_CAP + 1);
    long triage = policy.mailbox().canTriage(user) ? mailbox.triageCount(structure.get()) : 0;
    return new Counts(
        Math.min(unread, BADGE_CAP),
        Math.min(urgent, BADGE_CAP),
        triage,
        unread > BADGE_CAP || urgent > BADGE_CAP);
  }

  // One message.

  @Override
  public MessageView open(String messageId) {
    Seen v = visible(messageId, "message.view");
    mailbox.markRead(v.message().id(), v.user().accountId(), clock.now());
    journal.record(
        v.user().journal().about(v.message()).success("message.view", v.message().id().toString()));
    return messageView(v);
  }

  @Override
  public void markUnread(String messageId) {
    Seen v = visible(messageId, "message.unread");
    mailbox.markUnread(v.message().id(), v.user().accountId());
    journal.record(
        v.user()
            .journal()
            .about(v.message())
            .success("message.unread", v.message().id().toString()));
  }

  @Override
  public MessageView correctUrgency(String messageId, Boolean urgent, String dueOn) {
    Seen v = visible(messageId, "message.urgency.correct");
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
    return messageView(v);
  }

  @Override
  public MessageView assign(String messageId, String accountId) {
    Seen v = visible(messageId, "message.assign");
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
      if (assignable(v.person()).stream().noneMatch(m -> m.id().equals(target.toString()))) {
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
    return messageView(v);
  }

  @Override
  public Download attachment(String messageId, String attachmentId) {
    Seen v = visible(messageId, "message.attachment.download");
    UUID id;
    try {
      id = UUID.fromString(attachmentId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
    MessageAttachment a =
        mailbox
            .attachment(v.message().id(), id)
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

  @Override
  public Page<TriageItem> triage(String structureId, String after, Integer limit) {
    StructureId structure = structure(structureId);
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

  @Override
  public MessageView fileTriaged(String messageId, String personId) {
    Seen v = visible(messageId, "message.triage.file");
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
    return messageView(new Seen(v.user(), m, person));
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

  @Override
  public void discardTriaged(String messageId) {
    Seen v = visible(messageId, "message.triage.discard");
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

  @Override
  public QuarantineView quarantine() {
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

  // Access to one message, as the policy decides.

  private Seen visible(String messageId, String action) {
    InboundMessage m;
    try {
      m = mailbox.find(MessageId.parse(messageId)).orElse(null);
    } catch (IllegalArgumentException | NullPointerException e) {
      m = null;
    }
    return policy.mailbox().requireSee(messageId, m, action);
  }

  /** Members who may see the person's file: its followers and the structure's administrators. */
  private List<Member> assignable(Person person) {
    Set<AccountId> followers = people.assignees(person.id());
    return accounts.membersOf(person.structure()).stream()
        .filter(a -> policy.persons().canSee(a, person, followers))
        .sorted(Comparator.comparing(Account::displayName))
        .map(a -> new Member(a.id().toString(), a.displayName()))
        .toList();
  }

  private MessageView messageView(Seen v) {
    InboundMessage m = v.message();
    Optional<MessageBody> body = mailbox.body(m.id());
    List<MessageAttachment> all = mailbox.attachments(m.id());
    boolean opensSealed =
        v.person() != null
            && all.stream().anyMatch(MessageAttachment::sealed)
            && policy.sealed().canOpen(v.user(), v.person());
    List<AttachmentView> attachments =
        all.stream()
            .map(
                a ->
                    new AttachmentView(
                        a.id().toString(),
                        a.fileName(),
                        a.mediaType(),
                        a.sizeBytes(),
                        a.status().name(),
                        a.refusal(),
                        a.sealed(),
                        // S60: a refused attachment has no content to download (its link answers
                        // 404): never openable, sealed or not, whoever asks.
                        a.status() == MessageAttachment.Status.KEPT
                            && (!a.sealed() || opensSealed)))
            .toList();
    boolean canEdit = v.person() != null && policy.persons().canEdit(v.user(), v.person());
    String assignee =
        m.assignedTo() == null
            ? null
            : accounts.find(new AccountId(m.assignedTo())).map(Account::displayName).orElse(null);
    MessageSummary summary =
        summaries(
                List.of(
                    new MailboxRepository.Listed(
                        m,
                        v.person() == null ? null : v.person().displayName(),
                        assignee,
                        mailbox.isRead(m.id(), v.user().accountId()))),
                v.user())
            .get(0);
    return new MessageView(
        summary,
        m.status().name(),
        m.reason() == null ? null : m.reason().name(),
        m.recipient(),
        m.sentAt(),
        body.map(MessageBody::text).orElse(null),
        body.map(MessageBody::html).orElse(null),
        attachments,
        canEdit,
        canEdit ? assignable(v.person()) : List.of());
  }

  /** Summaries of listed rows: the names and read marks came with the messages, in one query. */
  private static List<MessageSummary> summaries(
      List<MailboxRepository.Listed> rows, AuthenticatedUser user) {
    return rows.stream()
        .map(
            l -> {
              InboundMessage m = l.message();
              return new MessageSummary(
                  m.id().toString(),
                  m.personId() == null ? null : m.personId().toString(),
                  m.personId() == null ? null : l.personName(),
                  m.sender(),
                  m.subject(),
                  m.receivedAt(),
                  m.kind(),
                  m.urgent(),
                  m.dueOn(),
                  l.read(),
                  m.assignedTo() == null ? null : m.assignedTo().toString(),
                  m.assignedTo() == null ? null : l.assigneeName(),
                  m.attachmentCount());
            })
        .toList();
  }

  private static MailboxRepository.Cursor cursor(Keyset.Request<?> asked) {
    return asked.first() ? null : new MailboxRepository.Cursor(asked.instant(0), asked.uuid(1));
  }

  private static StructureId structure(String id) {
    try {
      return StructureId.parse(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
  }
}
