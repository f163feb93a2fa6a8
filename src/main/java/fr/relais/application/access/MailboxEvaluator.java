package fr.relais.application.access;

import fr.relais.application.AuthenticatedUser;
import fr.relais.domain.model.mailbox.InboundMessage;
import fr.relais.domain.model.mailbox.MailboxRepository;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.structure.StructureId;

/**
 * The structure's inbox and its messages, triage and the quarantine (A5, F1, F2, S13, S40). A filed
 * message belongs to its person's file and is seen as her file is.
 */
public interface MailboxEvaluator {

  /** A message the current user may see, with its person when it is filed (null in triage). */
  record Seen(AuthenticatedUser user, InboundMessage message, Person person) {}

  /**
   * Which of a structure's filed messages the current user sees (A5): the same rule as for the
   * files themselves — administrators every person's, social workers their caseload's, volunteers
   * their caseload's except protected people's; a protected person's messages only with the
   * <em>protected cases</em> habilitation (F1). Requires an acting member of that structure ({@link
   * StructureEvaluator#requireActingMember}).
   */
  MailboxRepository.Audience requireInboxAudience(StructureId structure);

  /**
   * Whether this user has a structure's inbox at all, with its unread, urgent and triage counts: a
   * member of a structure ({@link StructureEvaluator#canEnterMemberSpace}); the operator,
   * prefecture agents and accompanied people have none. Which messages they see is {@link
   * #requireInboxAudience}'s answer.
   */
  boolean canSeeInbox(AuthenticatedUser user);

  /** Who triages the structure's unfiled mail: its administrators. */
  boolean canTriage(AuthenticatedUser user);

  /** An administrator of this structure acting for it, or refused as any structure rule. */
  AuthenticatedUser requireTriage(StructureId structure, String action);

  /**
   * The message, if the current user may see it: a message in triage, an administrator of its
   * structure (else {@code NOT_ADMINISTRATOR}); a filed one, who {@link PersonEvaluator#canSeeFile
   * sees its person's file} (else {@code NOT_ON_CASELOAD}); in either case acting for the
   * structure. An unknown id, or a message quarantined or discarded, is {@code UNKNOWN}. Every
   * refusal is answered as for a message that does not exist (404, S40), journaled under {@code
   * action}.
   *
   * @param message the message found under {@code messageId}, or null
   */
  Seen requireSee(MessageId messageId, InboundMessage message, String action);

  /**
   * Who acts on a message — assigns it, marks it urgent: who may correct its person's record
   * ({@link PersonEvaluator#canEdit}); never on a message in triage. 403, journaled {@code ROLE}.
   */
  void requireEdit(Seen seen, String action);

  /**
   * A sealed attachment is decrypted only for who may read her sealed data ({@link
   * SealedEvaluator#canOpen}, F2, S12); anyone else gets « masqué » ({@link
   * fr.relais.application.shielding.SealedDataException}, 403), journaled {@code sealed.open},
   * {@code mail-attachment}.
   */
  void requireOpenSealedAttachment(Seen seen);

  /** The platform operator, who sees the quarantine as counts and dates only (S13). */
  boolean canViewQuarantine(AuthenticatedUser user);

  /** {@link #canViewQuarantine}, or 403 journaled {@code mailbox.quarantine.view}. */
  AuthenticatedUser requireViewQuarantine();
}
