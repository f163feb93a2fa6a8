package fr.relais.application.procedure.internal;

import fr.relais.application.notification.ReminderService;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.deadline.Deadline;
import fr.relais.domain.model.deadline.DeadlineKind;
import fr.relais.domain.model.deadline.DeadlineRepository;
import fr.relais.domain.model.notification.Reminder;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One page of the deadline sweep, in a transaction of its own: the open deadlines of a kind whose
 * step fell due in the span and has not fired, each step recorded once and its members told.
 */
@ApplicationScoped
public class DeadlinePages {

  /** What a page did, and whether it was full (more may follow). */
  record Result(int fired, int told, boolean full) {}

  @Inject DeadlineRepository deadlines;
  @Inject PersonRepository people;
  @Inject AccountRepository accounts;
  @Inject fr.relais.application.access.AccessPolicy policy;
  @Inject ReminderService reminders;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Result fire(
      DeadlineKind kind,
      DeadlineKind.Step step,
      LocalDate after,
      LocalDate until,
      LocalDate today,
      Instant now) {
    List<Deadline> page = deadlines.unfired(kind, step, after, until, DefaultDeadlineEngine.PAGE);
    Map<PersonId, Set<AccountId>> followers =
        people.assignees(
            page.stream().map(d -> new PersonId(d.personId())).collect(Collectors.toSet()));
    Map<UUID, Set<AccountId>> administrators = new HashMap<>();
    // One batch for the steps, one for the reminders and one for their mails or digest items.
    deadlines.fireAll(page, step, today, now);
    List<Reminder> due = new ArrayList<>();
    for (Deadline d : page) {
      for (AccountId member : audience(d, step, followers, administrators)) {
        due.add(new Reminder(member, step.reminder(), d.subjectId(), d.personId(), d.dueOn()));
      }
    }
    int told = reminders.remindAll(due, kind.notification());
    return new Result(page.size(), told, page.size() == DefaultDeadlineEngine.PAGE);
  }

  private Set<AccountId> audience(
      Deadline d,
      DeadlineKind.Step step,
      Map<PersonId, Set<AccountId>> followers,
      Map<UUID, Set<AccountId>> administrators) {
    Set<AccountId> members = new LinkedHashSet<>();
    Set<AccountId> hers = followers.getOrDefault(new PersonId(d.personId()), Set.of());
    if (step.audience().followers()) {
      members.addAll(hers);
    }
    if (step.audience().responsible()) {
      if (d.responsible() != null) {
        members.add(new AccountId(d.responsible()));
      } else {
        members.addAll(hers);
      }
    }
    if (step.audience().administrators()) {
      members.addAll(
          administrators.computeIfAbsent(
              d.structureId(),
              s ->
                  accounts.membersOf(new StructureId(s)).stream()
                      .filter(a -> policy.structures().administers(a, new StructureId(s)))
                      .map(Account::id)
                      .collect(Collectors.toCollection(LinkedHashSet::new))));
    }
    return members;
  }
}
