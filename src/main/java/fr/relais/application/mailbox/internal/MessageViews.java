package fr.relais.application.mailbox.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.access.MailboxEvaluator.Seen;
import fr.relais.application.mailbox.MailboxService.AttachmentView;
import fr.relais.application.mailbox.MailboxService.Member;
import fr.relais.application.mailbox.MailboxService.MessageSummary;
import fr.relais.application.mailbox.MailboxService.MessageView;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.mailbox.InboundMessage;
import fr.relais.domain.model.mailbox.MailboxRepository;
import fr.relais.domain.model.mailbox.MessageAttachment;
import fr.relais.domain.model.mailbox.MessageBody;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One message as the access policy lets a member see it: found or refused like one that does not
 * exist, shown with its attachments (openable or not), the members it may be assigned to; the
 * summaries of listed messages. Runs in the caller's transaction.
 */
@ApplicationScoped
class MessageViews {

  @Inject AccessPolicy policy;
  @Inject MailboxRepository mailbox;
  @Inject PersonRepository people;
  @Inject AccountRepository accounts;

  /** The message, for who may see it (404 otherwise, the refusal journaled). */
  Seen visible(MessageId messageId, String action) {
    InboundMessage m = messageId == null ? null : mailbox.find(messageId).orElse(null);
    return policy.mailbox().requireSee(messageId, m, action);
  }

  /** Members who may see the person's file: its followers and the structure's administrators. */
  List<Member> assignable(Person person) {
    Set<AccountId> followers = people.assignees(person.id());
    return accounts.membersOf(person.structure()).stream()
        .filter(a -> policy.persons().canSee(a, person, followers))
        .sorted(Comparator.comparing(Account::displayName))
        .map(a -> new Member(a.id().toString(), a.displayName()))
        .toList();
  }

  /** The message as shown to who has been found to see it. */
  MessageView messageView(Seen v) {
    InboundMessage m = v.message();
    Optional<MessageBody> body = mailbox.body(m.id());
    List<MessageAttachment> all = mailbox.attachments(m.id());
    boolean opensSealed =
        v.person() != null
            && all.stream().anyMatch(MessageAttachment::sealed)
            && policy.sealed().canOpen(v.user(), v.person());
    List<AttachmentView> attachments =
        all.stream()
            .map(
                a ->
                    new AttachmentView(
                        a.id().toString(),
                        a.fileName(),
                        a.mediaType(),
                        a.sizeBytes(),
                        a.status().name(),
                        a.refusal(),
                        a.sealed(),
                        // S60: a refused attachment has no content to download (its link answers
                        // 404): never openable, sealed or not, whoever asks.
                        a.status() == MessageAttachment.Status.KEPT
                            && (!a.sealed() || opensSealed)))
            .toList();
    boolean canEdit = v.person() != null && policy.persons().canEdit(v.user(), v.person());
    String assignee =
        m.assignedTo() == null
            ? null
            : accounts.find(new AccountId(m.assignedTo())).map(Account::displayName).orElse(null);
    MessageSummary summary =
        summaries(
                List.of(
                    new MailboxRepository.Listed(
                        m,
                        v.person() == null ? null : v.person().displayName(),
                        assignee,
                        mailbox.isRead(m.id(), v.user().accountId()))),
                v.user())
            .get(0);
    return new MessageView(
        summary,
        m.status().name(),
        m.reason() == null ? null : m.reason().name(),
        m.recipient(),
        m.sentAt(),
        body.map(MessageBody::text).orElse(null),
        body.map(MessageBody::html).orElse(null),
        attachments,
        canEdit,
        canEdit ? assignable(v.person()) : List.of());
  }

  /** Summaries of listed rows: the names and read marks came with the messages, in one query. */
  static List<MessageSummary> summaries(
      List<MailboxRepository.Listed> rows, AuthenticatedUser user) {
    return rows.stream()
        .map(
            l -> {
              InboundMessage m = l.message();
              return new MessageSummary(
                  m.id().toString(),
                  m.personId() == null ? null : m.personId().toString(),
                  m.personId() == null ? null : l.personName(),
                  m.sender(),
                  m.subject(),
                  m.receivedAt(),
                  m.kind(),
                  m.urgent(),
                  m.dueOn(),
                  l.read(),
                  m.assignedTo() == null ? null : m.assignedTo().toString(),
                  m.assignedTo() == null ? null : l.assigneeName(),
                  m.attachmentCount());
            })
        .toList();
  }
}
