package fr.relais.application.shielding.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.EmergencyLockService;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.personaccess.PersonAccess;
import fr.relais.domain.model.personaccess.PersonAccessRepository;
import fr.relais.domain.model.shielding.EmergencyLock;
import fr.relais.domain.model.shielding.EmergencyLockRepository;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The emergency lock (F6); each decision asked of the access policy, every step journaled. */
@ApplicationScoped
@Transactional
public class DefaultEmergencyLockService implements EmergencyLockService {

  @Inject AccessPolicy policy;
  @Inject EmergencyLockRepository locks;
  @Inject PersonRepository people;
  @Inject PersonAccessRepository access;
  @Inject StructureRepository structures;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Override
  public LockView get(PersonId personId) {
    Person person = policy.persons().requireSee(personId);
    return view(policy.requireAuthenticated(), person);
  }

  @Override
  public LockView lock(PersonId personId) {
    Person person = policy.persons().requireSee(personId);
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.protection().requireLock(person);
    if (locks.activeForUpdate(person.id().value()).isPresent()) {
      throw new ConflictException("emergencyLock", "her access is already locked");
    }
    locks.add(new EmergencyLock(person.id().value(), user.accountId().value(), clock.now()));
    journal.record(user.journal().about(person).success("emergency.lock"));
    return view(user, person);
  }

  @Override
  public LockView releaseAsAdministrator(PersonId personId) {
    Person person = policy.persons().requireSee(personId);
    String action = "emergency.release";
    AuthenticatedUser user = policy.protection().requireRelease(person, action);
    EmergencyLock lock =
        locks
            .activeForUpdate(person.id().value())
            .orElseThrow(() -> new ConflictException("emergencyLock", "her access is not locked"));
    policy.identity().requireFreshAuthentication(action, person); // S6
    boolean lifted = lock.releaseByAdministrator(user.accountId().value(), clock.now());
    journal.record(user.journal().about(person).success(action, "ADMINISTRATOR"));
    if (lifted) {
      journal.record(user.journal().about(person).success("emergency.lift"));
    }
    return view(user, person);
  }

  @Override
  public void lockFromOwnAccount(PersonId personId) {
    AuthenticatedUser user = ownUser("emergency.lock");
    Person person = ownRecord(user, personId, "emergency.lock");
    if (locks.activeForUpdate(person.id().value()).isEmpty()) {
      locks.add(new EmergencyLock(person.id().value(), user.accountId().value(), clock.now()));
      journal.record(user.journal().about(person).success("emergency.lock", "PERSON"));
    }
  }

  @Override
  public void releaseFromOwnAccount(PersonId personId) {
    AuthenticatedUser user = ownUser("emergency.release");
    Person person = ownRecord(user, personId, "emergency.release");
    EmergencyLock lock =
        locks
            .activeForUpdate(person.id().value())
            .orElseThrow(() -> new ConflictException("emergencyLock", "your access is not locked"));
    boolean lifted = lock.releaseByPerson(clock.now());
    journal.record(user.journal().about(person).success("emergency.release", "PERSON"));
    if (lifted) {
      journal.record(user.journal().about(person).success("emergency.lift"));
    }
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<LockedRecord> myLockedRecords() {
    AuthenticatedUser user = ownUser("emergency.view");
    List<LockedRecord> result = new ArrayList<>();
    for (PersonAccess link : access.currentForAccount(user.accountId())) {
      locks
          .active(link.person().value())
          .ifPresent(
              l ->
                  result.add(
                      new LockedRecord(
                          link.person().toString(),
                          structures.find(link.structure()).map(Structure::name).orElse(""),
                          l.releasedByPersonAt() != null)));
    }
    return result;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Instant> accountLockedSince(AccountId account) {
    return locks.latestActiveLockedAt(
        access.currentForAccount(account).stream().map(a -> a.person().value()).toList());
  }

  /**
   * The accompanied person herself — whether or not her access is locked: locking and releasing are
   * the two things she may still do then.
   */
  private AuthenticatedUser ownUser(String action) {
    return policy.own().requireEnterEvenLocked(action);
  }

  private Person ownRecord(AuthenticatedUser user, PersonId personId, String action) {
    return policy.own().requireRecord(user, personId, action);
  }

  private LockView view(AuthenticatedUser user, Person person) {
    Optional<EmergencyLock> lock = locks.active(person.id().value());
    return new LockView(
        person.id().toString(),
        lock.isPresent(),
        lock.map(EmergencyLock::lockedAt).orElse(null),
        lock.map(l -> l.releasedByPersonAt() != null).orElse(false),
        lock.map(l -> l.releasedByAdministratorAt() != null).orElse(false),
        lock.isEmpty() && policy.protection().canLock(user, person),
        lock.isPresent() && policy.protection().canRelease(user, person));
  }
}
