package fr.relais.application.internal;

import fr.relais.application.AccessPolicy;
import fr.relais.application.AccreditationService;
import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Journal;
import fr.relais.application.NotFoundException;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.journal.Outcome;
import fr.relais.domain.model.structure.AccreditationDecision;
import fr.relais.domain.model.structure.AccreditationDecisionType;
import fr.relais.domain.model.structure.AccreditationStatus;
import fr.relais.domain.model.structure.Siret;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureDetails;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.model.structure.StructureType;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Registration and accreditation of structures; every decision journaled with its structure. */
@ApplicationScoped
@Transactional
public class DefaultAccreditationService implements AccreditationService {

  @Inject AccessPolicy policy;
  @Inject StructureRepository structures;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Override
  public StructureView register(Registration r) {
    AuthenticatedUser user = policy.requireRegisterStructure();
    if (r == null) {
      throw new InvalidInputException("body", "required");
    }
    StructureDetails details = details(r);
    if (structures.siretExists(details.siret().value())) {
      throw new InvalidInputException("siret", "already registered");
    }
    Structure structure = new Structure(StructureId.random(), details, clock.now());
    structures.add(structure);
    journal.record(
        new JournalRecord(
            user.asJournalActor(),
            structure.id().value(),
            "structure.register",
            "structure",
            structure.id().toString(),
            null,
            Outcome.SUCCESS,
            null));
    return view(structure, List.of());
  }

  private static StructureDetails details(Registration r) {
    StructureType type;
    try {
      type = StructureType.valueOf(String.valueOf(r.type()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("type", "one of " + List.of(StructureType.values()));
    }
    Siret siret;
    try {
      siret = Siret.parse(r.siret());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("siret", e.getMessage());
    }
    try {
      return new StructureDetails(
          r.name(),
          type,
          siret,
          r.addressLine(),
          r.postalCode(),
          r.city(),
          r.departments() == null ? Set.of() : Set.copyOf(r.departments()),
          r.contactEmail(),
          r.contactPhone());
    } catch (IllegalArgumentException e) {
      throw invalid(e, "departments");
    }
  }

  /** Turns "field: reason" messages from the domain into field-level violations. */
  static InvalidInputException invalid(IllegalArgumentException e, String defaultField) {
    String message = String.valueOf(e.getMessage());
    int colon = message.indexOf(':');
    if (colon > 0 && message.substring(0, colon).matches("[A-Za-z]+")) {
      return new InvalidInputException(
          message.substring(0, colon), message.substring(colon + 1).trim());
    }
    return new InvalidInputException(defaultField, message);
  }

  @Override
  public List<StructureView> list(List<String> statuses) {
    policy.requireListStructures();
    EnumSet<AccreditationStatus> wanted = EnumSet.noneOf(AccreditationStatus.class);
    for (String s : statuses == null ? List.<String>of() : statuses) {
      try {
        AccreditationStatus status = AccreditationStatus.valueOf(s.toUpperCase(Locale.ROOT));
        wanted.add(status == AccreditationStatus.EXPIRED ? AccreditationStatus.ACCREDITED : status);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("status", "unknown status " + s);
      }
    }
    if (wanted.isEmpty()) {
      wanted = EnumSet.complementOf(EnumSet.of(AccreditationStatus.EXPIRED));
    }
    LocalDate today = clock.today();
    List<StructureView> result = new ArrayList<>();
    for (Structure s : structures.withStatus(wanted)) {
      boolean onlyExpired =
          statuses != null
              && statuses.stream().allMatch(x -> "EXPIRED".equalsIgnoreCase(x))
              && !statuses.isEmpty();
      if (onlyExpired && s.status(today) != AccreditationStatus.EXPIRED) {
        continue;
      }
      result.add(view(s, List.of()));
    }
    return result;
  }

  @Override
  public StructureView get(String structureId) {
    StructureId id = parse(structureId);
    policy.requireViewStructure(id);
    Structure s = structures.find(id).orElseThrow(NotFoundException::new);
    return view(s, structures.decisions(id));
  }

  @Override
  public StructureView decide(String structureId, Decision d) {
    StructureId id = parse(structureId);
    AuthenticatedUser agent = policy.requireDecideAccreditation(id);
    Structure s = structures.find(id).orElseThrow(NotFoundException::new);
    if (d == null || d.decision() == null) {
      throw new InvalidInputException("decision", "required");
    }
    AccreditationDecisionType type;
    try {
      type = AccreditationDecisionType.valueOf(d.decision().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "decision", "one of " + List.of(AccreditationDecisionType.values()));
    }
    AccreditationDecision decision;
    try {
      decision =
          s.decide(
              type,
              d.departments() == null ? null : Set.copyOf(d.departments()),
              d.validFrom(),
              d.validUntil(),
              d.reason(),
              agent.accountId().value(),
              clock.now(),
              clock.today());
    } catch (IllegalStateException e) {
      throw new InvalidInputException("decision", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw invalid(e, "departments");
    }
    structures.addDecision(decision);
    journal.record(
        new JournalRecord(
            agent.asJournalActor(),
            id.value(),
            "structure.accreditation." + type.name().toLowerCase(Locale.ROOT),
            "structure",
            id.toString(),
            null,
            Outcome.SUCCESS,
            decision.validUntil() == null ? null : "until " + decision.validUntil()));
    return view(s, structures.decisions(id));
  }

  private static StructureId parse(String id) {
    try {
      return StructureId.parse(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
  }

  private StructureView view(Structure s, List<AccreditationDecision> decisions) {
    LocalDate today = clock.today();
    return new StructureView(
        s.id().toString(),
        s.name(),
        s.type().name(),
        s.siret(),
        s.addressLine(),
        s.postalCode(),
        s.city(),
        s.departments(),
        s.contactEmail(),
        s.contactPhone(),
        s.status(today).name(),
        s.isInForce(today),
        s.accreditedDepartments(),
        s.accreditedFrom(),
        s.accreditedUntil(),
        s.statusReason(),
        s.createdAt(),
        decisions.stream()
            .map(
                x ->
                    new DecisionView(
                        x.decision().name(),
                        x.decidedAt(),
                        x.departments(),
                        x.validFrom(),
                        x.validUntil(),
                        x.reason()))
            .toList());
  }
}
