package fr.relais.application.person.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.person.FileClosureService;
import fr.relais.application.shielding.RetentionService;
import fr.relais.domain.model.person.ClosureReason;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.shielding.RetentionPolicy;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

/** Closing and reopening files, decided by the access policy, journaled (S61). */
@ApplicationScoped
@Transactional
public class DefaultFileClosureService implements FileClosureService {

  @Inject AccessPolicy policy;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject RetentionService retention;

  @Override
  public Closure status(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "person.closure.view");
    return view(person, policy.persons().canClose(policy.requireAuthenticated(), person));
  }

  @Override
  public Closure close(PersonId personId, String reason) {
    Person person = policy.persons().requireSeeFile(personId, "person.close");
    AuthenticatedUser user = allowed(person, "person.close");
    ClosureReason why;
    try {
      why = ClosureReason.valueOf(reason == null ? "" : reason.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "reason", "one of " + java.util.List.of(ClosureReason.values()));
    }
    if (person.closedAt().isPresent()) {
      throw new ConflictException("closure", "the file is already closed");
    }
    person.close(why, user.accountId().value(), clock.now());
    journal.record(user.journal().about(person).success("person.close", why.name()));
    return view(person, true);
  }

  @Override
  public Closure reopen(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "person.reopen");
    AuthenticatedUser user = allowed(person, "person.reopen");
    if (person.closedAt().isEmpty()) {
      throw new ConflictException("closure", "the file is not closed");
    }
    person.reopen();
    journal.record(user.journal().about(person).success("person.reopen"));
    return view(person, true);
  }

  private AuthenticatedUser allowed(Person person, String action) {
    policy.persons().requireClose(person, action);
    return policy.requireAuthenticated();
  }

  private Closure view(Person person, boolean canChange) {
    if (person.closedAt().isEmpty()) {
      return new Closure(false, null, null, null, null, canChange);
    }
    Instant closedAt = person.closedAt().get();
    LocalDate closedOn = closedAt.atZone(ZoneOffset.UTC).toLocalDate();
    RetentionPolicy p = retention.policy();
    // The job erases on the first day whose cutoff has passed the closure.
    return new Closure(
        true,
        closedAt,
        person.closureReason().name(),
        closedOn.plus(Period.ofYears(p.sealedDocumentYears())).plusDays(1),
        closedOn.plus(Period.ofYears(p.closedFileYears())).plusDays(1),
        canChange);
  }
}
