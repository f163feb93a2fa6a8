package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.PersonEvaluator;
import fr.relais.application.access.SealedEvaluator;
import fr.relais.application.access.StructureEvaluator;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** The rules of {@link PersonEvaluator}, each decided here and nowhere else. */
@ApplicationScoped
public class DefaultPersonEvaluator extends EvaluatorSupport implements PersonEvaluator {

  @Inject PersonRepository people;
  @Inject StructureEvaluator structures;
  @Inject SealedEvaluator sealed;

  @Override
  public boolean canSee(AuthenticatedUser user, Person person) {
    return sees(
        user.role(),
        user.structure(),
        person,
        () -> people.isAssigned(person.id(), user.accountId()));
  }

  @Override
  public boolean canSee(AuthenticatedUser user, Person person, Set<AccountId> followers) {
    return sees(user.role(), user.structure(), person, () -> followers.contains(user.accountId()));
  }

  @Override
  public boolean canSee(Account member, Person person, Set<AccountId> followers) {
    return member.isActive()
        && sees(member.role(), member.structure(), person, () -> followers.contains(member.id()));
  }

  /**
   * A4: administrators of her structure see her; members who follow her likewise, except
   * volunteers, who never follow a protected person.
   */
  private static boolean sees(
      Role role, Optional<StructureId> structure, Person person, BooleanSupplier follows) {
    if (!structure.map(person.structure()::equals).orElse(false)) {
      return false;
    }
    return switch (role) {
      case STRUCTURE_ADMINISTRATOR -> true;
      case SOCIAL_WORKER, VOLUNTEER -> follows(role, person) && follows.getAsBoolean();
      default -> false;
    };
  }

  @Override
  public boolean mayFollow(Account member, Person person) {
    return follows(member.role(), person);
  }

  /** A4, S11: volunteers never follow a protected person. */
  private static boolean follows(Role role, Person person) {
    return !(person.isProtected() && role == Role.VOLUNTEER);
  }

  @Override
  public Person requireSee(PersonId personId) {
    AuthenticatedUser user = currentUser();
    Person person = personId == null ? null : people.find(personId).orElse(null);
    if (person == null) {
      throw hidden(unseen(user, null, "UNKNOWN"));
    }
    if (!canSee(user, person)) {
      throw hidden(unseen(user, personId.toString(), "NOT_ON_CASELOAD"));
    }
    structures.requireActingMember(person.structure());
    return person;
  }

  /** The refusal of a person the user does not see, journaled in the user's structure (S40). */
  private static fr.relais.domain.model.journal.JournalRecord unseen(
      AuthenticatedUser user, String personId, String why) {
    return user.journal()
        .in(user.structure().map(s -> s.value()).orElse(null))
        .about("person", personId)
        .refused("person.view", why);
  }

  @Override
  public boolean canSeeFile(AuthenticatedUser user, Person person) {
    // F1: a protected person's file only with the protected-cases habilitation, read now (S11).
    return canSee(user, person) && (!person.isProtected() || sealed.holdsProtectedCases(user));
  }

  @Override
  public Person requireSeeFile(PersonId personId, String action) {
    Person person = requireSee(personId);
    AuthenticatedUser user = currentUser();
    if (!canSeeFile(user, person)) {
      throw forbidden(user.journal().about(person).refused(action, "PROTECTED_FILE"));
    }
    return person;
  }

  @Override
  public boolean canCreate(AuthenticatedUser user) {
    return user.role() == Role.STRUCTURE_ADMINISTRATOR || user.role() == Role.SOCIAL_WORKER;
  }

  @Override
  public AuthenticatedUser requireCreate(StructureId structure) {
    AuthenticatedUser user = structures.requireActingMember(structure);
    if (!canCreate(user)) {
      throw forbidden(
          user.journal()
              .in(user.structure().map(s -> s.value()).orElse(null))
              .about("person", null)
              .refused("person.create", "ROLE"));
    }
    return user;
  }

  @Override
  public boolean takesOnOwnCases(AuthenticatedUser user) {
    return user.role() == Role.SOCIAL_WORKER;
  }

  @Override
  public Optional<AccountId> listScope(AuthenticatedUser user) {
    return user.role() == Role.STRUCTURE_ADMINISTRATOR
        ? Optional.empty()
        : Optional.of(user.accountId());
  }

  @Override
  public boolean listsProtected(AuthenticatedUser user, boolean byExactValue) {
    return user.role() != Role.VOLUNTEER && (!byExactValue || sealed.holdsProtectedCases(user));
  }

  @Override
  public boolean canEdit(AuthenticatedUser user, Person person) {
    return canSeeFile(user, person)
        && (user.role() == Role.STRUCTURE_ADMINISTRATOR || user.role() == Role.SOCIAL_WORKER);
  }

  @Override
  public void requireEdit(Person person, String action) {
    AuthenticatedUser user = currentUser();
    if (!canEdit(user, person)) {
      throw forbidden(user.journal().about(person).refused(action, "ROLE"));
    }
  }

  @Override
  public void requireWrite(Person person, String action) {
    AuthenticatedUser user = currentUser();
    if (!canEdit(user, person)) {
      throw forbidden(user.journal().about(person).refused(action, "ROLE"));
    }
    // F2: a protected person's file is added to only by who may read it.
    if (person.isProtected() && !sealed.canOpen(user, person)) {
      throw forbidden(user.journal().about(person).refused(action, "SEALED"));
    }
  }

  @Override
  public void requireEditIdentifiers(Person person, String action) {
    AuthenticatedUser user = currentUser();
    if (!canEdit(user, person) || !sealed.canOpenAll(user, person)) {
      throw forbidden(user.journal().about(person).refused(action, "ROLE"));
    }
  }

  @Override
  public boolean canAssign(AuthenticatedUser user, Person person) {
    return user.role() == Role.STRUCTURE_ADMINISTRATOR && memberOf(user, person.structure());
  }

  @Override
  public void requireAssign(Person person) {
    AuthenticatedUser user = currentUser();
    if (!canAssign(user, person)) {
      throw forbidden(user.journal().about(person).refused("person.assign", "ROLE"));
    }
  }

  @Override
  public boolean canSeeHistory(AuthenticatedUser user, Person person) {
    return user.role() == Role.STRUCTURE_ADMINISTRATOR && memberOf(user, person.structure());
  }

  @Override
  public void requireSeeHistory(Person person) {
    AuthenticatedUser user = currentUser();
    if (!canSeeHistory(user, person)) {
      throw forbidden(user.journal().about(person).refused("person.history.view", "ROLE"));
    }
  }

  @Override
  public boolean canClose(AuthenticatedUser user, Person person) {
    return canEdit(user, person);
  }

  @Override
  public void requireClose(Person person, String action) {
    AuthenticatedUser user = currentUser();
    if (!canClose(user, person)) {
      throw forbidden(user.journal().about(person).refused(action, "ROLE"));
    }
  }

  @Override
  public boolean canManageAccess(AuthenticatedUser user, Person person) {
    return canEdit(user, person);
  }

  @Override
  public void requireManageAccess(Person person, String action) {
    AuthenticatedUser user = currentUser();
    if (!canManageAccess(user, person)) {
      throw forbidden(user.journal().about(person).refused(action, "ROLE"));
    }
  }
}
