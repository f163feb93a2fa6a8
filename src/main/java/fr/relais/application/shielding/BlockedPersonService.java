package fr.relais.application.shielding;

import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.shielding.BlockedEntryId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Per protected person, the people who must never reach her file (F5): names with birth dates,
 * emails, phones, foreign-national numbers (and the logins a takeover claim detached), kept only as
 * keyed hashes of their canonical forms. Kept by who may set her protection. Whether a value is on
 * the list is asked of the one {@link IdentityMatcher} (S46), which refuses any attempt to link it
 * to her record or her structure with the answer given for a target that does not exist and alerts
 * her followers in the application.
 */
public interface BlockedPersonService {

  /** An entry as the members who keep the list see it: its kind and a hint, never the value. */
  record BlockedView(String id, String kind, String hint, Instant addedAt) {}

  /** A new entry: its kind, the value, and the birth date that goes with a name. */
  record NewBlocked(String kind, String value, LocalDate birthDate) {}

  List<BlockedView> list(PersonId personId);

  BlockedView add(PersonId personId, NewBlocked entry);

  void remove(PersonId personId, BlockedEntryId entryId);

  /**
   * Adds an intruder's address or login to her blocked persons for a decision already taken (a
   * takeover claim approved, S33), whether or not she is protected; an entry there already stays.
   * Never told to anyone.
   */
  void blockDecided(
      fr.relais.domain.model.person.PersonId person,
      IdentityKey identity,
      fr.relais.domain.model.access.AccountId by);
}
