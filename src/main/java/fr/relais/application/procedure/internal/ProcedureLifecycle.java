package fr.relais.application.procedure.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.procedure.ProcedureService.Action;
import fr.relais.application.procedure.ProcedureService.NewAttestation;
import fr.relais.application.procedure.ProcedureService.NewProcedure;
import fr.relais.application.procedure.ProcedureService.NewRequest;
import fr.relais.application.procedure.ProcedureService.ProcedureView;
import fr.relais.application.procedure.internal.ProcedureInputs.Acting;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.catalogue.ProcedureType;
import fr.relais.domain.model.catalogue.ProcedureTypeRepository;
import fr.relais.domain.model.document.DocumentType;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.procedure.Attestation;
import fr.relais.domain.model.procedure.DocumentRequest;
import fr.relais.domain.model.procedure.FilingChannel;
import fr.relais.domain.model.procedure.Procedure;
import fr.relais.domain.model.procedure.ProcedureEvent;
import fr.relais.domain.model.procedure.ProcedureId;
import fr.relais.domain.model.procedure.ProcedureRepository;
import fr.relais.domain.model.procedure.ProcedureStatus;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A procedure's life: created, acted on (filed, rectified, completed, a status the administration
 * gave, cancelled, reviewed after a freeze), documents requested, attestations recorded, frozen
 * after a takeover; each action an event of the timeline, the procedure's nearest deadline
 * recomputed, an entry of the journal. Runs in the caller's transaction.
 */
@ApplicationScoped
class ProcedureLifecycle {

  @Inject AccessPolicy policy;
  @Inject ProcedureInputs inputs;
  @Inject ProcedureViews views;
  @Inject ProcedureRepository procedures;
  @Inject ProcedureTypeRepository catalogue;
  @Inject Journal journal;
  @Inject TimeSource clock;

  /** A new procedure of a catalogue type the member may act on for her (B2). */
  ProcedureView create(PersonId personId, NewProcedure input) {
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
            : ProcedureInputs.channel(input.channel());
    UUID account = inputs.administrationAccount(person, input.administrationAccountId());
    UUID responsible = inputs.responsible(person, input.responsibleId(), user);
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
      throw InvalidInputException.from(e, "type");
    }
    procedures.add(p);
    procedures.add(p.created(user.accountId().value(), now));
    journal.record(
        user.journal()
            .about(person)
            .success("procedure.create", type.code().value() + " " + channel.name()));
    return views.of(p, user.locale());
  }

  /** The verbs of {@link #act}, as the API spells them (in any case). */
  enum Verb {
    FILE,
    RECTIFY,
    COMPLETE,
    STATUS,
    CANCEL,
    REVIEW;

    static final String EXPECTED = "FILE, RECTIFY, COMPLETE, STATUS, CANCEL or REVIEW";

    static Verb of(String value) {
      try {
        return valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("action", EXPECTED);
      }
    }

    /** The journal's name of the action. */
    String journaled() {
      return "procedure." + name().toLowerCase(Locale.ROOT);
    }
  }

  /** An action on the procedure: its events on the timeline, its deadline recomputed. */
  ProcedureView act(ProcedureId procedureId, Action action) {
    Acting acting = inputs.acting(procedureId, "procedure.act");
    Procedure p = acting.procedure();
    Person person = acting.person();
    AuthenticatedUser user = acting.user();
    if (action == null || action.action() == null) {
      throw new InvalidInputException("action", Verb.EXPECTED);
    }
    LocalDate today = clock.today();
    LocalDate on = action.on() == null ? today : action.on();
    if (on.isAfter(today)) {
      throw new InvalidInputException("on", "not in the future");
    }
    Verb verb = Verb.of(action.action());
    Step step = new Step(p, person, action, on, user.accountId().value(), clock.now());
    List<ProcedureEvent> events;
    try {
      events =
          switch (verb) {
            case FILE -> List.of(file(step));
            case RECTIFY -> List.of(send(step, ProcedureEvent.Kind.RECTIFIED));
            case COMPLETE -> complete(step);
            case STATUS ->
                List.of(
                    p.reach(
                        ProcedureInputs.status(action.status()),
                        on,
                        action.detail(),
                        step.actor(),
                        step.now()));
            case CANCEL -> List.of(p.cancel(on, action.detail(), step.actor(), step.now()));
            case REVIEW -> List.of(p.review(action.detail(), step.actor(), step.now()));
          };
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.from(e, "action");
    } catch (IllegalStateException e) {
      throw ProcedureInputs.conflict(e);
    }
    events.forEach(procedures::add);
    reschedule(p);
    journal.record(
        user.journal().about(person).success(verb.journaled(), p.typeCode() + " " + p.status()));
    return views.of(p, user.locale());
  }

  /** One action being taken: on what, for whom, as asked, on which day, by whom, when. */
  private record Step(
      Procedure procedure, Person person, Action action, LocalDate on, UUID actor, Instant now) {

    FilingChannel channel() {
      return action.channel() == null ? null : ProcedureInputs.channel(action.channel());
    }
  }

  private ProcedureEvent file(Step s) {
    return s.procedure()
        .file(
            s.on(),
            s.channel(),
            s.action().administrationReference(),
            s.action().detail(),
            inputs.versions(s.person(), s.action().versionIds()),
            s.actor(),
            s.now());
  }

  private ProcedureEvent send(Step s, ProcedureEvent.Kind kind) {
    return s.procedure()
        .send(
            kind,
            s.channel(),
            s.action().detail(),
            inputs.versions(s.person(), s.action().versionIds()),
            s.actor(),
            s.now());
  }

  /** Documents sent; the requests they answer closed, and the procedure back once none is open. */
  private List<ProcedureEvent> complete(Step s) {
    Procedure p = s.procedure();
    List<DocumentRequest> answered = inputs.openRequests(p, s.action().requestIds());
    List<ProcedureEvent> events = new ArrayList<>();
    events.add(send(s, ProcedureEvent.Kind.COMPLETED));
    for (DocumentRequest r : answered) {
      r.answer(s.on());
    }
    boolean stillOpen = procedures.requests(p.id()).stream().anyMatch(DocumentRequest::isOpen);
    if (!answered.isEmpty() && !stillOpen && p.status() == ProcedureStatus.DOCUMENTS_REQUESTED) {
      events.add(p.answered(s.on(), s.actor(), s.now()));
    }
    return events;
  }

  /** A request for documents from the administration, due 30 days later by default. */
  ProcedureView requestDocuments(ProcedureId procedureId, NewRequest request) {
    Acting acting = inputs.acting(procedureId, "procedure.request");
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
      throw InvalidInputException.from(ex, "dueOn");
    } catch (IllegalStateException ex) {
      throw ProcedureInputs.conflict(ex);
    }
    procedures.add(r);
    procedures.add(e);
    reschedule(p);
    journal.record(
        user.journal()
            .about(person)
            .success("procedure.request", p.typeCode() + " due " + r.dueOn()));
    return views.of(p, user.locale());
  }

  /** An attestation the administration issued; it replaces the earlier ones of its kind. */
  ProcedureView attest(ProcedureId procedureId, NewAttestation input) {
    Acting acting = inputs.acting(procedureId, "procedure.attestation");
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
      throw InvalidInputException.from(ex, "kind");
    } catch (IllegalStateException ex) {
      throw ProcedureInputs.conflict(ex);
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
    return views.of(p, user.locale());
  }

  /** E3, S33: freezes for review what was filed from an account held by someone else. */
  int freezeFiledFrom(UUID administrationAccount, LocalDate since, AuthenticatedUser by) {
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

  /** Its nearest deadline: an open request's due date, or a pending ADP's last day (R5). */
  void reschedule(Procedure p) {
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
}
