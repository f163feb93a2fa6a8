package fr.relais.application.access;

import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import java.util.Optional;
import java.util.Set;

/**
 * Accompanied people: who sees them, who sees their file, who corrects it (A4, F1, S10, S11, S40).
 *
 * <p>A person is seen by the administrators of her structure and by the members who follow her —
 * except that volunteers never follow, nor see, a protected person (A4). Her file, beyond her name,
 * is shown to those only who also hold the <em>protected cases</em> habilitation when she is
 * protected (F1). Her record is corrected by administrators and the social workers following her,
 * never by volunteers. Everything is read on this request (S11).
 *
 * <p>A refusal about a person the caller may not see is answered as for a person who does not exist
 * (404, S40); a refusal about one they see, 403 with the detail {@code ROLE} (or {@code SEALED}).
 */
public interface PersonEvaluator {

  /**
   * Who sees a person: administrators of her structure; social workers with her on their caseload;
   * volunteers likewise, but never a protected person (A4).
   */
  boolean canSee(AuthenticatedUser user, Person person);

  /** {@link #canSee}, with her followers already read (lists). */
  boolean canSee(AuthenticatedUser user, Person person, Set<AccountId> followers);

  /**
   * {@link #canSee} for a member other than the caller (who may be handed her message): an active
   * member of her structure who would see her.
   */
  boolean canSee(Account member, Person person, Set<AccountId> followers);

  /**
   * Whether this member may follow her: anyone of her structure, but a volunteer never follows a
   * protected person (A4, S11).
   */
  boolean mayFollow(Account member, Person person);

  /**
   * The person, if the current user {@link #canSee sees her} and acts for her structure ({@link
   * StructureEvaluator#requireActingMember}); otherwise the refusal is journaled ({@code
   * person.view}: {@code UNKNOWN}, {@code NOT_ON_CASELOAD}) and the answer is the one for a person
   * who does not exist (S40), as for no id at all.
   */
  Person requireSee(PersonId personId);

  /**
   * Whether this user sees the person's file itself, beyond her name (F1, S12): anyone who {@link
   * #canSee sees her}, except that a protected person's file is shown only to members who hold the
   * <em>protected cases</em> habilitation, read on this request (S11). The others see at most her
   * name and that her file is protected.
   */
  boolean canSeeFile(AuthenticatedUser user, Person person);

  /**
   * The person, if the current user {@link #canSeeFile sees her file}. Someone who sees only her
   * name is refused with 403, journaled {@code PROTECTED_FILE} under {@code action} (they know she
   * exists, nothing more); anyone else gets the answer for a person who does not exist (S40).
   */
  Person requireSeeFile(PersonId personId, String action);

  /** Administrators and social workers record new people; volunteers do not. */
  boolean canCreate(AuthenticatedUser user);

  /**
   * An acting member of this structure ({@link StructureEvaluator#requireActingMember}) who {@link
   * #canCreate records people}; otherwise 403 journaled {@code person.create}, {@code ROLE}.
   */
  AuthenticatedUser requireCreate(StructureId structure);

  /**
   * A social worker takes on the people they record, and a person they protect when volunteers
   * alone followed her, so that nobody is left unassigned (A4). An administrator, who sees every
   * file of the structure, is never assigned by default: recording a person, they name who follows
   * her.
   */
  boolean takesOnOwnCases(AuthenticatedUser user);

  /**
   * Whose caseload a listing of the structure's people covers: empty for all of them (its
   * administrators), otherwise the member's own (A4).
   */
  Optional<AccountId> listScope(AuthenticatedUser user);

  /**
   * Whether a listing shows protected people (by their name at least): never to volunteers (A4);
   * found by an exact value — her number, an email, a phone — only by members who hold the
   * <em>protected cases</em> habilitation (F1).
   */
  boolean listsProtected(AuthenticatedUser user, boolean byExactValue);

  /** Who corrects her record: administrators, and social workers with her on their caseload. */
  boolean canEdit(AuthenticatedUser user, Person person);

  /** {@link #canEdit}, or 403 journaled {@code ROLE} under {@code action}. */
  void requireEdit(Person person, String action);

  /**
   * Who adds to or changes her file — her contact, a document, a note: who may {@link #canEdit
   * correct her record} ({@code ROLE}); for a protected person, who may read her sealed data (F2,
   * {@link SealedEvaluator#canOpen}, else {@code SEALED}). 403, journaled under {@code action}.
   */
  void requireWrite(Person person, String action);

  /**
   * Who records her identifiers — an address flagged (S32), a residence permit, an administration
   * account: who may {@link #canEdit correct her record} and read all of it ({@link
   * SealedEvaluator#canOpenAll}, F2). 403, journaled {@code ROLE} either way.
   */
  void requireEditIdentifiers(Person person, String action);

  /** Only the administrators of her structure change caseloads (A4). */
  boolean canAssign(AuthenticatedUser user, Person person);

  /** {@link #canAssign}, or 403 journaled {@code person.assign}, {@code ROLE}. */
  void requireAssign(Person person);

  /** Who reads who accessed her file: the administrators of her structure. */
  boolean canSeeHistory(AuthenticatedUser user, Person person);

  /** {@link #canSeeHistory}, or 403 journaled {@code person.history.view}, {@code ROLE}. */
  void requireSeeHistory(Person person);

  /**
   * Who closes her file, and reopens it until it is erased (S61): who may {@link #canEdit correct
   * her record}, never volunteers.
   */
  boolean canClose(AuthenticatedUser user, Person person);

  /** {@link #canClose}, or 403 journaled {@code ROLE} under {@code action}. */
  void requireClose(Person person, String action);

  /**
   * Who hands a person her own access link, withdraws it or ends that access: who may {@link
   * #canEdit correct her record} (never volunteers).
   */
  boolean canManageAccess(AuthenticatedUser user, Person person);

  /** {@link #canManageAccess}, or 403 journaled {@code ROLE} under {@code action}. */
  void requireManageAccess(Person person, String action);
}
