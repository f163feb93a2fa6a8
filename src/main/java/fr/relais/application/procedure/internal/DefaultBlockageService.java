package fr.relais.application.procedure.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.NotFoundException;
import fr.relais.application.Page;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.documents.PdfDocuments;
import fr.relais.application.file.DocumentService;
import fr.relais.application.journal.Journal;
import fr.relais.application.notification.ReminderService;
import fr.relais.application.procedure.BlockageService;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.catalogue.ProcedureTypeRepository;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.procedure.Blockage;
import fr.relais.domain.model.procedure.BlockageId;
import fr.relais.domain.model.procedure.DocumentRequest;
import fr.relais.domain.model.procedure.Procedure;
import fr.relais.domain.model.procedure.ProcedureId;
import fr.relais.domain.model.procedure.ProcedureRepository;
import fr.relais.domain.model.structure.AccreditationStatus;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.shared.Sha256;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Blockages: recorded under the procedure's access rule, attested as a PDF, answered by a
 * prefecture agent of one of the structure's departments; every step journaled and on the
 * procedure's timeline.
 */
@ApplicationScoped
@Transactional
public class DefaultBlockageService implements BlockageService {

  /** The agent's blockages in a status, oldest first, by {@code (recorded_at, id)}. */
  private static final Keyset<Blockage> QUEUE =
      Keyset.after(50, 200, b -> List.of(b.recordedAt(), b.id()), Part.INSTANT, Part.UUID);

  /** The overdue requests for documents, oldest due date first, by {@code (due_on, id)}. */
  private static final Keyset<DocumentRequest> OVERDUE =
      Keyset.after(50, 200, r -> List.of(r.dueOn(), r.id()), Part.DATE, Part.UUID);

  @Inject ProcedureInputs procedureService;
  @Inject AccessPolicy policy;
  @Inject ProcedureRepository procedures;
  @Inject ProcedureTypeRepository catalogue;
  @Inject PersonRepository people;
  @Inject StructureRepository structures;
  @Inject AccountRepository accounts;
  @Inject ReminderService reminders;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject PdfDocuments pdfs;

  @Override
  public BlockageView record(ProcedureId procedureId, NewBlockage input) {
    ProcedureInputs.Acting acting = procedureService.acting(procedureId, "blockage.record");
    Procedure p = acting.procedure();
    if (input == null) {
      throw new InvalidInputException("occurredAt", "required");
    }
    Instant now = clock.now();
    Blockage b;
    try {
      b =
          new Blockage(
              p,
              input.occurredAt(),
              input.errorText(),
              input.stepsTried(),
              procedureService.versions(acting.person(), input.versionIds()),
              acting.user().accountId().value(),
              now);
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "errorText");
    }
    procedures.add(b);
    procedures.add(
        p.blocked("blockage " + b.verificationCode(), acting.user().accountId().value(), now));
    Structure s = structures.find(new StructureId(p.structureId())).orElseThrow();
    reminders.notifyMembers(agentsOf(s), "BLOCKAGE_RECORDED", b.id().toString());
    journal.record(
        acting.user().journal().about(acting.person()).success("blockage.record", p.typeCode()));
    return view(b, acting.person());
  }

  @Override
  public List<BlockageView> ofProcedure(ProcedureId procedureId) {
    Procedure p = find(procedureId);
    Person person = policy.persons().requireSeeFile(new PersonId(p.personId()), "blockage.list");
    return procedures.blockages(p.id()).stream().map(b -> view(b, person)).toList();
  }

  @Override
  public DocumentService.Download attestation(BlockageId blockageId) {
    Blockage b = blockage(blockageId);
    AuthenticatedUser user = policy.requireAuthenticated();
    Person person = policy.procedures().requireSeeBlockage(b, "blockage.attestation");
    Procedure p = procedures.find(new ProcedureId(b.procedureId())).orElseThrow();
    Structure s = structures.find(new StructureId(b.structureId())).orElseThrow();
    byte[] pdf =
        pdfs.blockageAttestation(
            new PdfDocuments.BlockageAttestation(
                b.verificationCode(),
                person.displayName(),
                s.name(),
                s.addressLine() + ", " + s.postalCode() + " " + s.city(),
                paperLabel(p.typeCode()),
                p.administrationReference().orElse(null),
                b.occurredAt(),
                b.errorText(),
                b.stepsTried(),
                b.evidence().size(),
                name(b.recordedBy()),
                b.recordedAt()));
    journal.record(
        user.journal()
            .in(b.structureId())
            .about(person)
            .success("blockage.attestation", b.verificationCode()));
    return new DocumentService.Download(
        "attestation-blocage-"
            + LocalDate.ofInstant(b.recordedAt(), TimeSource.DEFAULT_ZONE)
            + ".pdf",
        "application/pdf",
        pdf,
        Sha256.hex(pdf));
  }

  @Override
  public Page<BlockageView> queue(String status, String after, Integer limit) {
    AuthenticatedUser user = policy.procedures().requireBlockageQueue();
    String st = status == null || status.isBlank() ? "OPEN" : status;
    if (!"OPEN".equals(st) && !"ANSWERED".equals(st)) {
      throw new InvalidInputException("status", "OPEN or ANSWERED");
    }
    Keyset.Request<Blockage> asked = QUEUE.read(after, limit);
    Set<String> departments = accounts.departmentsOf(user.accountId());
    List<UUID> covered =
        structures.withStatusIn(EnumSet.allOf(AccreditationStatus.class), departments).stream()
            .map(s -> s.id().value())
            .toList();
    Keyset.Window<Blockage> window =
        asked.window(
            procedures.blockagesOf(
                covered, st, asked.instant(0), asked.uuid(1), asked.lookAhead()));
    List<BlockageView> items = new ArrayList<>();
    for (Blockage b : window.rows()) {
      people.find(new PersonId(b.personId())).ifPresent(p -> items.add(view(b, p)));
    }
    journal.record(
        user.journal()
            .about("blockage", null)
            .success("blockage.queue", items.size() + " blockages"));
    return window.page(items);
  }

  @Override
  public Page<OverdueRequestView> overdueRequests(String after, Integer limit) {
    AuthenticatedUser user = policy.procedures().requireOverdueRequests();
    Keyset.Request<DocumentRequest> asked = OVERDUE.read(after, limit);
    java.time.LocalDate today = clock.today();
    java.util.Map<UUID, Structure> covered = new java.util.HashMap<>();
    structures
        .withStatusIn(
            EnumSet.allOf(AccreditationStatus.class), accounts.departmentsOf(user.accountId()))
        .forEach(s -> covered.put(s.id().value(), s));
    Keyset.Window<DocumentRequest> window =
        asked.window(
            procedures.overdueOf(
                covered.keySet(), today, asked.date(0), asked.uuid(1), asked.lookAhead()));
    List<DocumentRequest> page = window.rows();
    java.util.Map<UUID, Procedure> of = new java.util.HashMap<>();
    procedures
        .findAll(
            page.stream().map(r -> r.procedureId()).collect(java.util.stream.Collectors.toSet()))
        .forEach(p -> of.put(p.id().value(), p));
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    catalogue
        .findAll(
            of.values().stream()
                .map(p -> new ProcedureCode(p.typeCode()))
                .collect(java.util.stream.Collectors.toSet()))
        .forEach(t -> labels.put(t.code().value(), t.label(user.locale())));
    List<OverdueRequestView> items = new ArrayList<>();
    for (DocumentRequest r : page) {
      Procedure p = of.get(r.procedureId());
      Structure s = covered.get(r.structureId());
      items.add(
          new OverdueRequestView(
              r.id().toString(),
              r.procedureId().toString(),
              labels.getOrDefault(p.typeCode(), p.typeCode()),
              p.administrationReference().orElse(null),
              s == null ? null : s.name(),
              r.requestedOn(),
              r.dueOn(),
              java.time.temporal.ChronoUnit.DAYS.between(r.dueOn(), today),
              r.documentTypes().stream().map(Enum::name).toList()));
    }
    journal.record(
        user.journal()
            .about("document-request", null)
            .success("request.overdue", items.size() + " requests"));
    return window.page(items);
  }

  @Override
  public BlockageView answer(BlockageId blockageId, Answer input) {
    Blockage b = blockage(blockageId);
    Person person = policy.procedures().requireAnswerBlockage(b);
    AuthenticatedUser user = policy.requireAuthenticated();
    if (input == null || input.answer() == null) {
      throw new InvalidInputException("answer", "SUBSTITUTE_CHANNEL, APPOINTMENT or RESOLVED");
    }
    Blockage.Answer a;
    try {
      a = Blockage.Answer.valueOf(input.answer());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("answer", "SUBSTITUTE_CHANNEL, APPOINTMENT or RESOLVED");
    }
    Instant now = clock.now();
    try {
      b.answer(a, input.text(), input.appointmentAt(), user.accountId().value(), now);
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "answer");
    } catch (IllegalStateException e) {
      throw new ConflictException("status", "the blockage is answered already");
    }
    Procedure p = procedures.findForUpdate(new ProcedureId(b.procedureId())).orElseThrow();
    procedures.add(p.unblocked(a.name(), user.accountId().value(), now));
    reminders.notifyFollowersAndAdministrators(person, "BLOCKAGE_ANSWERED", b.id().toString());
    journal.record(
        user.journal().in(b.structureId()).about(person).success("blockage.answer", a.name()));
    return view(b, person);
  }

  private List<AccountId> agentsOf(Structure s) {
    List<AccountId> out = new ArrayList<>();
    for (Account a : accounts.withRole(Role.PREFECTURE_AGENT)) {
      if (a.isActive()
          && fr.relais.domain.model.structure.Departments.intersect(
              s.concernedDepartments(), accounts.departmentsOf(a.id()))) {
        out.add(a.id());
      }
    }
    return out;
  }

  private Procedure find(ProcedureId procedureId) {
    return procedures.find(procedureId).orElseThrow(NotFoundException::new);
  }

  private Blockage blockage(BlockageId id) {
    return procedures.blockage(id.value()).orElseThrow(NotFoundException::new);
  }

  private String label(String code) {
    return catalogue.find(new ProcedureCode(code)).map(t -> t.label(Locale.FRENCH)).orElse(code);
  }

  /** The procedure as the attestation, which she may carry, names it (S44). */
  private String paperLabel(String code) {
    return catalogue
        .find(new ProcedureCode(code))
        .map(t -> t.labelOnPaper(Locale.FRENCH))
        .orElse(code);
  }

  private String name(UUID account) {
    return account == null
        ? null
        : accounts.find(new AccountId(account)).map(Account::displayName).orElse(null);
  }

  private BlockageView view(Blockage b, Person person) {
    Procedure p = procedures.find(new ProcedureId(b.procedureId())).orElseThrow();
    return new BlockageView(
        b.id().toString(),
        b.procedureId().toString(),
        label(p.typeCode()),
        person.id().toString(),
        person.displayName(),
        structures.find(new StructureId(b.structureId())).map(Structure::name).orElse(null),
        b.occurredAt(),
        b.errorText(),
        b.stepsTried(),
        b.evidence().size(),
        b.verificationCode(),
        name(b.recordedBy()),
        b.recordedAt(),
        b.status(),
        b.answerGiven().map(Enum::name).orElse(null),
        b.answerText(),
        b.appointmentAt(),
        name(b.answeredBy()),
        b.answeredAt());
  }
}
