package fr.relais.application.structure.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.access.Applicant;
import fr.relais.application.journal.Journal;
import fr.relais.application.structure.AccreditationService;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.structure.AccreditationDecision;
import fr.relais.domain.model.structure.AccreditationDecisionType;
import fr.relais.domain.model.structure.AccreditationStatus;
import fr.relais.domain.model.structure.Departments;
import fr.relais.domain.model.structure.RequestChannel;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Requests for accreditation (self-service or registered by the operator) and prefecture decisions;
 * every one journaled with its structure.
 */
@ApplicationScoped
@Transactional
public class DefaultAccreditationService implements AccreditationService {

  @Inject AccessPolicy policy;
  @Inject StructureRepository structures;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject AccountRepository accounts;

  @Override
  public StructureView register(Registration r) {
    AuthenticatedUser user = policy.structures().requireRegister();
    if (r == null) {
      throw new InvalidInputException("body", "required");
    }
    StructureDetails details = details(r);
    StructureId id = StructureId.random();
    requireSiretNotHeld(details, id);
    Structure structure =
        new Structure(id, details, RequestChannel.OPERATOR, user.accountId().value(), clock.now());
    structures.add(structure);
    journal.record(
        user.journal()
            .in(structure.id().value())
            .about("structure", structure.id().toString())
            .success("structure.register"));
    return views(List.of(structure)).get(0);
  }

  @Override
  public StructureView requestAccreditation(Registration r) {
    Applicant applicant = policy.structures().requireApplicant();
    if (r == null) {
      throw new InvalidInputException("body", "required");
    }
    StructureDetails details = details(r);
    StructureId id = StructureId.random();
    requireSiretNotHeld(details, id);
    Instant now = clock.now();
    AccountId applicantAccount = AccountId.random();
    Structure structure =
        new Structure(id, details, RequestChannel.SELF_SERVICE, applicantAccount.value(), now);
    structures.add(structure);
    // A1: the applicant becomes the structure's administrator; requireActingMember keeps the
    // structure from acting for anyone until a prefecture agent accredits it.
    Account account =
        new Account(
            applicantAccount,
            applicant.identity(),
            applicant.displayName(),
            Role.STRUCTURE_ADMINISTRATOR,
            id,
            now);
    accounts.add(account);
    JournalActor actor = applicant.asJournalActor();
    journal.record(
        JournalRecord.by(actor)
            .in(id.value())
            .about("structure", id.toString())
            .success("structure.register", "self-service"));
    journal.record(
        JournalRecord.by(actor)
            .in(id.value())
            .about("account", applicantAccount.toString())
            .success("member.join", "role " + Role.STRUCTURE_ADMINISTRATOR + ", applicant"));
    return views(List.of(structure)).get(0);
  }

  /** At most one structure holds an accreditation for a SIRET; waiting requests block no one. */
  private void requireSiretNotHeld(StructureDetails details, StructureId id) {
    if (structures.siretHeldByAnother(details.siret().value(), id)) {
      throw new InvalidInputException(
          "siret", "another structure is accredited with this SIRET; contact the prefecture");
    }
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
          r.departments() == null ? Set.of() : new LinkedHashSet<>(r.departments()),
          r.contactEmail(),
          r.contactPhone());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.from(e, "departments");
    }
  }

  /** Turns "field: reason" messages from the domain into field-level violations. */
  @Override
  public List<StructureView> list(List<String> statuses) {
    AuthenticatedUser user = policy.structures().requireList();
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
    // S10: a prefecture agent's listing holds only the structures of their departments.
    Optional<Set<String>> scope = policy.structures().scope(user);
    List<Structure> found =
        scope.isPresent()
            ? structures.withStatusIn(wanted, scope.get())
            : structures.withStatus(wanted);
    List<Structure> result = new ArrayList<>();
    for (Structure s : found) {
      boolean onlyExpired =
          statuses != null
              && statuses.stream().allMatch(x -> "EXPIRED".equalsIgnoreCase(x))
              && !statuses.isEmpty();
      if (onlyExpired && s.status(today) != AccreditationStatus.EXPIRED) {
        continue;
      }
      result.add(s);
    }
    return views(result);
  }

  @Override
  public StructureView get(StructureId id) {
    policy.structures().requireView(id);
    Structure s = structures.find(id).orElseThrow(NotFoundException::new);
    return view(s);
  }

  @Override
  public StructureView decide(StructureId id, Decision d) {
    AuthenticatedUser agent = policy.structures().requireDecideAccreditation(id);
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
    Set<String> granted = null;
    if (d.departments() != null && !d.departments().isEmpty()) {
      try {
        granted = Departments.parse(new LinkedHashSet<>(d.departments()));
      } catch (IllegalArgumentException e) {
        throw InvalidInputException.from(e, "departments");
      }
      if (type == AccreditationDecisionType.ACCREDIT || type == AccreditationDecisionType.RENEW) {
        policy.structures().requireGrantDepartments(agent, id, granted);
      }
    } else if (d.departments() != null) {
      granted = Set.of();
    }
    if (type == AccreditationDecisionType.ACCREDIT
        && structures.siretHeldByAnother(s.siret(), id)) {
      throw new InvalidInputException(
          "decision", "another structure is accredited with this SIRET");
    }
    AccreditationDecision decision;
    try {
      decision =
          s.decide(
              type,
              granted,
              d.validFrom(),
              d.validUntil(),
              d.reason(),
              agent.accountId().value(),
              clock.now(),
              clock.today());
    } catch (IllegalStateException e) {
      throw new InvalidInputException("decision", e.getMessage());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.from(e, "departments");
    }
    structures.addDecision(decision);
    journal.record(
        agent
            .journal()
            .in(id.value())
            .about("structure", id.toString())
            .success(
                "structure.accreditation." + type.name().toLowerCase(Locale.ROOT),
                decision.validUntil() == null ? null : "until " + decision.validUntil()));
    return view(s);
  }

  private StructureView view(Structure s) {
    return view(
        s,
        structures.decisions(s.id()),
        applicantNames(List.of(s)),
        structures.countBySiret(List.of(s.siret())));
  }

  /** Views of a list, without decision history, in three queries whatever the list's length. */
  private List<StructureView> views(List<Structure> list) {
    Map<UUID, String> names = applicantNames(list);
    Map<String, Long> sirets =
        structures.countBySiret(list.stream().map(Structure::siret).toList());
    return list.stream().map(s -> view(s, List.of(), names, sirets)).toList();
  }

  /** Who filed each self-service request (the agent's queue shows it). */
  private Map<UUID, String> applicantNames(Collection<Structure> list) {
    List<AccountId> ids =
        list.stream()
            .filter(s -> s.requestChannel() == RequestChannel.SELF_SERVICE)
            .flatMap(s -> s.requestedBy().stream())
            .map(AccountId::new)
            .toList();
    Map<UUID, String> names = new HashMap<>();
    for (Account a : accounts.findAll(ids)) {
      names.put(a.id().value(), a.displayName());
    }
    return names;
  }

  private StructureView view(
      Structure s,
      List<AccreditationDecision> decisions,
      Map<UUID, String> applicantNames,
      Map<String, Long> siretCounts) {
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
            .toList(),
        s.requestChannel().name(),
        s.requestChannel() == RequestChannel.SELF_SERVICE
            ? s.requestedBy().map(applicantNames::get).orElse(null)
            : null,
        Math.max(0, siretCounts.getOrDefault(s.siret(), 1L) - 1));
  }
}
