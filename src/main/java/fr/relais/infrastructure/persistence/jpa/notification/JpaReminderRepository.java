package fr.relais.infrastructure.persistence.jpa.notification;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.notification.Reminder;
import fr.relais.domain.model.notification.ReminderRepository;
import fr.relais.infrastructure.persistence.jpa.JdbcBatch;
import fr.relais.infrastructure.persistence.jpa.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reminders by pages: one lookup of the identities already there, one batch of inserts. */
@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {

  private static final int IN_LIST = 500;

  @PersistenceContext private EntityManager em;

  @Override
  public Set<Reminder> existing(Collection<Reminder> candidates) {
    Set<Reminder> found = new HashSet<>();
    List<UUID> subjects = candidates.stream().map(Reminder::subject).distinct().toList();
    Set<String> codes = new HashSet<>();
    candidates.forEach(r -> codes.add(r.code()));
    for (int from = 0; from < subjects.size(); from += IN_LIST) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "select account_id, kind, subject_id, due_on from reminder"
                      + " where subject_id in (:subjects) and kind in (:codes)")
              .setParameter(
                  "subjects", subjects.subList(from, Math.min(subjects.size(), from + IN_LIST)))
              .setParameter("codes", codes)
              .getResultList();
      for (Object[] r : rows) {
        found.add(
            new Reminder(
                new AccountId(NativeValues.uuid(r[0])),
                (String) r[1],
                NativeValues.uuid(r[2]),
                null,
                r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3]));
      }
    }
    return found;
  }

  @Override
  public void addAll(Collection<Reminder> reminders, Instant at) {
    List<Object[]> rows = new ArrayList<>(reminders.size());
    java.time.OffsetDateTime created = at.atOffset(java.time.ZoneOffset.UTC);
    for (Reminder r : reminders) {
      rows.add(
          new Object[] {
            UUID.randomUUID(),
            r.member().value(),
            r.code(),
            r.subject(),
            r.person(),
            r.dueOn(),
            created
          });
    }
    JdbcBatch.run(
        em,
        "insert into reminder (id, account_id, kind, subject_id, person_id, due_on, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  @Override
  public List<Recorded> latest(AccountId member, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, kind, subject_id, person_id, due_on, created_at from reminder"
                    + " where account_id = ? order by created_at desc")
            .setParameter(1, member.value())
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Recorded(
                    NativeValues.uuid(r[0]),
                    new Reminder(
                        member,
                        (String) r[1],
                        NativeValues.uuid(r[2]),
                        NativeValues.uuid(r[3]),
                        r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4]),
                    NativeValues.instant(r[5])))
        .toList();
  }
}
