package fr.relais.infrastructure.persistence.jpa.mailbox;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.mailbox.AttachmentContent;
import fr.relais.domain.model.mailbox.InboundMessage;
import fr.relais.domain.model.mailbox.MailboxRepository;
import fr.relais.domain.model.mailbox.MessageAttachment;
import fr.relais.domain.model.mailbox.MessageBody;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.domain.model.mailbox.MessageStatus;
import fr.relais.domain.model.mailbox.PersonMailToken;
import fr.relais.domain.model.mailbox.SubAddressToken;
import fr.relais.domain.model.mailbox.TriageReason;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.infrastructure.persistence.jpa.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The mailbox in the relational database. Lists are keyset pages newest first on {@code
 * (structure_id, status, received_at, id)} or {@code (person_id, status, received_at, id)} — the
 * triage most urgent first on {@code (structure_id, status, urgency, received_at, id)} — with a
 * row-value comparison so that any page is one index range; who may see what is joined in the same
 * query (caseload, protection), never filtered afterwards.
 */
@ApplicationScoped
public class JpaMailboxRepository implements MailboxRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<PersonMailToken> token(SubAddressToken token) {
    return Optional.ofNullable(em.find(PersonMailToken.class, token.value()));
  }

  @Override
  public Optional<PersonMailToken> currentToken(PersonId person) {
    return em.createQuery(
            "select t from PersonMailToken t where t.currentFor = :person", PersonMailToken.class)
        .setParameter("person", person.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PersonMailToken> tokens(PersonId person) {
    return em.createQuery(
            "select t from PersonMailToken t where t.personId = :person order by t.createdAt",
            PersonMailToken.class)
        .setParameter("person", person.value())
        .getResultList();
  }

  @Override
  public void add(PersonMailToken token) {
    em.persist(token);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<String> structureLocalPart(StructureId structure) {
    return em.createNativeQuery("select mail_local_part from structure where id = ?")
        .setParameter(1, structure.value())
        .getResultStream()
        .filter(o -> o != null)
        .map(Object::toString)
        .findFirst();
  }

  @Override
  public Optional<StructureId> structureByLocalPart(String localPart) {
    return em.createNativeQuery("select id from structure where mail_local_part = ?")
        .setParameter(1, localPart)
        .getResultStream()
        .map(o -> new StructureId(NativeValues.uuid(o)))
        .findFirst();
  }

  @Override
  public void setStructureLocalPart(StructureId structure, String localPart) {
    em.createNativeQuery(
            "update structure set mail_local_part = ? where id = ? and mail_local_part is null")
        .setParameter(1, localPart)
        .setParameter(2, structure.value())
        .executeUpdate();
  }

  @Override
  public boolean exists(String messageKey, String routeKey) {
    return !em.createQuery(
            "select 1 from InboundMessage m where m.messageKey = :key and m.routeKey = :route",
            Integer.class)
        .setParameter("key", messageKey)
        .setParameter("route", routeKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(InboundMessage message) {
    em.persist(message);
    message.newBody().ifPresent(em::persist);
  }

  @Override
  public Optional<MessageBody> body(MessageId id) {
    return Optional.ofNullable(em.find(MessageBody.class, id.value()));
  }

  @Override
  public void add(MessageAttachment attachment, byte[] content) {
    em.persist(attachment);
    if (content != null) {
      em.persist(new AttachmentContent(attachment.id(), content));
    }
  }

  @Override
  public Optional<InboundMessage> find(MessageId id) {
    return Optional.ofNullable(em.find(InboundMessage.class, id.value()));
  }

  @Override
  public List<MessageAttachment> attachments(MessageId id) {
    return em.createQuery(
            "select a from MessageAttachment a where a.messageId = :m order by a.position",
            MessageAttachment.class)
        .setParameter("m", id.value())
        .getResultList();
  }

  @Override
  public Optional<MessageAttachment> attachment(MessageId message, UUID attachmentId) {
    MessageAttachment a = em.find(MessageAttachment.class, attachmentId);
    return a != null && a.messageId().equals(message) ? Optional.of(a) : Optional.empty();
  }

  @Override
  public Optional<byte[]> content(UUID attachmentId) {
    AttachmentContent c = em.find(AttachmentContent.class, attachmentId);
    return c == null ? Optional.empty() : Optional.of(c.content());
  }

  /** The audience's condition on a message {@code m}: caseload and protection. */
  private static String audience(Audience a) {
    return audience(a, false);
  }

  /** The audience's conditions; {@code joined}: the query has joined the message's person as p. */
  private static String audience(Audience a, boolean joined) {
    StringBuilder b = new StringBuilder();
    if (a.caseloadOf().isPresent()) {
      b.append(
          " and exists (select 1 from CaseloadAssignment c where c.personId = m.personId"
              + " and c.accountId = :member)");
    }
    if (!a.includeProtected()) {
      b.append(
          joined
              ? " and p.protectedPerson = false"
              : " and exists (select 1 from Person p where p.id = m.personId"
                  + " and p.protectedPerson = false)");
    }
    return b.toString();
  }

  private static void bind(TypedQuery<?> q, Audience a) {
    q.setParameter("structure", a.structure().value());
    a.caseloadOf().ifPresent(m -> q.setParameter("member", m.value()));
  }

  /**
   * The select of a list: each filed message with its person's names, its assignee's name and the
   * reader's read mark, joined (a person's row by primary key, a read mark by its key) so that a
   * page is one query.
   */
  private static final String LISTED =
      "select m, p.firstNames, p.lastName, a.displayName, r.messageId from InboundMessage m"
          + " join Person p on p.id = m.personId"
          + " left join Account a on a.id = m.assignedTo"
          + " left join MessageRead r on r.messageId = m.id and r.accountId = :reader"
          + " where m.status = fr.relais.domain.model.mailbox.MessageStatus.FILED";

  private static List<Listed> listed(TypedQuery<Object[]> q) {
    return q.getResultList().stream()
        .map(
            row ->
                new Listed(
                    (InboundMessage) row[0],
                    row[1] + " " + row[2],
                    (String) row[3],
                    row[4] != null))
        .toList();
  }

  @Override
  public List<Listed> inbox(
      Audience audience, Filter filter, AccountId reader, Cursor after, int limit) {
    StringBuilder jpql = new StringBuilder(LISTED).append(" and m.structureId = :structure");
    jpql.append(audience(audience, true));
    switch (filter) {
      case UNREAD -> jpql.append(" and r.messageId is null");
      case URGENT -> jpql.append(" and m.urgent = true");
      case ASSIGNED_TO_ME -> jpql.append(" and m.assignedTo = :reader");
      case ALL -> {
        // every filed message the audience sees
      }
    }
    if (after != null) {
      jpql.append(" and (m.receivedAt, m.id) < (:afterAt, :afterId)");
    }
    jpql.append(" order by m.receivedAt desc, m.id desc");
    TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
    bind(q, audience);
    q.setParameter("reader", reader.value());
    if (after != null) {
      q.setParameter("afterAt", after.receivedAt());
      q.setParameter("afterId", after.id());
    }
    return listed(q.setMaxResults(limit));
  }

  @Override
  public List<Listed> personMessages(PersonId person, AccountId reader, Cursor after, int limit) {
    TypedQuery<Object[]> q =
        em.createQuery(
                LISTED
                    + " and m.personId = :person"
                    + (after == null ? "" : " and (m.receivedAt, m.id) < (:afterAt, :afterId)")
                    + " order by m.receivedAt desc, m.id desc",
                Object[].class)
            .setParameter("person", person.value())
            .setParameter("reader", reader.value());
    if (after != null) {
      q.setParameter("afterAt", after.receivedAt()).setParameter("afterId", after.id());
    }
    return listed(q.setMaxResults(limit));
  }

  @Override
  public List<InboundMessage> triage(StructureId structure, UrgencyCursor after, int limit) {
    // The most urgent first, then the newest: every key descending, so that the row-value
    // comparison picks up exactly after the previous page's last row, on one index range
    // (structure_id, status, urgency, received_at, id).
    TypedQuery<InboundMessage> q =
        em.createQuery(
                "select m from InboundMessage m where m.structureId = :owner and m.status = :status"
                    + (after == null
                        ? ""
                        : " and (m.urgency, m.receivedAt, m.id) < (:afterUrgency, :afterAt,"
                            + " :afterId)")
                    + " order by m.urgency desc, m.receivedAt desc, m.id desc",
                InboundMessage.class)
            .setParameter("owner", structure.value())
            .setParameter("status", MessageStatus.TRIAGE);
    if (after != null) {
      q.setParameter("afterUrgency", after.urgency())
          .setParameter("afterAt", after.receivedAt())
          .setParameter("afterId", after.id());
    }
    return q.setMaxResults(limit).getResultList();
  }

  @Override
  public long unreadCount(Audience audience, AccountId reader, int cap) {
    TypedQuery<UUID> q =
        em.createQuery(
            "select m.id from InboundMessage m where m.structureId = :structure"
                + " and m.status = fr.relais.domain.model.mailbox.MessageStatus.FILED"
                + audience(audience)
                + " and not exists (select 1 from MessageRead r where r.messageId = m.id"
                + " and r.accountId = :reader)",
            UUID.class);
    bind(q, audience);
    q.setParameter("reader", reader.value());
    return q.setMaxResults(cap).getResultList().size();
  }

  @Override
  public long urgentCount(Audience audience, int cap) {
    TypedQuery<UUID> q =
        em.createQuery(
            "select m.id from InboundMessage m where m.structureId = :structure"
                + " and m.urgent = true"
                + " and m.status = fr.relais.domain.model.mailbox.MessageStatus.FILED"
                + audience(audience),
            UUID.class);
    bind(q, audience);
    return q.setMaxResults(cap).getResultList().size();
  }

  @Override
  public List<Listed> urgentByDueDate(Audience audience, AccountId reader, int limit) {
    TypedQuery<Object[]> q =
        em.createQuery(
            LISTED
                + " and m.structureId = :structure and m.urgent = true"
                + audience(audience, true)
                + " order by m.dueOn, m.receivedAt",
            Object[].class);
    bind(q, audience);
    q.setParameter("reader", reader.value());
    return listed(q.setMaxResults(limit));
  }

  @Override
  public long messageCount(PersonId person) {
    return em.createQuery(
            "select count(m) from InboundMessage m where m.personId = :person"
                + " and m.status = fr.relais.domain.model.mailbox.MessageStatus.FILED",
            Long.class)
        .setParameter("person", person.value())
        .getSingleResult();
  }

  @Override
  public boolean isFiledFor(String messageKey, PersonId person) {
    // uk_inbound_message (message_key, route_key): one index range of the key's few routes.
    return !em.createQuery(
            "select 1 from InboundMessage m where m.messageKey = :key and m.personId = :person"
                + " and m.status = fr.relais.domain.model.mailbox.MessageStatus.FILED",
            Integer.class)
        .setParameter("key", messageKey)
        .setParameter("person", person.value())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void replaceWithSealed(UUID attachmentId, byte[] ciphertext) {
    AttachmentContent c = em.find(AttachmentContent.class, attachmentId);
    if (c == null) {
      throw new IllegalStateException("no content for attachment " + attachmentId);
    }
    c.replaceWithSealed(ciphertext);
  }

  @Override
  public boolean isRead(MessageId message, AccountId reader) {
    return em.find(MessageRead.class, new MessageRead.Key(message.value(), reader.value())) != null;
  }

  @Override
  public void markRead(MessageId message, AccountId reader, Instant at) {
    if (em.find(MessageRead.class, new MessageRead.Key(message.value(), reader.value())) == null) {
      em.persist(new MessageRead(message.value(), reader.value(), at));
    }
  }

  @Override
  public void markUnread(MessageId message, AccountId reader) {
    MessageRead r =
        em.find(MessageRead.class, new MessageRead.Key(message.value(), reader.value()));
    if (r != null) {
      em.remove(r);
    }
  }

  @Override
  public QuarantineSummary quarantine(int latest) {
    Map<TriageReason, Long> byReason = new EnumMap<>(TriageReason.class);
    long total = 0;
    for (Object[] row :
        em.createQuery(
                "select m.reason, count(m) from InboundMessage m"
                    + " where m.status = fr.relais.domain.model.mailbox.MessageStatus.QUARANTINE"
                    + " group by m.reason",
                Object[].class)
            .getResultList()) {
      long n = (Long) row[1];
      total += n;
      if (row[0] != null) {
        byReason.put((TriageReason) row[0], n);
      }
    }
    List<Dates> dates =
        em
            .createQuery(
                "select m.sentAt, m.receivedAt from InboundMessage m"
                    + " where m.status = fr.relais.domain.model.mailbox.MessageStatus.QUARANTINE"
                    + " order by m.receivedAt desc",
                Object[].class)
            .setMaxResults(latest)
            .getResultList()
            .stream()
            .map(r -> new Dates((Instant) r[0], (Instant) r[1]))
            .toList();
    return new QuarantineSummary(total, byReason, dates);
  }

  @Override
  public long triageCount(StructureId structure) {
    return em.createQuery(
            "select count(m) from InboundMessage m where m.structureId = :structure"
                + " and m.status = :status",
            Long.class)
        .setParameter("structure", structure.value())
        .setParameter("status", MessageStatus.TRIAGE)
        .getSingleResult();
  }
}
