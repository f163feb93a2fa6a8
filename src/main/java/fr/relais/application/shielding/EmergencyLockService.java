package fr.relais.application.shielding;

import fr.relais.domain.model.person.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The emergency lock of a person's own access (F6, S11): the person herself, a member who follows
 * her or the structure's administrator sets it; at once every session of her account opened before
 * ends, and her own space, new access links and new linked logins are frozen. It is lifted only
 * when she (from her own access) and the administrator (freshly authenticated, S6) have both
 * released it. Journaled; nothing about it in any mail.
 */
public interface EmergencyLockService {

  /** The lock as a member sees it; {@code can...}: the access policy's answers, for the page. */
  record LockView(
      String personId,
      boolean locked,
      Instant lockedAt,
      boolean releasedByPerson,
      boolean releasedByAdministrator,
      boolean canLock,
      boolean canRelease) {}

  /** One of the person's own records under a lock, as she sees it: only whose it is. */
  record LockedRecord(String personId, String structureName, boolean releasedByYou) {}

  LockView get(PersonId personId);

  /** A member who follows her, or the administrator, locks her access (409 if it already is). */
  LockView lock(PersonId personId);

  /** The administrator's half of the release; lifts the lock when she has released it too. */
  LockView releaseAsAdministrator(PersonId personId);

  /** She locks her own access from one of her records: her session ends with it. */
  void lockFromOwnAccount(PersonId personId);

  /** Her half of the release, from her own access. */
  void releaseFromOwnAccount(PersonId personId);

  /** The current person's records under a lock (for her locked page). */
  List<LockedRecord> myLockedRecords();

  /**
   * When the latest lock in force on this person's account was set, if one is: sessions of her
   * account opened before end on their next request.
   */
  Optional<Instant> accountLockedSince(fr.relais.domain.model.access.AccountId account);
}
