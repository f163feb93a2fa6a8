package fr.relais.application.access;

import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.mandate.Mandate;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.personaccess.PersonAccess;
import java.util.List;

/**
 * An accompanied person's own space: her records, the mandates she gave, who accessed her data (F3,
 * F6, S11). Her records are those whose link is in force, read on every request, so an ended link
 * stops access on the next one.
 */
public interface OwnSpaceEvaluator {

  /** Whether this user enters an own space: an accompanied person with her own access. */
  boolean canEnter(AuthenticatedUser user);

  /**
   * The current user, who must {@link #canEnter enter an own space}; anyone else gets 403,
   * journaled {@code role <ROLE>} about their account. Under an emergency lock of any of her
   * records (F6), {@link AccountLockedException} (423), journaled {@code LOCKED}: nothing of her
   * file is shown and nothing changes.
   */
  AuthenticatedUser requireEnter(String action);

  /**
   * As {@link #requireEnter} whether or not her access is locked — locking and releasing are the
   * two things she may still do then (F6); anyone else gets 403, journaled {@code ROLE}.
   */
  AuthenticatedUser requireEnterEvenLocked(String action);

  /** The records this accompanied person may see now: those whose link is in force. */
  List<PersonAccess> records(AuthenticatedUser user);

  /**
   * One of the records the signed-in person's own login is linked to (whether or not under a lock);
   * otherwise the refusal is journaled ({@code NOT_OWN}) and the answer is the one for a record
   * that does not exist (404).
   */
  Person requireRecord(AuthenticatedUser user, PersonId personId, String action);

  /**
   * A mandate given by the current accompanied person ({@link #requireEnter}), on a record whose
   * link is in force; otherwise the refusal is journaled ({@code UNKNOWN}, {@code NOT_OWN}) and the
   * answer is the one for a mandate that does not exist (404).
   */
  Mandate requireMandate(MandateId mandateId, String action);

  /**
   * Whether a login that already has this account may become a person's own login through her
   * access link: only one that is already an active accompanied person's — never a member's, an
   * agent's or the operator's, never a deactivated one.
   */
  boolean canBecomeOwnLogin(Account existing);
}
