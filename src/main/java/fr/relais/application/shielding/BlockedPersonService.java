package fr.relais.application.shielding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Per protected person, the people who must never reach her file (F5): names with birth dates,
 * emails, phones, foreign-national numbers, kept only as keyed hashes ({@link Fingerprints}). Kept
 * by who may set her protection. Any attempt to link one of them to her record is refused with the
 * answer given for a target that does not exist, and her followers are alerted in the application.
 */
public interface BlockedPersonService {

  /** An entry as the members who keep the list see it: its kind and a hint, never the value. */
  record BlockedView(String id, String kind, String hint, Instant addedAt) {}

  /** A new entry: its kind, the value, and the birth date that goes with a name. */
  record NewBlocked(String kind, String value, LocalDate birthDate) {}

  List<BlockedView> list(String personId);

  BlockedView add(String personId, NewBlocked entry);

  void remove(String personId, String entryId);

  /**
   * Whether this raw value, of this kind, is blocked for this person. Used by every path that links
   * someone to her record; an unreadable value is never blocked (the path refuses it itself).
   */
  boolean isBlocked(fr.relais.domain.model.person.PersonId person, String kind, String rawValue);

  /**
   * An attempt by a blocked person was refused: her followers are told in the application (a
   * content-free notice, S42), and the attempt journaled by the caller.
   */
  void alert(fr.relais.domain.model.person.PersonId person);

  /**
   * Adds an intruder's email to her blocked persons for a decision already taken (a takeover claim
   * approved, S33), whether or not she is protected; an entry there already stays. Never told to
   * anyone.
   */
  void blockDecided(
      fr.relais.domain.model.person.PersonId person,
      String email,
      fr.relais.domain.model.access.AccountId by);
}
