package fr.relais.application.procedure.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.NotFoundException;
import fr.relais.application.Page;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.procedure.ProcedureService;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.administration.AdministrationAccount;
import fr.relais.domain.model.administration.AdministrationAccountRepository;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.catalogue.ProcedureType;
import fr.relais.domain.model.catalogue.ProcedureTypeRepository;
import fr.relais.domain.model.document.DocumentRepository;
import fr.relais.domain.model.document.DocumentType;
import fr.relais.domain.model.document.DocumentVersion;
import fr.relais.domain.model.mailbox.InboundMessage;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.domain.model.mailbox.MessageKind;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.procedure.Attestation;
import fr.relais.domain.model.procedure.DocumentRequest;
import fr.relais.domain.model.procedure.FilingChannel;
import fr.relais.domain.model.procedure.Procedure;
import fr.relais.domain.model.procedure.ProcedureEvent;
import fr.relais.domain.model.procedure.ProcedureId;
import fr.relais.domain.model.procedure.ProcedureRepository;
import fr.relais.domain.model.procedure.ProcedureStatus;
import fr.relais.domain.model.procedure.ResidencePermit;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Procedures on a person's behalf, each decision asked of the access policy, each action an event
 * of the timeline and an entry of the journal (which names the action and the type, never a
 * document or a reference).
 */
@ApplicationScoped
@Transactional
public class DefaultProcedureService implements ProcedureService {

  private static final int MAX_PROCEDURES = 200;

  /** The structure's procedures, most urgent first, by {@code (next_due_on, id)}. */
  private static final Keyset<ProcedureRepository.UrgentLine> BY_URGENCY =
      Keyset.after(
          50,
          200,
          l -> List.of(l.procedure().nextDueOn(), l.procedure().id().value()),
          Part.DATE,
          Part.UUID);

  @Inject AccessPolicy policy;
  @Inject ProcedureRepository procedures;
  @Inject ProcedureTypeRepository catalogue;
  @Inject AccountRepository accounts;
  @Inject AdministrationAccountRepository administrationAccounts;
  @Inject DocumentRepository documents;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject fr.relais.domain.model.person.PersonRepository people;
  @Inject fr.relais.domain.model.mailbox.MailboxRepository mailbox;

  @Override
  public List<ProcedureView> list(String personId) {
    Person person = policy.persons().requireSeeFile(personId, "procedure.list");
    return listed(policy.requireAuthenticated(), person, "procedure.list");
  }

  /** Her procedures with their timelines, journaled as this reading. */
  private List<ProcedureView> listed(AuthenticatedUser user, Person person, String action) {
    List<Procedure> found = procedures.ofPerson(person.id().value(), MAX_PROCEDURES);
    Map<AccountId, String> names = names(found);
    List<DocumentVersion> hers = documents.ofPerson(person.id().value());
    boolean own = "procedure.mine".equals(action);
    List<ProcedureView> out = new ArrayList<>();
    for (Procedure p : found) {
      out.add(view(p, names, user.locale(), hers, own));
    }
    journal.record(user.journal().about(person).success(action, out.size() + " procedure(s)"));
    return out;
  }

  @Override
  public List<ProcedureView> mine(String personId) {
    AuthenticatedUser user = policy.own().requireEnter("procedure.mine");
    Person person = policy.own().requireRecord(user, personId, "procedure.mine");
    return listed(user, person, "procedure.mine");
  }

  @Override
  public ProcedureView get(String procedureId) {
    Procedure p = find(procedureId, false);
    Person person = policy.persons().requireSeeFile(p.personId().toString(), "procedure.view");
    AuthenticatedUser user = policy.requireAuthenticated();
    journal.record(user.journal().about(person).success("procedure.view", p.typeCode()));
    return view(p, names(List.of(p)), user.locale());
  }

  @Override
  public ProcedureView create(String personId, NewProcedure input) {
    Person person = policy.persons().requireSeeFile(personId, "procedure.create");
    AuthenticatedUser user = policy.requireAuthenticated();
    if (input == null || input.type() == null || input.type().isBlank()) {
      throw new InvalidInputException("type", "required: a procedure type of the catalogue");
    }
    ProcedureType type;
    try {
      type =
          catalogue
              .find(ProcedureCode.of(input.type()))
              .filter(ProcedureType::active)
              .orElseThrow(() -> new InvalidInputException("type", "not an active procedure type"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("type", "not a procedure type");
    }
    policy.procedures().requireAct(person, type.code().value(), "procedure.create");
    FilingChannel channel =
        input.channel() == null || input.channel().isBlank()
            ? FilingChannel.valueOf(type.channel().name())
            : channel(input.channel());
    UUID account = administrationAccount(person, input.administrationAccountId());
    UUID responsible = responsible(person, input.responsibleId(), user);
    LocalDate today = clock.today();
    Instant now = clock.now();
    Procedure p;
    try {
      p =
          new Procedure(
              person.id().value(),
              person.structure().value(),
              type.code().value(),
              input.legalGround(),
              channel,
              input.administrationReference(),
              account,
              responsible,
              user.accountId().value(),
              today,
              now);
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "type");
    }
    procedures.add(p);
    procedures.add(p.created(user.accountId().value(), now));
    journal.record(
        user.journal()
            .about(person)
            .success("procedure.create", type.code().value() + " " + channel.name()));
    return view(p, names(List.of(p)), user.locale());
  }

  @Override
  public ProcedureView act(String procedureId, Action action) {
    Acting acting = acting(procedureId, "procedure.act");
    Procedure p = acting.procedure();
    Person person = acting.person();
    AuthenticatedUser user = acting.user();
    if (action == null || action.action() == null) {
      throw new InvalidInputException(
          "action", "FILE, RECTIFY, COMPLETE, STATUS, CANCEL or REVIEW");
    }
    LocalDate today = clock.today();
    LocalDate on = action.on() == null ? today : action.on();
    if (on.isAfter(today)) {
      throw new InvalidInputException("on", "not in the future");
    }
    Instant now = clock.now();
    UUID actor = user.accountId().value();
    String verb = action.action().toUpperCase(Locale.ROOT);
    List<ProcedureEvent> events = new ArrayList<>();
    try {
      switch (verb) {
        case "FILE" ->
            events.add(
                p.file(
                    on,
                    action.channel() == null ? null : channel(action.channel()),
                    action.administrationReference(),
                    action.detail(),
                    versions(person, action.versionIds()),
                    actor,
                    now));
        case "RECTIFY" ->
            events.add(
                p.send(
                    ProcedureEvent.Kind.RECTIFIED,
                    action.channel() == null ? null : channel(action.channel()),
                    action.detail(),
                    versions(person, action.versionIds()),
                    actor,
                    now));
        case "COMPLETE" -> {
          List<DocumentRequest> answered = openRequests(p, action.requestIds());
          events.add(
              p.send(
                  ProcedureEvent.Kind.COMPLETED,
                  action.channel() == null ? null : channel(action.channel()),
                  action.detail(),
                  versions(person, action.versionIds()),
                  actor,
                  now));
          for (DocumentRequest r : answered) {
            r.answer(on);
          }
          boolean stillOpen =
              procedures.requests(p.id()).stream().anyMatch(DocumentRequest::isOpen);
          if (!answered.isEmpty()
              && !stillOpen
              && p.status() == ProcedureStatus.DOCUMENTS_REQUESTED) {
            events.add(p.answered(on, actor, now));
          }
        }
        case "STATUS" ->
            events.add(p.reach(status(action.status()), on, action.detail(), actor, now));
        case "CANCEL" -> events.add(p.cancel(on, action.detail(), actor, now));
        case "REVIEW" -> events.add(p.review(action.detail(), actor, now));
        default ->
            throw new InvalidInputException(
                "action", "FILE, RECTIFY, COMPLETE, STATUS, CANCEL or REVIEW");
      }
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "action");
    } catch (IllegalStateException e) {
      throw conflict(e);
    }
    events.forEach(procedures::add);
    reschedule(p);
    journal.record(
        user.journal()
            .about(person)
            .success(
                "procedure." + verb.toLowerCase(Locale.ROOT), p.typeCode() + " " + p.status()));
    return view(p, names(List.of(p)), user.locale());
  }

  @Override
  public ProcedureView requestDocuments(String procedureId, NewRequest request) {
    Acting acting = acting(procedureId, "procedure.request");
    Procedure p = acting.procedure();
    Person person = acting.person();
    AuthenticatedUser user = acting.user();
    if (request == null) {
      throw new InvalidInputException("requestedOn", "required");
    }
    LocalDate today = clock.today();
    LocalDate requestedOn = request.requestedOn() == null ? today : request.requestedOn();
    if (requestedOn.isAfter(today)) {
      throw new InvalidInputException("requestedOn", "not in the future");
    }
    List<DocumentType> types = new ArrayList<>();
    for (String t : request.documentTypes() == null ? List.<String>of() : request.documentTypes()) {
      try {
        types.add(DocumentType.valueOf(t));
      } catch (IllegalArgumentException | NullPointerException ex) {
        throw new InvalidInputException("documentTypes", "not a type of document");
      }
    }
    Instant now = clock.now();
    DocumentRequest r;
    ProcedureEvent e;
    try {
      r =
          new DocumentRequest(
              p,
              requestedOn,
              request.dueOn(),
              DocumentRequest.Source.MEMBER,
              null,
              request.description(),
              types,
              user.accountId().value(),
              now);
      e = p.documentsRequested(requestedOn, "due " + r.dueOn(), user.accountId().value(), now);
    } catch (IllegalArgumentException ex) {
      throw fr.relais.application.InvalidInputException.from(ex, "dueOn");
    } catch (IllegalStateException ex) {
      throw conflict(ex);
    }
    procedures.add(r);
    procedures.add(e);
    reschedule(p);
    journal.record(
        user.journal()
            .about(person)
            .success("procedure.request", p.typeCode() + " due " + r.dueOn()));
    return view(p, names(List.of(p)), user.locale());
  }

  @Override
  public ProcedureView attest(String procedureId, NewAttestation input) {
    Acting acting = acting(procedureId, "procedure.attestation");
    Procedure p = acting.procedure();
    Person person = acting.person();
    AuthenticatedUser user = acting.user();
    if (input == null || input.kind() == null) {
      throw new InvalidInputException("kind", "FILING_RECEIPT, ADP or DECISION_FAVOURABLE");
    }
    Attestation.Kind kind;
    try {
      kind = Attestation.Kind.valueOf(input.kind());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "FILING_RECEIPT, ADP or DECISION_FAVOURABLE");
    }
    if (input.issuedOn() != null && input.issuedOn().isAfter(clock.today())) {
      throw new InvalidInputException("issuedOn", "not in the future");
    }
    Instant now = clock.now();
    Attestation a;
    ProcedureEvent e;
    try {
      a =
          new Attestation(
              p,
              kind,
              input.issuedOn(),
              input.validUntil(),
              input.permitType(),
              input.cesedaArticle(),
              Boolean.TRUE.equals(input.allowsWork()),
              user.accountId().value(),
              now);
      e =
          p.attested(
              kind.name() + (a.validUntil().map(d -> " until " + d).orElse("")),
              a.issuedOn(),
              user.accountId().value(),
              now);
    } catch (IllegalArgumentException ex) {
      throw fr.relais.application.InvalidInputException.from(ex, "kind");
    } catch (IllegalStateException ex) {
      throw conflict(ex);
    }
    // A newer attestation of the same kind replaces the earlier ones (their reminders stop).
    for (Attestation earlier : procedures.attestations(p.id())) {
      if (earlier.kind() == kind) {
        earlier.supersede(a.issuedOn());
      }
    }
    procedures.add(a);
    procedures.add(e);
    reschedule(p);
    journal.record(
        user.journal().about(person).success("procedure.attestation", p.typeCode() + " " + kind));
    return view(p, names(List.of(p)), user.locale());
  }

  @Override
  public ProcedureView attachMessage(String procedureId, MessageLink link) {
    Acting acting = acting(procedureId, "procedure.message");
    Procedure p = acting.procedure();
    InboundMessage m;
    try {
      m =
          mailbox
              .find(new MessageId(UUID.fromString(link.messageId())))
              .filter(x -> p.personId().equals(x.personId()))
              .orElseThrow(() -> new InvalidInputException("messageId", "not a message of hers"));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidInputException("messageId", "not a message of hers");
    }
    if (procedures.events(p.id()).stream().anyMatch(e -> m.id().value().equals(e.messageId()))) {
      throw new ConflictException("messageId", "already attached");
    }
    String what =
        fromMessage(p, m.id().value(), m.kind(), m.dueOn(), acting.user().accountId().value());
    journal.record(
        acting.user().journal().about(acting.person()).success("procedure.message", what));
    return view(p, names(List.of(p)), acting.user().locale());
  }

  @Override
  public int messageFiled(
      UUID personId,
      UUID messageId,
      String subject,
      String text,
      MessageKind kind,
      LocalDate dueOn) {
    int attached = 0;
    for (Procedure found : procedures.ofPerson(personId, MAX_PROCEDURES)) {
      if (!found.namedIn(subject) && !found.namedIn(text)) {
        continue;
      }
      Procedure p = procedures.findForUpdate(found.id()).orElseThrow();
      String what = fromMessage(p, messageId, kind, dueOn, null);
      journal.record(
          fr.relais.domain.model.journal.JournalRecord.by(
                  fr.relais.domain.model.journal.JournalActor.system("mailbox"))
              .in(p.structureId())
              .about("person", personId)
              .success("procedure.message", what));
      attached++;
    }
    return attached;
  }

  /** The message's event, and the request for documents it carries if the procedure is filed. */
  private String fromMessage(
      Procedure p, UUID message, MessageKind kind, LocalDate dueOn, UUID actor) {
    Instant now = clock.now();
    LocalDate today = clock.today();
    String what = p.typeCode() + " " + (kind == null ? MessageKind.OTHER : kind).name();
    procedures.add(p.messageReceived(message, kind == null ? null : kind.name(), actor, now));
    if (kind == MessageKind.DOCUMENTS_REQUESTED && !p.frozen() && !p.status().ended()) {
      try {
        DocumentRequest r =
            new DocumentRequest(
                p,
                today,
                dueOn != null && !dueOn.isBefore(today) ? dueOn : null,
                DocumentRequest.Source.MESSAGE,
                message,
                null,
                List.of(),
                actor,
                now);
        ProcedureEvent e = p.documentsRequested(today, "due " + r.dueOn(), actor, now);
        procedures.add(r);
        procedures.add(e);
        what += " due " + r.dueOn();
        reschedule(p);
      } catch (IllegalStateException | IllegalArgumentException e) {
        // not filed yet: the message stays on the timeline, the member decides
      }
    }
    return what;
  }

  @Override
  public Page<ProcedureLine> byUrgency(
      String structureId,
      String type,
      String status,
      String responsibleId,
      String after,
      Integer limit) {
    fr.relais.domain.model.structure.StructureId structure;
    try {
      structure = new fr.relais.domain.model.structure.StructureId(UUID.fromString(structureId));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
    AuthenticatedUser user = policy.procedures().requireListByUrgency(structure);
    Keyset.Request<ProcedureRepository.UrgentLine> asked = BY_URGENCY.read(after, limit);
    ProcedureStatus wanted = status == null || status.isBlank() ? null : status(status);
    String code = type == null || type.isBlank() ? null : type;
    UUID responsible = null;
    if (responsibleId != null && !responsibleId.isBlank()) {
      try {
        responsible = UUID.fromString(responsibleId);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("responsibleId", "not a member");
      }
    }
    UUID follower = policy.persons().listScope(user).map(AccountId::value).orElse(null);
    Keyset.Window<ProcedureRepository.UrgentLine> window =
        asked.window(
            procedures.byUrgency(
                structure.value(),
                code,
                wanted,
                responsible,
                follower,
                asked.first()
                    ? null
                    : new ProcedureRepository.UrgencyCursor(asked.date(0), asked.uuid(1)),
                asked.lookAhead()));
    boolean english = user.locale() != null && "en".equals(user.locale().getLanguage());
    Map<UUID, Boolean> open = new java.util.HashMap<>();
    LocalDate today = clock.today();
    List<ProcedureLine> items = new ArrayList<>();
    for (ProcedureRepository.UrgentLine line : window.rows()) {
      Procedure p = line.procedure();
      Person person = line.person();
      // F1, S12: a protected person's procedures only for who may open her file.
      if (!open.computeIfAbsent(p.personId(), k -> policy.persons().canSeeFile(user, person))) {
        continue;
      }
      boolean due = !Procedure.NO_DEADLINE.equals(p.nextDueOn());
      String label = english ? line.labelEn() : line.labelFr();
      items.add(
          new ProcedureLine(
              p.id().toString(),
              p.personId().toString(),
              person.displayName(),
              p.typeCode(),
              label == null ? p.typeCode() : label,
              p.status().name(),
              p.statusOn(),
              due ? p.nextDueOn() : null,
              due && !today.isBefore(p.nextDueOn()),
              p.frozen(),
              p.responsible().toString(),
              line.responsibleName()));
    }
    journal.record(
        user.journal()
            .in(structure.value())
            .success("procedure.urgency", items.size() + " procedure(s)"));
    return window.page(items);
  }

  /** Its nearest deadline: an open request's due date, or a pending ADP's last day (R5). */
  private void reschedule(Procedure p) {
    LocalDate next = null;
    for (DocumentRequest r : procedures.requests(p.id())) {
      if (r.isOpen() && (next == null || r.dueOn().isBefore(next))) {
        next = r.dueOn();
      }
    }
    boolean pending =
        p.status() == ProcedureStatus.FILED
            || p.status() == ProcedureStatus.DOCUMENTS_REQUESTED
            || p.status() == ProcedureStatus.UNDER_REVIEW
            || p.status() == ProcedureStatus.APPOINTMENT_SET;
    if (pending) {
      for (Attestation a : procedures.attestations(p.id())) {
        if (a.kind() == Attestation.Kind.ADP
            && a.supersededOn().isEmpty()
            && a.validUntil().isPresent()
            && (next == null || a.validUntil().get().isBefore(next))) {
          next = a.validUntil().get();
        }
      }
    }
    p.dueNext(next);
  }

  @Override
  public List<PermitView> permits(String personId) {
    Person person = policy.persons().requireSeeFile(personId, "permit.list");
    LocalDate today = clock.today();
    return procedures.permits(person.id().value()).stream().map(r -> view(r, today)).toList();
  }

  @Override
  public PermitView recordPermit(String personId, NewPermit input) {
    Person person = policy.persons().requireSeeFile(personId, "permit.record");
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.persons().requireEditIdentifiers(person, "permit.record");
    if (input == null) {
      throw new InvalidInputException("permitType", "required");
    }
    LocalDate today = clock.today();
    ResidencePermit r;
    try {
      r =
          new ResidencePermit(
              person.id().value(),
              person.structure().value(),
              input.permitType(),
              input.expiresOn(),
              !Boolean.FALSE.equals(input.filedOnline()),
              user.accountId().value(),
              clock.now());
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "permitType");
    }
    for (ResidencePermit earlier : procedures.permits(person.id().value())) {
      earlier.replace(today);
    }
    procedures.add(r);
    journal.record(
        user.journal().about(person).success("permit.record", "expires " + r.expiresOn()));
    return view(r, today);
  }

  @Override
  public int freezeFiledFrom(UUID administrationAccount, LocalDate since, AuthenticatedUser by) {
    Instant now = clock.now();
    int frozen = 0;
    for (Procedure p : procedures.filedFrom(administrationAccount, since)) {
      procedures.add(
          p.freeze(
              "filed from an administration account held by someone else",
              by.accountId().value(),
              now));
      frozen++;
    }
    return frozen;
  }

  /** The procedure, locked, her file, and the member who may act on it (B2, S11). */
  record Acting(Procedure procedure, Person person, AuthenticatedUser user) {}

  Acting acting(String procedureId, String action) {
    Procedure p = find(procedureId, true);
    Person person = policy.persons().requireSeeFile(p.personId().toString(), action);
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.procedures().requireAct(person, p.typeCode(), action);
    return new Acting(p, person, user);
  }

  private Procedure find(String procedureId, boolean forUpdate) {
    ProcedureId id;
    try {
      id = new ProcedureId(UUID.fromString(procedureId));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
    return (forUpdate ? procedures.findForUpdate(id) : procedures.find(id))
        .orElseThrow(NotFoundException::new);
  }

  private static FilingChannel channel(String value) {
    try {
      return FilingChannel.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("channel", "ANEF, PREFECTURE, POST or OTHER");
    }
  }

  private static ProcedureStatus status(String value) {
    try {
      return ProcedureStatus.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "a procedure status");
    }
  }

  /** An administration account of her record, or none. */
  private UUID administrationAccount(Person person, String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return administrationAccounts
          .find(UUID.fromString(id))
          .filter(a -> a.personId().equals(person.id().value()))
          .map(AdministrationAccount::id)
          .orElseThrow(() -> new InvalidInputException("administrationAccountId", "not hers"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("administrationAccountId", "not an account of hers");
    }
  }

  /** An active administrator or social worker of her structure; by default the member acting. */
  private UUID responsible(Person person, String id, AuthenticatedUser user) {
    if (id == null || id.isBlank()) {
      return user.accountId().value();
    }
    try {
      return accounts
          .find(new AccountId(UUID.fromString(id)))
          .filter(a -> policy.procedures().mayBeResponsible(a, person))
          .map(a -> a.id().value())
          .orElseThrow(
              () -> new InvalidInputException("responsibleId", "not an active member who may act"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("responsibleId", "not a member");
    }
  }

  /** Versions of her file's documents, as sent. */
  List<UUID> versions(Person person, List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    Set<UUID> out = new LinkedHashSet<>();
    for (String id : ids) {
      try {
        DocumentVersion v =
            documents
                .version(UUID.fromString(id))
                .filter(d -> d.personId().equals(person.id().value()))
                .orElseThrow(() -> new InvalidInputException("versionIds", "not of her file"));
        out.add(v.id());
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InvalidInputException("versionIds", "not a document version");
      }
    }
    return List.copyOf(out);
  }

  /** The open requests of this procedure named by the action. */
  private List<DocumentRequest> openRequests(Procedure p, List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of(); // unsolicited documents
    }
    Map<UUID, DocumentRequest> open =
        procedures.requests(p.id()).stream()
            .filter(DocumentRequest::isOpen)
            .collect(Collectors.toMap(DocumentRequest::id, Function.identity()));
    List<DocumentRequest> out = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (String id : ids) {
      DocumentRequest r;
      try {
        r = open.get(UUID.fromString(id));
      } catch (IllegalArgumentException | NullPointerException e) {
        r = null;
      }
      if (r == null) {
        throw new InvalidInputException("requestIds", "not an open request of this procedure");
      }
      if (seen.add(r.id())) {
        out.add(r);
      }
    }
    return out;
  }

  private static ConflictException conflict(IllegalStateException e) {
    String message = String.valueOf(e.getMessage());
    int colon = message.indexOf(':');
    return colon > 0
        ? new ConflictException(message.substring(0, colon), message.substring(colon + 1).trim())
        : new ConflictException("status", message);
  }

  private Map<AccountId, String> names(List<Procedure> found) {
    Set<AccountId> ids = new HashSet<>();
    for (Procedure p : found) {
      ids.add(new AccountId(p.responsible()));
    }
    return accounts.findAll(ids).stream()
        .collect(Collectors.toMap(Account::id, Account::displayName));
  }

  private ProcedureView view(Procedure p, Map<AccountId, String> names, Locale locale) {
    return view(p, names, locale, documents.ofPerson(p.personId()), false);
  }

  /**
   * The procedure as shown. {@code hers} are the versions of her file's documents; {@code own}:
   * shown to her, in her own space, where documents classified by nature or by a member are left
   * out of the documents' statuses (a device she shares must not tell of them, F1).
   */
  private ProcedureView view(
      Procedure p,
      Map<AccountId, String> names,
      Locale locale,
      List<DocumentVersion> hers,
      boolean own) {
    LocalDate today = clock.today();
    List<ProcedureEvent> events = procedures.events(p.id());
    Map<AccountId, String> actors = new java.util.HashMap<>(names);
    Set<AccountId> missing =
        events.stream()
            .map(ProcedureEvent::actor)
            .filter(java.util.Objects::nonNull)
            .map(AccountId::new)
            .filter(a -> !actors.containsKey(a))
            .collect(Collectors.toSet());
    if (!missing.isEmpty()) {
      accounts.findAll(missing).forEach(a -> actors.put(a.id(), a.displayName()));
    }
    List<DocumentRequest> asked = procedures.requests(p.id());
    List<RequestView> requests =
        asked.stream()
            .map(
                r ->
                    new RequestView(
                        r.id().toString(),
                        r.requestedOn(),
                        r.dueOn(),
                        r.source().name(),
                        r.description(),
                        r.status(),
                        r.overdue(today),
                        r.answeredOn().orElse(null),
                        r.documentTypes().stream()
                            .filter(t -> !own || !t.classifiedByNature())
                            .map(Enum::name)
                            .toList()))
            .toList();
    List<AttestationView> attestations =
        procedures.attestations(p.id()).stream()
            .map(
                a ->
                    new AttestationView(
                        a.id().toString(),
                        a.kind().name(),
                        a.issuedOn(),
                        a.validUntil().orElse(null),
                        a.permitType(),
                        a.cesedaArticle(),
                        a.allowsWork(),
                        a.supersededOn().isPresent(),
                        a.validUntil().map(today::isAfter).orElse(false)))
            .toList();
    String label =
        catalogue
            .find(new ProcedureCode(p.typeCode()))
            .map(t -> t.label(locale))
            .orElse(p.typeCode());
    return new ProcedureView(
        p.id().toString(),
        p.personId().toString(),
        p.typeCode(),
        label,
        p.legalGround(),
        p.channel().name(),
        p.administrationReference().orElse(null),
        p.administrationAccount().map(UUID::toString).orElse(null),
        p.responsible().toString(),
        names.get(new AccountId(p.responsible())),
        p.status().name(),
        p.statusOn(),
        p.filedOn().orElse(null),
        p.frozen(),
        p.frozenReason(),
        requests.stream().anyMatch(RequestView::overdue),
        p.createdAt(),
        events.stream()
            .map(
                e ->
                    new EventView(
                        e.seq(),
                        e.kind().name(),
                        e.status() == null ? null : e.status().name(),
                        e.statusOn(),
                        e.channel() == null ? null : e.channel().name(),
                        e.detail(),
                        e.versions().stream().map(UUID::toString).toList(),
                        e.messageId() == null ? null : e.messageId().toString(),
                        e.actor() == null ? null : actors.get(new AccountId(e.actor())),
                        e.at()))
            .toList(),
        requests,
        attestations,
        documentStatuses(asked, events, hers, own));
  }

  /**
   * Each type of document this procedure asked for or sent, and where it stands: sent with an
   * action since it was last asked for; else provided (a version in her file since); else
   * requested.
   */
  static List<DocumentStatusView> documentStatuses(
      List<DocumentRequest> asked,
      List<ProcedureEvent> events,
      List<DocumentVersion> hers,
      boolean own) {
    List<DocumentVersion> visible =
        hers.stream()
            .filter(v -> !own || !(v.classified() || v.type().classifiedByNature()))
            .toList();
    Map<UUID, DocumentVersion> byId =
        visible.stream().collect(Collectors.toMap(DocumentVersion::id, Function.identity()));
    Map<DocumentType, LocalDate> requested = new java.util.EnumMap<>(DocumentType.class);
    for (DocumentRequest r : asked) {
      for (DocumentType t : r.documentTypes()) {
        requested.merge(t, r.requestedOn(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    Map<DocumentType, ProcedureEvent> sentBy = new java.util.EnumMap<>(DocumentType.class);
    Map<DocumentType, DocumentVersion> sent = new java.util.EnumMap<>(DocumentType.class);
    for (ProcedureEvent e : events) { // in order: the last sending wins
      for (UUID id : e.versions()) {
        DocumentVersion v = byId.get(id);
        if (v != null) {
          sentBy.put(v.type(), e);
          sent.put(v.type(), v);
        }
      }
    }
    java.util.Set<DocumentType> types = java.util.EnumSet.noneOf(DocumentType.class);
    types.addAll(requested.keySet());
    types.addAll(sent.keySet());
    List<DocumentStatusView> out = new ArrayList<>();
    for (DocumentType t : types) {
      if (own && t.classifiedByNature()) {
        continue;
      }
      LocalDate askedOn = requested.get(t);
      ProcedureEvent e = sentBy.get(t);
      LocalDate sentOn = e == null ? null : e.at().atZone(TimeSource.DEFAULT_ZONE).toLocalDate();
      if (e != null && (askedOn == null || !sentOn.isBefore(askedOn))) {
        out.add(
            new DocumentStatusView(t.name(), "SENT", askedOn, sent.get(t).id().toString(), sentOn));
        continue;
      }
      DocumentVersion provided =
          visible.stream()
              .filter(v -> v.type() == t)
              .filter(
                  v ->
                      !v.createdAt()
                          .atZone(TimeSource.DEFAULT_ZONE)
                          .toLocalDate()
                          .isBefore(askedOn))
              .max(java.util.Comparator.comparing(DocumentVersion::createdAt))
              .orElse(null);
      out.add(
          provided == null
              ? new DocumentStatusView(t.name(), "REQUESTED", askedOn, null, null)
              : new DocumentStatusView(
                  t.name(),
                  "PROVIDED",
                  askedOn,
                  provided.id().toString(),
                  provided.createdAt().atZone(TimeSource.DEFAULT_ZONE).toLocalDate()));
    }
    return out;
  }

  private static PermitView view(ResidencePermit r, LocalDate today) {
    String window;
    if (r.replacedOn().isPresent()) {
      window = "REPLACED";
    } else if (today.isAfter(r.expiresOn())) {
      window = "EXPIRED";
    } else if (today.isAfter(r.windowClosesOn())) {
      window = "LATE";
    } else if (!today.isBefore(r.windowOpensOn())) {
      window = "OPEN";
    } else {
      window = "BEFORE";
    }
    return new PermitView(
        r.id().toString(),
        r.permitType(),
        r.expiresOn(),
        r.windowOpensOn(),
        r.windowClosesOn(),
        r.filedOnline(),
        window);
  }
}
