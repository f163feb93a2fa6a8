package fr.relais.domain.model.mailbox;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Storage of addresses, messages, attachments and read marks. */
public interface MailboxRepository {

  Optional<PersonMailToken> token(SubAddressToken token);

  Optional<PersonMailToken> currentToken(PersonId person);

  List<PersonMailToken> tokens(PersonId person);

  void add(PersonMailToken token);

  /** Flushes a retirement before the new token takes the "current" slot. */
  void flush();

  Optional<String> structureLocalPart(StructureId structure);

  Optional<StructureId> structureByLocalPart(String localPart);

  void setStructureLocalPart(StructureId structure, String localPart);

  boolean exists(String messageKey, String routeKey);

  /** Stores a new message and its body. */
  void add(InboundMessage message);

  Optional<MessageBody> body(MessageId id);

  void add(MessageAttachment attachment, byte[] content);

  Optional<InboundMessage> find(MessageId id);

  List<MessageAttachment> attachments(MessageId id);

  Optional<MessageAttachment> attachment(MessageId message, UUID attachmentId);

  Optional<byte[]> content(UUID attachmentId);

  /** Where a page starts after: the last row of the previous page. */
  record Cursor(Instant receivedAt, UUID id) {}

  /** Where a page of the triage starts after: the last row's level, arrival and id. */
  record UrgencyCursor(int urgency, Instant receivedAt, UUID id) {}

  /** Which messages of a structure a member sees: everyone's, or their caseload's. */
  record Audience(
      StructureId structure, Optional<AccountId> caseloadOf, boolean includeProtected) {}

  /** Filters of the structure's inbox. */
  enum Filter {
    ALL,
    UNREAD,
    URGENT,
    ASSIGNED_TO_ME
  }

  /**
   * A filed message as a list shows it: with the name of its person and of the member it is
   * assigned to, and whether the reader has read it — read with the message, in the same query.
   */
  record Listed(InboundMessage message, String personName, String assigneeName, boolean read) {}

  /** Filed messages the audience sees, newest first, as one index range at any depth. */
  List<Listed> inbox(Audience audience, Filter filter, AccountId reader, Cursor after, int limit);

  /** A person's filed messages, newest first. */
  List<Listed> personMessages(PersonId person, AccountId reader, Cursor after, int limit);

  /**
   * A structure's triage, the most urgent first ({@link InboundMessage#urgency()}), then the
   * newest, as one index range at any depth.
   */
  List<InboundMessage> triage(StructureId structure, UrgencyCursor after, int limit);

  /** Counts of unread and urgent messages the audience sees, each capped at {@code cap}. */
  long unreadCount(Audience audience, AccountId reader, int cap);

  long urgentCount(Audience audience, int cap);

  /** Urgent filed messages the audience sees, soonest due first. */
  List<Listed> urgentByDueDate(Audience audience, AccountId reader, int limit);

  long messageCount(PersonId person);

  /** Whether the message of this key (Message-ID or content hash) is filed in her record. */
  boolean isFiledFor(String messageKey, PersonId person);

  boolean isRead(MessageId message, AccountId reader);

  /** Replaces a kept attachment's content with its sealed form (F2). */
  void replaceWithSealed(UUID attachmentId, byte[] ciphertext);

  void markRead(MessageId message, AccountId reader, Instant at);

  void markUnread(MessageId message, AccountId reader);

  /** The platform's quarantine, seen by the operator as counts and dates only (S13). */
  record QuarantineSummary(long count, Map<TriageReason, Long> byReason, List<Dates> latest) {}

  /** When a quarantined message was sent (by its own header) and received. */
  record Dates(Instant sentAt, Instant receivedAt) {}

  QuarantineSummary quarantine(int latest);

  long triageCount(StructureId structure);
}
