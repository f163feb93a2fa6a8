package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.MandateEvaluator;
import fr.relais.application.access.PersonEvaluator;
import fr.relais.application.access.SealedEvaluator;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The rules of {@link SealedEvaluator}, each decided here and nowhere else. */
@ApplicationScoped
public class DefaultSealedEvaluator extends EvaluatorSupport implements SealedEvaluator {

  @Inject AccountRepository accounts;
  @Inject PersonRepository people;
  @Inject PersonEvaluator persons;
  @Inject MandateEvaluator mandates;

  @Override
  public boolean holdsProtectedCases(AuthenticatedUser user) {
    // Read on this request (S11): a habilitation withdrawn a moment ago counts.
    return accounts
        .find(user.accountId())
        .map(a -> a.isActive() && a.protectedCases())
        .orElse(false);
  }

  @Override
  public boolean canOpen(AuthenticatedUser user, Person person) {
    if (!memberOf(user, person.structure())
        || (user.role() != Role.SOCIAL_WORKER && user.role() != Role.STRUCTURE_ADMINISTRATOR)) {
      return false;
    }
    if (!holdsProtectedCases(user) || !people.isAssigned(person.id(), user.accountId())) {
      return false;
    }
    return mandates.anyActive(person);
  }

  @Override
  public boolean canOpenAll(AuthenticatedUser user, Person person) {
    return !person.isProtected() || canOpen(user, person);
  }

  @Override
  public boolean canOpenItem(AuthenticatedUser user, Person person, boolean classified) {
    if (person.isProtected()) {
      return canOpen(user, person);
    }
    return !classified || persons.canEdit(user, person);
  }

  @Override
  public void requireOpenItem(Person person, boolean classified, boolean sealed, String action) {
    AuthenticatedUser user = currentUser();
    if (!canOpenItem(user, person, classified)) {
      throw forbidden(
          user.journal().about(person).refused(action, sealed ? "SEALED" : "CLASSIFIED"));
    }
  }
}
