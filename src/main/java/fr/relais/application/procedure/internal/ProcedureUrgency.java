package fr.relais.application.procedure.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.Page;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.procedure.ProcedureService.ProcedureLine;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.procedure.Procedure;
import fr.relais.domain.model.procedure.ProcedureRepository;
import fr.relais.domain.model.procedure.ProcedureStatus;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The urgency read model (R5): a structure's procedures by their nearest deadline, filtered by
 * type, status and member responsible, in keyset pages, each line one the member may see. Runs in
 * the caller's transaction.
 */
@ApplicationScoped
class ProcedureUrgency {

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
  @Inject Journal journal;
  @Inject TimeSource clock;

  /** The structure's procedures, most urgent first, in keyset pages (R5). */
  Page<ProcedureLine> byUrgency(
      StructureId structure,
      String type,
      String status,
      String responsibleId,
      String after,
      Integer limit) {
    AuthenticatedUser user = policy.procedures().requireListByUrgency(structure);
    Keyset.Request<ProcedureRepository.UrgentLine> asked = BY_URGENCY.read(after, limit);
    ProcedureStatus wanted =
        status == null || status.isBlank() ? null : ProcedureInputs.status(status);
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
}
