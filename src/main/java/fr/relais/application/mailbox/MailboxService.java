package fr.relais.application.mailbox;

import fr.relais.application.Page;
import fr.relais.domain.model.mailbox.AddressForm;
import fr.relais.domain.model.mailbox.MessageAttachmentId;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.domain.model.mailbox.MessageKind;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What members do with the mailbox, through the one access policy: the same rules as for the
 * person's file (structure in force, role, caseload, volunteers and protection). Every opening of a
 * message or an attachment is journaled (S50).
 */
public interface MailboxService {

  /** A person's sub-address, with how long it has been in use and the ones retired. */
  record AddressView(
      String personId,
      String address,
      String structureAddress,
      AddressForm form,
      Instant since,
      List<RetiredAddress> retired,
      boolean canRotate) {}

  /** A token no longer in use: mail to it is held for the administrator. */
  record RetiredAddress(String address, Instant retiredAt) {}

  /** One line of a list of messages. */
  record MessageSummary(
      String id,
      String personId,
      String personName,
      String sender,
      String subject,
      Instant receivedAt,
      MessageKind kind,
      boolean urgent,
      LocalDate dueOn,
      boolean read,
      String assignedTo,
      String assignedName,
      int attachmentCount) {}

  /**
   * An attachment: kept (downloadable) or refused, with why. A sealed one (F2: filed for a
   * protected person) has no name here; {@code openable} says whether this user may download it —
   * decrypted, for a sealed one; anyone else sees « masqué ». A refused one is never openable.
   */
  record AttachmentView(
      String id,
      String fileName,
      String mediaType,
      long sizeBytes,
      String status,
      String refusal,
      boolean sealed,
      boolean openable) {}

  /** A message opened: its summary, its texts (HTML already sanitised), its attachments. */
  record MessageView(
      MessageSummary summary,
      String status,
      String reason,
      String recipient,
      Instant sentAt,
      String text,
      String html,
      List<AttachmentView> attachments,
      boolean canEdit,
      List<Member> assignable) {}

  /** A member a message may be assigned to. */
  record Member(String id, String displayName) {}

  /** An attachment's bytes, to be served as a download only. */
  record Download(String fileName, String mediaType, byte[] content) {}

  /** Counts for the header badges, each capped (then {@code capped} is true). */
  record Counts(long unread, long urgent, long triage, boolean capped) {}

  /**
   * A message in triage as the administrator sees it, with what the urgency rules made of it on
   * arrival (A5): its kind, whether it is urgent and by when.
   */
  record TriageItem(
      String id,
      String reason,
      String recipient,
      String sender,
      String subject,
      Instant receivedAt,
      int attachmentCount,
      MessageKind kind,
      boolean urgent,
      LocalDate dueOn) {}

  /** The quarantine as the operator sees it (S13): counts and dates, never a body. */
  record QuarantineView(long count, Map<String, Long> byReason, List<QuarantineDates> latest) {}

  /** When a quarantined message was sent and received. */
  record QuarantineDates(Instant sentAt, Instant receivedAt) {}

  AddressView address(PersonId personId);

  /**
   * Her current sub-address, made (and journaled) if she has none yet — for services that already
   * asked the access policy about her file.
   */
  String subAddress(
      fr.relais.domain.model.person.Person person, fr.relais.application.AuthenticatedUser user);

  /** Retires the token and issues a new one (the address leaked). Members who may edit the file. */
  AddressView rotate(PersonId personId);

  /**
   * @param filter ALL, UNREAD, URGENT or ASSIGNED_TO_ME
   */
  Page<MessageSummary> inbox(StructureId structureId, String filter, String after, Integer limit);

  Page<MessageSummary> messages(PersonId personId, String after, Integer limit);

  /** Opens a filed message, or a triaged one for the structure's administrator; marks it read. */
  MessageView open(MessageId messageId);

  void markUnread(MessageId messageId);

  MessageView correctUrgency(MessageId messageId, Boolean urgent, String dueOn);

  /** Assigns to a member who may see the person, or to no one ({@code null}). */
  MessageView assign(MessageId messageId, String accountId);

  Download attachment(MessageId messageId, MessageAttachmentId attachmentId);

  /**
   * The structure's triage, the most urgent first (decisions against a person), then the newest.
   */
  Page<TriageItem> triage(StructureId structureId, String after, Integer limit);

  /**
   * Files a triaged message into a record of the structure. Administrators. A record that already
   * holds the same message (it came by her own address too) is refused with a conflict on {@code
   * personId}: a message is never twice in one record.
   */
  MessageView fileTriaged(MessageId messageId, String personId);

  void discardTriaged(MessageId messageId);

  QuarantineView quarantine();

  Counts counts();

  /** Urgent messages of the structure the user sees, soonest due first. */
  List<MessageSummary> urgent(StructureId structureId, Integer limit);

  /** How many messages a person's record holds (for the tab of the file). */
  long messageCount(PersonId personId);
}
