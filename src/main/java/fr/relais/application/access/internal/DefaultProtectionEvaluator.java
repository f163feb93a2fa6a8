package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.PersonEvaluator;
import fr.relais.application.access.ProtectionEvaluator;
import fr.relais.application.access.SealedEvaluator;
import fr.relais.application.access.StructureEvaluator;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The rules of {@link ProtectionEvaluator}, each decided here and nowhere else. */
@ApplicationScoped
public class DefaultProtectionEvaluator extends EvaluatorSupport implements ProtectionEvaluator {

  @Inject PersonRepository people;
  @Inject PersonEvaluator persons;
  @Inject SealedEvaluator sealed;
  @Inject StructureEvaluator structures;

  @Override
  public boolean canSet(AuthenticatedUser user, Person person) {
    if (!memberOf(user, person.structure())) {
      return false;
    }
    if (user.role() == Role.STRUCTURE_ADMINISTRATOR) {
      return true;
    }
    return user.role() == Role.SOCIAL_WORKER
        && sealed.holdsProtectedCases(user)
        && people.isAssigned(person.id(), user.accountId());
  }

  @Override
  public void requireSet(Person person, String action) {
    AuthenticatedUser user = currentUser();
    if (!canSet(user, person)) {
      throw forbidden(user.journal().about(person).refused(action, "ROLE"));
    }
  }

  @Override
  public boolean canProtectNew(AuthenticatedUser user, StructureId structure) {
    if (!memberOf(user, structure)) {
      return false;
    }
    return user.role() == Role.STRUCTURE_ADMINISTRATOR
        || user.role() == Role.SOCIAL_WORKER && sealed.holdsProtectedCases(user);
  }

  @Override
  public void requireProtectNew(StructureId structure) {
    AuthenticatedUser user = currentUser();
    if (!canProtectNew(user, structure)) {
      throw forbidden(
          user.journal()
              .in(user.structure().map(s -> s.value()).orElse(null))
              .about("person", null)
              .refused("person.create.protected", "ROLE"));
    }
  }

  @Override
  public boolean canLift(AuthenticatedUser user, Person person) {
    return structures.canAdminister(user, person.structure());
  }

  @Override
  public AuthenticatedUser requireLift(Person person, String action) {
    return structures.requireAdminister(person.structure(), action);
  }

  @Override
  public boolean canLock(AuthenticatedUser user, Person person) {
    return persons.canEdit(user, person);
  }

  @Override
  public void requireLock(Person person) {
    AuthenticatedUser user = currentUser();
    if (!canLock(user, person)) {
      throw forbidden(user.journal().about(person).refused("emergency.lock", "ROLE"));
    }
  }

  @Override
  public boolean canRelease(AuthenticatedUser user, Person person) {
    return structures.canAdminister(user, person.structure());
  }

  @Override
  public AuthenticatedUser requireRelease(Person person, String action) {
    return structures.requireAdminister(person.structure(), action);
  }
}
