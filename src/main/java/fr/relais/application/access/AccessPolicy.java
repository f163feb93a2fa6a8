package fr.relais.application.access;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.NotFoundException;

/**
 * The one decision point for authorization (S10-S14). Each rule is written once here as a {@code
 * can...} answer and a {@code require...} that journals the refusal and throws. Resources and pages
 * never decide themselves; they call application services, which call this.
 *
 * <p>Every rule about a structure named in a route ({@code /structures/{id}/…}) refuses in one way
 * (S10, S40): who may know that structure ({@link #canViewStructure}) is refused with {@link
 * AccessDeniedException} (403); anyone else — a member of another structure, an agent of other
 * departments, an accompanied person — with {@link NotFoundException}, exactly as for an unknown
 * id. Journaled either way.
 */
public interface AccessPolicy {

  /** The current user, or {@link NotAuthenticatedException}. */
  AuthenticatedUser requireAuthenticated();

  /** Only the platform operator verifies the journal (S51: access to the journal is restricted). */
  boolean canVerifyJournal(AuthenticatedUser user);

  /**
   * @see #canVerifyJournal(AuthenticatedUser)
   */
  AuthenticatedUser requireJournalVerification();

  /** Only the platform operator moves the clock of a test installation. */
  boolean canControlClock(AuthenticatedUser user);

  /**
   * @see #canControlClock(AuthenticatedUser)
   */
  AuthenticatedUser requireClockControl();

  /** The platform operator registers structures that ask for accreditation. */
  boolean canRegisterStructure(AuthenticatedUser user);

  /**
   * @see #canRegisterStructure(AuthenticatedUser)
   */
  AuthenticatedUser requireRegisterStructure();

  /** Prefecture agents decide on accreditations (A1). */
  boolean canDecideAccreditation(AuthenticatedUser user);

  /**
   * A prefecture agent deciding on a structure they deal with (see {@link #coversStructure}). A
   * structure outside their departments is answered exactly like an unknown one (404, S40) and the
   * refusal is journaled; other roles are refused as any structure rule refuses (403 to who may
   * know the structure, 404 to anyone else).
   */
  AuthenticatedUser requireDecideAccreditation(fr.relais.domain.model.structure.StructureId target);

  /**
   * The departments an agent accredits a structure for must all be departments the agent covers
   * (A1, S10); otherwise the refusal is journaled and {@link InvalidInputException} names the field
   * {@code departments}. Nothing is changed.
   */
  void requireGrantDepartments(
      AuthenticatedUser agent,
      fr.relais.domain.model.structure.StructureId target,
      java.util.Set<String> departments);

  /**
   * A structure's record is seen by the operator, by its own members — even when it is not
   * accredited, so that they can see why — and by the prefecture agents who deal with it.
   */
  boolean canViewStructure(AuthenticatedUser user, fr.relais.domain.model.structure.StructureId id);

  /**
   * @see #canViewStructure; anyone who may not view it — a prefecture agent outside their
   *     departments, a member of another structure — is answered like for an unknown one (404) and
   *     the refusal is journaled.
   */
  AuthenticatedUser requireViewStructure(fr.relais.domain.model.structure.StructureId id);

  /**
   * Whether a prefecture agent deals with this structure: it asked for, or is accredited for, at
   * least one department the agent covers (S10). Always false for other roles.
   */
  boolean coversStructure(
      AuthenticatedUser user, fr.relais.domain.model.structure.Structure structure);

  /** Listing structures across the country: prefecture agents and the operator. */
  boolean canListStructures(AuthenticatedUser user);

  /**
   * @see #canListStructures(AuthenticatedUser)
   */
  AuthenticatedUser requireListStructures();

  /**
   * Which structures a listing may show: empty for every structure (the operator), otherwise the
   * departments of which a structure must concern at least one (a prefecture agent's own; none for
   * anyone else).
   */
  java.util.Optional<java.util.Set<String>> structureScope(AuthenticatedUser user);

  /** The platform operator opens, re-scopes and deactivates prefecture agents' accounts. */
  boolean canManagePrefectureAgents(AuthenticatedUser user);

  /**
   * @see #canManagePrefectureAgents(AuthenticatedUser)
   */
  AuthenticatedUser requireManagePrefectureAgents();

  /**
   * A verified identity without any account, the only one who may file a structure's own request
   * for accreditation (A1). An identity that already has an account (active or not) is refused with
   * {@link ConflictException} and the refusal journaled; no identity at all is {@link
   * NotAuthenticatedException}.
   */
  Applicant requireApplicant();

  /** The platform operator maintains the catalogue of procedure types. */
  boolean canEditCatalogue(AuthenticatedUser user);

  /**
   * @see #canEditCatalogue(AuthenticatedUser)
   */
  AuthenticatedUser requireEditCatalogue();

  /**
   * Who manages a structure's members: its active administrators; the platform operator may only
   * invite a structure's administrators (to open a new structure).
   */
  boolean canManageMembers(AuthenticatedUser user, fr.relais.domain.model.structure.StructureId id);

  /**
   * @see #canManageMembers
   */
  AuthenticatedUser requireManageMembers(fr.relais.domain.model.structure.StructureId id);

  /**
   * @see #canManageMembers; the operator passes for administrator invitations.
   */
  AuthenticatedUser requireInvite(
      fr.relais.domain.model.structure.StructureId id, fr.relais.domain.model.access.Role role);

  /**
   * An active member of this structure, whose structure is accredited and in force today (A1, S10,
   * S11): the precondition for anything done about the people it accompanies.
   */
  AuthenticatedUser requireActingMember(fr.relais.domain.model.structure.StructureId structure);

  /**
   * Who sees a person: administrators of the person's structure; social workers with the person on
   * their caseload; volunteers likewise, but never a protected person (A4).
   */
  boolean canSeePerson(AuthenticatedUser user, fr.relais.domain.model.person.Person person);

  /**
   * The person, if the current user may see them and their structure is in force; otherwise the
   * refusal is journaled and the answer is the same as for a person who does not exist (S40).
   */
  fr.relais.domain.model.person.Person requireSeePerson(String personId);

  /**
   * Whether this user's account holds the <em>protected cases</em> habilitation now (read on this
   * request, S11).
   */
  boolean holdsProtectedCases(AuthenticatedUser user);

  /**
   * Whether this user sees the person's file itself, beyond her name (F1, S12): anyone who {@link
   * #canSeePerson sees her}, except that a protected person's file is shown only to members who
   * hold the <em>protected cases</em> habilitation, read on this request (S11). The others see at
   * most her name and that her file is protected.
   */
  boolean canSeeFile(AuthenticatedUser user, fr.relais.domain.model.person.Person person);

  /**
   * The person, if the current user {@link #canSeeFile sees her file}. Someone who sees only her
   * name is refused with {@link AccessDeniedException} (they know she exists, nothing more); anyone
   * else gets the answer for a person who does not exist (S40). Every refusal is journaled.
   */
  fr.relais.domain.model.person.Person requireSeeFile(String personId, String action);

  /**
   * Whether sealed data of this person may be decrypted for this user (F2, S12): a member of her
   * structure who holds the <em>protected cases</em> habilitation, has her on their caseload, and
   * acts under a mandate of hers that is active today. Nobody else — the administrator included
   * unless they meet the same conditions.
   */
  boolean canOpenSealed(AuthenticatedUser user, fr.relais.domain.model.person.Person person);

  /**
   * Whether this user may read one classified or ordinary item of a file they see — a document, a
   * note (F2): for a protected person only under {@link #canOpenSealed}; a classified item (a
   * sensitive note, a classified document) of anyone else, who may correct her file (never a
   * volunteer); any other item, her file's audience.
   */
  boolean canOpenItem(
      AuthenticatedUser user, fr.relais.domain.model.person.Person person, boolean classified);

  /**
   * The vault's administration (its master keys, re-wrapping after a rotation): the platform
   * operator only; a refusal is journaled.
   */
  AuthenticatedUser requireVaultAdministration(String action);

  /**
   * The retention job's settings and runs, and running it now (S61): the platform operator only; a
   * refusal is journaled.
   */
  AuthenticatedUser requireRetentionAdministration(String action);

  /**
   * Who closes a file, and reopens it until it is erased: those who may correct the record
   * (administrators, social workers following her), never volunteers.
   */
  boolean canCloseFile(AuthenticatedUser user, fr.relais.domain.model.person.Person person);

  /**
   * Who records an in-person identity check (D1, S21): a member of her structure who may open her
   * file and holds the <em>identity checker</em> habilitation, read on this request (S11).
   */
  boolean canCheckIdentity(AuthenticatedUser user, fr.relais.domain.model.person.Person person);

  /**
   * Who starts a change of her contact email or flags an address of hers (E1, S32): who may correct
   * her record, acting under a mandate of hers active today; for a protected person, who may read
   * her sealed data (F2). Read on this request (S11).
   */
  boolean canChangeEmail(AuthenticatedUser user, fr.relais.domain.model.person.Person person);

  /**
   * Who acts on a procedure of hers — creates, files, rectifies, completes, cancels it, records
   * what the administration answered (C1, C2, B2): who may correct her record (never a volunteer),
   * for a protected person who may read her sealed data (F2), acting under a mandate of hers active
   * today whose scope covers that procedure type. Read on this request: a scope revoked a moment
   * ago refuses the next action (S11).
   */
  boolean canActOnProcedure(
      AuthenticatedUser user, fr.relais.domain.model.person.Person person, String procedureCode);

  /** Administrators and social workers record new people; volunteers do not. */
  boolean canCreatePerson(AuthenticatedUser user);

  /** Only the structure's administrators change caseloads. */
  boolean canAssign(AuthenticatedUser user, fr.relais.domain.model.person.Person person);

  /** Administrators, and social workers with the person on their caseload, correct the record. */
  boolean canEditPerson(AuthenticatedUser user, fr.relais.domain.model.person.Person person);

  /** Journals a refusal about a person and returns the exception that hides the person (S40). */
  NotFoundException refusePerson(
      AuthenticatedUser user, String action, String personId, String why);

  /**
   * Who hands a person their own access link, or ends that access: the structure's administrators
   * and the social workers following the person (never volunteers).
   */
  boolean canManagePersonAccess(
      AuthenticatedUser user, fr.relais.domain.model.person.Person person);

  /**
   * The current user, who must be an accompanied person with their own access; anyone else is
   * refused and the refusal journaled. Under an emergency lock of any of her records (F6), {@link
   * AccountLockedException}: nothing of her file is shown and nothing changes.
   */
  AuthenticatedUser requireBeneficiary(String action);

  /**
   * The records the current accompanied person may see now: those whose link is in force. Read on
   * every request, so an ended link stops access on the next request (S11).
   */
  java.util.List<fr.relais.domain.model.personaccess.PersonAccess> ownRecords(
      AuthenticatedUser beneficiary);

  /**
   * A mandate given by the current accompanied person, on a record whose link is in force;
   * otherwise the refusal is journaled and the answer is the one for a mandate that does not exist.
   */
  fr.relais.domain.model.mandate.Mandate requireOwnMandate(String mandateId, String action);

  /**
   * One of the records the signed-in person's own login is linked to (whether or not under a lock);
   * otherwise the refusal is journaled and the answer is the one for a record that does not exist.
   */
  /**
   * A prefecture agent covering a department of this structure decides its takeover claims (E3,
   * S33): never the filer, never a member of the filer's structure. Otherwise the refusal is
   * journaled and the answer is the one for a claim that does not exist.
   */
  AuthenticatedUser requireTakeoverDecision(
      fr.relais.domain.model.structure.StructureId structure, java.util.UUID filedBy);

  fr.relais.domain.model.person.Person requireOwnRecord(
      AuthenticatedUser user, String personId, String action);

  /**
   * Which of a structure's filed messages the current user sees (A5): the same rule as for the
   * files themselves — administrators every person's, social workers their caseload's, volunteers
   * their caseload's except protected people's. Requires an acting member of that structure.
   */
  fr.relais.domain.model.mailbox.MailboxRepository.Audience requireInboxAudience(
      fr.relais.domain.model.structure.StructureId structure);

  /** An administrator of this structure, acting for it (its accreditation in force). */
  AuthenticatedUser requireAdministratorOf(
      fr.relais.domain.model.structure.StructureId structure, String action);

  /** The platform operator, who sees the quarantine as counts and dates only (S13). */
  AuthenticatedUser requireQuarantineView();

  /**
   * Who sets a person's protected status, or changes its details (F1): an administrator of her
   * structure, or a social worker of that structure who holds the <em>protected cases</em>
   * habilitation and follows her (for a new record: who records her). Read on this request (S11).
   */
  boolean canSetProtection(AuthenticatedUser user, fr.relais.domain.model.person.Person person);

  /**
   * @see #canSetProtection; for someone recording a new person of this structure.
   */
  boolean canProtectNewPerson(
      AuthenticatedUser user, fr.relais.domain.model.structure.StructureId structure);

  /**
   * The current user authenticated at the provider within the configured window (S6: {@code
   * auth_time} of their login, asked for with {@code prompt=login}); otherwise the refusal is
   * journaled and {@link ReauthenticationRequiredException} asks them to sign in again.
   */
  AuthenticatedUser requireFreshAuthentication(
      String action, fr.relais.domain.model.journal.JournalSubject target);
}
