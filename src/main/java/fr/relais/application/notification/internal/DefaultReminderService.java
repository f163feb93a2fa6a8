package fr.relais.application.notification.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.notification.ReminderService;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.mandate.MandateRepository;
import fr.relais.domain.model.notification.Reminder;
import fr.relais.domain.model.notification.ReminderRepository;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Creates due reminders, in the application and, as each member chose, by a content-free mail
 * through the notification composer and the outbox. The run claims the {@code reminders} row of
 * {@code job_lock} with {@code SELECT ... FOR UPDATE SKIP LOCKED}: on a cluster, the node that gets
 * it does the work and the others skip; the unique key on reminders makes a second run the same day
 * create nothing.
 */
@ApplicationScoped
@Transactional
public class DefaultReminderService implements ReminderService {

  @PersistenceContext EntityManager em;
  @Inject MandateRepository mandates;
  @Inject PersonRepository people;
  @Inject TimeSource clock;
  @Inject AccessPolicy policy;
  @Inject fr.relais.application.notification.Notifications notifications;
  @Inject fr.relais.domain.model.access.AccountRepository accounts;
  @Inject fr.relais.application.identity.TakeoverClaimService takeovers;
  @Inject fr.relais.application.procedure.DeadlineService deadlines;
  @Inject ReminderRepository store;

  @Override
  public int runDue() {
    List<?> claimed =
        em.createNativeQuery(
                "select name from job_lock where name = 'reminders' for update skip locked")
            .getResultList();
    if (claimed.isEmpty()) {
      return 0; // another node is running it
    }
    // Every deadline, on the one engine (C5, C6; B1, B3, F1).
    int created = deadlines.sweep().reminders();
    // E3: takeover claims waiting past their working day go to the department's agents.
    created += takeovers.escalateDue();
    em.createNativeQuery("update job_lock set last_run_at = ? where name = 'reminders'")
        .setParameter(1, Timestamp.from(clock.now()))
        .executeUpdate();
    return created;
  }

  private int insert(AccountId member, String kind, UUID subject, LocalDate dueOn) {
    return remind(
            member,
            kind,
            subject,
            null,
            dueOn,
            fr.relais.domain.model.notification.NotificationKind.valueOf(kind))
        ? 1
        : 0;
  }

  @Override
  public boolean remind(
      AccountId member,
      String code,
      UUID subject,
      UUID person,
      LocalDate dueOn,
      fr.relais.domain.model.notification.NotificationKind kind) {
    return remindAll(List.of(new Reminder(member, code, subject, person, dueOn)), kind) == 1;
  }

  @Override
  public int remindAll(
      java.util.Collection<Reminder> candidates,
      fr.relais.domain.model.notification.NotificationKind kind) {
    if (candidates.isEmpty()) {
      return 0;
    }
    java.util.Set<Reminder> there = store.existing(candidates);
    java.util.Map<Reminder, Reminder> fresh = new java.util.LinkedHashMap<>();
    for (Reminder r : candidates) {
      if (!there.contains(r.identity())) {
        fresh.putIfAbsent(r.identity(), r); // once, even if computed twice in the page
      }
    }
    if (fresh.isEmpty()) {
      return 0;
    }
    store.addAll(fresh.values(), clock.now());
    // The same reminders by mail, through the one composer and the outbox (H4, S42).
    notifications.tellAll(fresh.values().stream().map(Reminder::member).toList(), kind);
    return fresh.size();
  }

  @Override
  public void notifyFollowersAndAdministrators(
      fr.relais.domain.model.person.Person person, String kind, String subjectId) {
    java.util.Set<AccountId> members = new java.util.LinkedHashSet<>(people.assignees(person.id()));
    for (fr.relais.domain.model.access.Account a : accounts.membersOf(person.structure())) {
      if (policy.structures().administers(a, person.structure())) {
        members.add(a.id());
      }
    }
    notifyMembers(members, kind, subjectId);
  }

  @Override
  public void notifyMembers(
      java.util.Collection<AccountId> members, String kind, String subjectId) {
    LocalDate today = clock.today();
    for (AccountId member : new java.util.LinkedHashSet<>(members)) {
      insert(member, kind, UUID.fromString(subjectId), today);
    }
  }

  @Override
  public void notifyFollowers(PersonId person, String kind, String subjectId) {
    LocalDate today = clock.today();
    for (AccountId member : people.assignees(person)) {
      remind(
          member,
          kind,
          UUID.fromString(subjectId),
          person.value(),
          today,
          fr.relais.domain.model.notification.NotificationKind.valueOf(kind));
    }
  }

  @Override
  public List<ReminderView> mine() {
    AuthenticatedUser user = policy.requireAuthenticated();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select id, kind, subject_id, person_id, due_on, created_at from reminder"
                    + " where account_id = ? order by created_at desc")
            .setParameter(1, user.accountId().value())
            .setMaxResults(200)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ReminderView(
                    uuid(r[0]),
                    (String) r[1],
                    uuid(r[2]),
                    r[3] == null ? null : uuid(r[3]),
                    toDate(r[4]),
                    toInstant(r[5])))
        .toList();
  }

  /** Native queries return UUIDs as objects on PostgreSQL and as 16 bytes on H2. */
  private static String uuid(Object o) {
    if (o instanceof byte[] b && b.length == 16) {
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(b);
      return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }
    return o.toString();
  }

  private static LocalDate toDate(Object o) {
    return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
  }

  private static java.time.Instant toInstant(Object o) {
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    return (java.time.Instant) o;
  }
}
