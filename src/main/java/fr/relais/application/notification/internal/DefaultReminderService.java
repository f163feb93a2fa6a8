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
import fr.relais.domain.shared.JobLocks;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Creates due reminders, in the application and, as each member chose, by a content-free mail
 * through the notification composer and the outbox. The run claims the {@code reminders} job
 * ({@link JobLocks}): on a cluster, the node that gets it does the work and the others skip; the
 * unique key on reminders makes a second run the same day create nothing.
 */
@ApplicationScoped
@Transactional
public class DefaultReminderService implements ReminderService {

  /** The job's row in {@code job_lock}. */
  static final String JOB = "reminders";

  @Inject JobLocks locks;
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
    if (!locks.claim(JOB)) {
      return 0; // another node is running it
    }
    // Every deadline, on the one engine (C5, C6; B1, B3, F1).
    int created = deadlines.sweep().reminders();
    // E3: takeover claims waiting past their working day go to the department's agents.
    created += takeovers.escalateDue();
    locks.ran(JOB, clock.now());
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
    return store.latest(user.accountId(), 200).stream()
        .map(
            r ->
                new ReminderView(
                    r.id().toString(),
                    r.reminder().code(),
                    r.reminder().subject().toString(),
                    r.reminder().person() == null ? null : r.reminder().person().toString(),
                    r.reminder().dueOn(),
                    r.createdAt()))
        .toList();
  }
}
