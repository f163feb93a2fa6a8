package fr.relais.application.person.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.NotFoundException;
import fr.relais.application.Page;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.notification.ReminderService;
import fr.relais.application.person.MyFileService;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.catalogue.ProcedureType;
import fr.relais.domain.model.catalogue.ProcedureTypeRepository;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.journal.JournalRepository;
import fr.relais.domain.model.mandate.Mandate;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.mandate.MandateRepository;
import fr.relais.domain.model.mandate.MandateStatus;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.personaccess.PersonAccess;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** The accompanied person's own view of their file; every read and action journaled (S50). */
@ApplicationScoped
@Transactional
public class DefaultMyFileService implements MyFileService {

  /** Her history across her records, newest first, by the journal's sequence number. */
  private static final Keyset<JournalEntry> HISTORY =
      Keyset.before(50, 200, e -> List.of(e.seq()), Part.LONG);

  @Inject AccessPolicy policy;
  @Inject PersonRepository people;
  @Inject MandateRepository mandates;
  @Inject StructureRepository structures;
  @Inject ProcedureTypeRepository catalogue;
  @Inject JournalRepository journalEntries;
  @Inject Journal journal;
  @Inject ReminderService reminders;
  @Inject TimeSource clock;

  @Override
  public List<MyRecord> myFile() {
    AuthenticatedUser user = policy.own().requireEnter("person.self.view");
    List<MyRecord> records = new ArrayList<>();
    for (PersonAccess link : policy.own().records(user)) {
      Person person = people.find(link.person()).orElseThrow();
      String structureName = structures.find(link.structure()).map(Structure::name).orElse("");
      List<Mandate> mine =
          mandates.forPerson(person.id().value()).stream()
              .filter(m -> m.structure().equals(link.structure()))
              .sorted(Comparator.comparing(Mandate::createdAt).reversed())
              .toList();
      Map<String, String> labels = labels(mine);
      List<MyMandate> given = mine.stream().map(m -> view(m, labels)).toList();
      journal.record(user.journal().about(person).success("person.self.view"));
      records.add(
          new MyRecord(
              person.id().toString(),
              structureName,
              person.displayName(),
              person.birthDate(),
              person.isProtected(),
              given));
    }
    return records;
  }

  @Override
  public MyMandate revoke(MandateId mandateId, String reason) {
    Mandate m = policy.own().requireMandate(mandateId, "mandate.revoke.by-person");
    AuthenticatedUser user = policy.requireAuthenticated();
    if (reason != null && reason.length() > 500) {
      throw new InvalidInputException("reason", "at most 500 characters");
    }
    try {
      // B1: the person revokes at any time, with effect on the structure's next request (S11).
      m.revokeByPerson(user.accountId().value(), reason, clock.now(), clock.today());
    } catch (IllegalStateException e) {
      throw new InvalidInputException("mandate", e.getMessage());
    }
    Person person = people.find(new PersonId(m.personId())).orElseThrow();
    journal.record(
        user.journal().about(person).mandate(m.id().value()).success("mandate.revoke.by-person"));
    reminders.notifyFollowers(person.id(), "MANDATE_REVOKED_BY_PERSON", m.id().toString());
    return view(m, labels(List.of(m)));
  }

  @Override
  public MyMandate revokeScope(MandateId mandateId, ProcedureCode procedureCode) {
    Mandate m = policy.own().requireMandate(mandateId, "mandate.scope.revoke.by-person");
    AuthenticatedUser user = policy.requireAuthenticated();
    try {
      m.revokeScopeByPerson(
          procedureCode.value(), user.accountId().value(), clock.now(), clock.today());
    } catch (IllegalStateException e) {
      throw new InvalidInputException("mandate", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
    Person person = people.find(new PersonId(m.personId())).orElseThrow();
    journal.record(
        user.journal()
            .about(person)
            .mandate(m.id().value())
            .success("mandate.scope.revoke.by-person", procedureCode.value()));
    reminders.notifyFollowers(person.id(), "MANDATE_REVOKED_BY_PERSON", m.id().toString());
    return view(m, labels(List.of(m)));
  }

  @Override
  public Page<MyAccessEntry> history(String before, Integer limit) {
    AuthenticatedUser user = policy.own().requireEnter("person.self.history.view");
    Keyset.Request<JournalEntry> asked = HISTORY.read(before, limit);
    List<PersonAccess> links = policy.own().records(user);
    for (PersonAccess link : links) {
      people
          .find(link.person())
          .ifPresent(
              p -> journal.record(user.journal().about(p).success("person.self.history.view")));
    }
    List<String> ids = links.stream().map(l -> l.person().toString()).toList();
    Keyset.Window<JournalEntry> window =
        asked.window(
            journalEntries.pageForTargets(
                "person",
                ids,
                asked.first() ? Long.MAX_VALUE : asked.number(0),
                asked.lookAhead()));
    Map<UUID, String> names = new HashMap<>();
    List<MyAccessEntry> items = new ArrayList<>();
    for (JournalEntry e : window.rows()) {
      boolean self =
          Objects.equals(e.actor().issuer(), user.identity().issuer())
              && Objects.equals(e.actor().subject(), user.identity().subject());
      String structureName =
          e.structureId() == null
              ? null
              : names.computeIfAbsent(
                  e.structureId(),
                  id -> structures.find(new StructureId(id)).map(Structure::name).orElse(null));
      items.add(
          new MyAccessEntry(
              e.seq(),
              e.occurredAt(),
              self,
              self ? null : e.actor().displayName(),
              structureName,
              e.action(),
              e.outcome().name(),
              category(e)));
    }
    return window.page(items);
  }

  /** F3: which category of her data the entry touched, never the value. */
  static String category(JournalEntry e) {
    fr.relais.domain.model.journal.AccessCategory c =
        fr.relais.domain.model.journal.AccessCategory.of(e.action(), e.detail());
    return c == null ? null : c.name();
  }

  /** The labels of every procedure in these mandates, read in one query. */
  private Map<String, String> labels(List<Mandate> given) {
    return catalogue
        .findAll(
            given.stream()
                .flatMap(m -> m.scopes().stream())
                .map(x -> ProcedureCode.of(x.procedureCode()))
                .distinct()
                .toList())
        .stream()
        .collect(Collectors.toMap(t -> t.code().toString(), ProcedureType::labelFr));
  }

  private MyMandate view(Mandate m, Map<String, String> labels) {
    LocalDate today = clock.today();
    MandateStatus status = m.status(today);
    boolean revocable = m.revocableByPerson(today);
    return new MyMandate(
        m.id().toString(),
        status.name(),
        m.legalBasis().name(),
        m.startsOn(),
        m.endsOn(),
        m.scopes().stream()
            .map(
                s ->
                    new MyScope(
                        s.procedureCode(),
                        labels.getOrDefault(s.procedureCode(), s.procedureCode()),
                        s.isRevoked()))
            .toList(),
        m.revokedAt(),
        m.revokedByPerson(),
        revocable);
  }
}
