package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.AccountLockedException;
import fr.relais.application.access.OwnSpaceEvaluator;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.mandate.Mandate;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.mandate.MandateRepository;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.personaccess.PersonAccess;
import fr.relais.domain.model.personaccess.PersonAccessRepository;
import fr.relais.domain.model.shielding.EmergencyLockRepository;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** The rules of {@link OwnSpaceEvaluator}, each decided here and nowhere else. */
@ApplicationScoped
public class DefaultOwnSpaceEvaluator extends EvaluatorSupport implements OwnSpaceEvaluator {

  @Inject PersonAccessRepository personAccess;
  @Inject EmergencyLockRepository emergencyLocks;
  @Inject PersonRepository people;
  @Inject MandateRepository mandates;

  @Override
  public boolean canEnter(AuthenticatedUser user) {
    return user.role() == Role.BENEFICIARY;
  }

  @Override
  public AuthenticatedUser requireEnter(String action) {
    AuthenticatedUser user = currentUser();
    if (!canEnter(user)) {
      throw forbiddenRole(user, action, "account", user.accountId().toString());
    }
    // F6: under an emergency lock her own space shows nothing and changes nothing.
    List<UUID> records =
        personAccess.currentForAccount(user.accountId()).stream()
            .map(a -> a.person().value())
            .toList();
    if (emergencyLocks.latestActiveLockedAt(records).isPresent()) {
      journal.recordSeparately(
          user.journal().about("account", user.accountId().toString()).refused(action, "LOCKED"));
      throw new AccountLockedException(action);
    }
    return user;
  }

  @Override
  public AuthenticatedUser requireEnterEvenLocked(String action) {
    AuthenticatedUser user = currentUser();
    if (!canEnter(user)) {
      throw forbidden(
          user.journal().about("account", user.accountId().toString()).refused(action, "ROLE"));
    }
    return user;
  }

  @Override
  public List<PersonAccess> records(AuthenticatedUser user) {
    if (!canEnter(user)) {
      return List.of();
    }
    return personAccess.currentForAccount(user.accountId());
  }

  @Override
  public Person requireRecord(AuthenticatedUser user, PersonId personId, String action) {
    return personAccess.currentForAccount(user.accountId()).stream()
        .filter(a -> a.person().equals(personId))
        .findFirst()
        .flatMap(a -> people.find(a.person()))
        .orElseThrow(() -> hidden(user.journal().about("person", null).refused(action, "NOT_OWN")));
  }

  @Override
  public Mandate requireMandate(MandateId mandateId, String action) {
    AuthenticatedUser user = requireEnter(action);
    Mandate mandate = mandateId == null ? null : mandates.find(mandateId).orElse(null);
    if (mandate != null) {
      UUID person = mandate.personId();
      StructureId structure = mandate.structure();
      boolean own =
          records(user).stream()
              .anyMatch(a -> a.person().value().equals(person) && a.structure().equals(structure));
      if (own) {
        return mandate;
      }
    }
    throw hidden(
        user.journal()
            .about("mandate", mandate == null ? null : mandateId.toString())
            .refused(action, mandate == null ? "UNKNOWN" : "NOT_OWN"));
  }

  @Override
  public boolean canBecomeOwnLogin(Account existing) {
    return existing.role() == Role.BENEFICIARY && existing.isActive();
  }
}
