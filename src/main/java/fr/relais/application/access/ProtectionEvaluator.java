package fr.relais.application.access;

import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.structure.StructureId;

/**
 * A person's protected status (F1), her blocked list (F5) and the emergency lock of her access
 * (F6). Read on this request (S11). Refusals are journaled {@code ROLE} and answered 403, the
 * person being one the caller sees.
 */
public interface ProtectionEvaluator {

  /**
   * Who sets a person's protected status, changes its details, records her consent to lifting it
   * met in person, and keeps her blocked list (F1, F5): an administrator of her structure, or a
   * social worker of that structure who holds the <em>protected cases</em> habilitation and follows
   * her.
   */
  boolean canSet(AuthenticatedUser user, Person person);

  /** {@link #canSet}, or 403 journaled {@code ROLE} under {@code action}. */
  void requireSet(Person person, String action);

  /**
   * {@link #canSet} for someone recording a new person of this structure: an administrator, or a
   * social worker holding the <em>protected cases</em> habilitation.
   */
  boolean canProtectNew(AuthenticatedUser user, StructureId structure);

  /** {@link #canProtectNew}, or 403 journaled {@code person.create.protected}, {@code ROLE}. */
  void requireProtectNew(StructureId structure);

  /**
   * Who lifts her protection, her consent given (F1): an administrator of her structure, acting for
   * it ({@link StructureEvaluator#requireAdminister} under {@code action}).
   */
  boolean canLift(AuthenticatedUser user, Person person);

  /** {@link #canLift}, refused as any structure rule. */
  AuthenticatedUser requireLift(Person person, String action);

  /**
   * Who locks her access in an emergency (F6): who may correct her record ({@link
   * PersonEvaluator#canEdit}).
   */
  boolean canLock(AuthenticatedUser user, Person person);

  /** {@link #canLock}, or 403 journaled {@code emergency.lock}, {@code ROLE}. */
  void requireLock(Person person);

  /**
   * Who releases the lock on the structure's side (F6): an administrator of her structure, acting
   * for it ({@link StructureEvaluator#requireAdminister} under {@code action}).
   */
  boolean canRelease(AuthenticatedUser user, Person person);

  /** {@link #canRelease}, refused as any structure rule. */
  AuthenticatedUser requireRelease(Person person, String action);
}
