package fr.relais.application.procedure.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.procedure.ProcedureService.NewPermit;
import fr.relais.application.procedure.ProcedureService.PermitView;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.procedure.ProcedureRepository;
import fr.relais.domain.model.procedure.ResidencePermit;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The residence permit she holds and where its renewal window stands (C6). Runs in the caller's
 * transaction.
 */
@ApplicationScoped
class ProcedurePermits {

  @Inject AccessPolicy policy;
  @Inject ProcedureRepository procedures;
  @Inject Journal journal;
  @Inject TimeSource clock;

  /** Her permits, the current one first. */
  List<PermitView> permits(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "permit.list");
    LocalDate today = clock.today();
    return procedures.permits(person.id().value()).stream().map(r -> view(r, today)).toList();
  }

  /** The permit she holds now; the previous ones are replaced. */
  PermitView recordPermit(PersonId personId, NewPermit input) {
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
      throw InvalidInputException.from(e, "permitType");
    }
    for (ResidencePermit earlier : procedures.permits(person.id().value())) {
      earlier.replace(today);
    }
    procedures.add(r);
    journal.record(
        user.journal().about(person).success("permit.record", "expires " + r.expiresOn()));
    return view(r, today);
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
