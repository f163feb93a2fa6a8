package fr.relais.infrastructure.persistence.jpa.notification;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.notification.NotificationMode;
import fr.relais.domain.model.notification.OutboxMail;
import fr.relais.domain.model.notification.OutboxRepository;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.infrastructure.persistence.jpa.JdbcBatch;
import fr.relais.infrastructure.persistence.jpa.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The outbox, preferences and digests in the relational database. */
@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(OutboxMail mail) {
    em.persist(mail);
  }

  @Override
  public List<OutboxMail> claimDue(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select id from outbox_mail where status = 'PENDING' and next_attempt_at <= ?"
                    + " order by next_attempt_at limit "
                    + limit
                    + " for update skip locked")
            .setParameter(1, Timestamp.from(now))
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select m from OutboxMail m where m.id in :ids", OutboxMail.class)
        .setParameter("ids", ids.stream().map(NativeValues::uuid).toList())
        .getResultList();
  }

  @Override
  public List<OutboxMail> page(
      StructureId structure,
      OutboxMail.Status status,
      Instant beforeCreatedAt,
      UUID beforeId,
      int limit) {
    var q =
        em.createQuery(
                "select m from OutboxMail m where m.structureId = :structure and m.status = :status"
                    + (beforeCreatedAt == null ? "" : " and (m.createdAt, m.id) < (:at, :id)")
                    + " order by m.createdAt desc, m.id desc",
                OutboxMail.class)
            .setParameter("structure", structure.value())
            .setParameter("status", status);
    if (beforeCreatedAt != null) {
      q.setParameter("at", beforeCreatedAt).setParameter("id", beforeId);
    }
    return q.setMaxResults(limit).getResultList();
  }

  @Override
  public Map<OutboxMail.Status, Long> counts(StructureId structure) {
    Map<OutboxMail.Status, Long> counts = new EnumMap<>(OutboxMail.Status.class);
    for (OutboxMail.Status s : OutboxMail.Status.values()) {
      counts.put(s, 0L);
    }
    for (Object[] row :
        em.createQuery(
                "select m.status, count(m) from OutboxMail m where m.structureId = :structure"
                    + " group by m.status",
                Object[].class)
            .setParameter("structure", structure.value())
            .getResultList()) {
      counts.put((OutboxMail.Status) row[0], (Long) row[1]);
    }
    return counts;
  }

  @Override
  public Map<NotificationKind, NotificationMode> preferences(AccountId account) {
    Map<NotificationKind, NotificationMode> out = new EnumMap<>(NotificationKind.class);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select event_kind, mode from notification_preference where account_id = ?")
            .setParameter(1, account.value())
            .getResultList();
    for (Object[] r : rows) {
      try {
        out.put(NotificationKind.valueOf((String) r[0]), NotificationMode.valueOf((String) r[1]));
      } catch (IllegalArgumentException retired) {
        // a kind no longer offered
      }
    }
    return out;
  }

  @Override
  public void setPreference(AccountId account, NotificationKind kind, NotificationMode mode) {
    em.createNativeQuery(
            "delete from notification_preference where account_id = ? and event_kind = ?")
        .setParameter(1, account.value())
        .setParameter(2, kind.name())
        .executeUpdate();
    em.createNativeQuery(
            "insert into notification_preference (account_id, event_kind, mode) values (?, ?, ?)")
        .setParameter(1, account.value())
        .setParameter(2, kind.name())
        .setParameter(3, mode.name())
        .executeUpdate();
  }

  @Override
  public Map<AccountId, NotificationMode> preferences(
      java.util.Collection<AccountId> accounts, NotificationKind kind) {
    Map<AccountId, NotificationMode> out = new java.util.HashMap<>();
    List<UUID> ids = accounts.stream().map(AccountId::value).distinct().toList();
    for (int from = 0; from < ids.size(); from += 500) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "select account_id, mode from notification_preference"
                      + " where event_kind = :kind and account_id in (:ids)")
              .setParameter("kind", kind.name())
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
              .getResultList();
      for (Object[] r : rows) {
        out.put(new AccountId(NativeValues.uuid(r[0])), NotificationMode.valueOf((String) r[1]));
      }
    }
    return out;
  }

  @Override
  public void addDigestItems(List<AccountId> accounts, NotificationKind kind, Instant at) {
    java.time.OffsetDateTime created = at.atOffset(java.time.ZoneOffset.UTC);
    JdbcBatch.run(
        em,
        "insert into notification_digest_item (id, account_id, event_kind, created_at)"
            + " values (?, ?, ?, ?)",
        accounts.stream()
            .map(a -> new Object[] {UUID.randomUUID(), a.value(), kind.name(), created})
            .toList());
  }

  @Override
  public List<AccountId> digestsDue(Instant before, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select account_id from notification_digest_item group by account_id"
                    + " having min(created_at) < ?")
            .setParameter(1, Timestamp.from(before))
            .setMaxResults(limit)
            .getResultList();
    List<AccountId> out = new ArrayList<>();
    for (Object o : rows) {
      out.add(new AccountId(NativeValues.uuid(o)));
    }
    return out;
  }

  @Override
  public int takeDigestItems(AccountId account) {
    return em.createNativeQuery("delete from notification_digest_item where account_id = ?")
        .setParameter(1, account.value())
        .executeUpdate();
  }
}
