package fr.relais.application.procedure.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.journal.Journal;
import fr.relais.application.notification.ReminderService;
import fr.relais.application.procedure.DeadlineService;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.deadline.Deadline;
import fr.relais.domain.model.deadline.DeadlineKind;
import fr.relais.domain.model.deadline.DeadlineRepository;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.JobLocks;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The deadline engine. A sweep claims the {@code deadlines} job of {@link JobLocks} (skip locked:
 * one node sweeps, the others skip) and, for every kind and step, reads by pages of {@value #PAGE}
 * the open deadlines whose step fell due since the last sweep and has not fired, records each step
 * once (its identity: kind, step, subject, due date) and tells its members. A step on day {@code t
 * = due - d} fires when the sweep covers {@code t}; a deadline recorded after its step's day still
 * gets that step if its due date has not passed, and a step on or after the due date catches up on
 * deadlines that fell due within the last {@value #CATCH_UP_DAYS} days (recorded late, or before
 * the first sweep). Nothing is held in memory beyond a page.
 */
@ApplicationScoped
@Transactional
public class DefaultDeadlineEngine implements DeadlineService {

  static final int PAGE = 500;
  static final int CATCH_UP_DAYS = 30;

  /**
   * The dashboard, by due date, by {@code (due_on, subject_id)} in each kind's query; the kinds'
   * pages merged.
   */
  private static final Keyset<Deadline> DASHBOARD =
      Keyset.after(50, 200, d -> List.of(d.dueOn(), d.subjectId()), Part.DATE, Part.UUID);

  private static final int PAST_DAYS = 90;
  private static final int AHEAD_DAYS = 120;

  /** The sweep's row in {@code job_lock}. */
  static final String JOB = "deadlines";

  @Inject JobLocks locks;
  @Inject DeadlineRepository deadlines;
  @Inject DeadlinePages pages;
  @Inject PersonRepository people;
  @Inject AccountRepository accounts;
  @Inject ReminderService reminders;
  @Inject AccessPolicy policy;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Override
  public Sweep sweep() {
    if (!locks.claim(JOB)) {
      return new Sweep(false, null, null, Map.of(), 0); // another node is sweeping
    }
    LocalDate today = clock.today();
    Instant now = clock.now();
    LocalDate last = deadlines.lastSwept().orElse(today.minusDays(1));
    if (last.isAfter(today)) {
      last = today.minusDays(1); // the clock went back (a test installation): sweep today only
    }
    Map<String, Long> fired = new LinkedHashMap<>();
    int told = 0;
    for (DeadlineKind kind : DeadlineKind.values()) {
      for (DeadlineKind.Step step : kind.steps()) {
        LocalDate until = today.plusDays(step.daysBefore());
        LocalDate candidate = last.plusDays(step.daysBefore());
        LocalDate after;
        if (step.daysBefore() > 0) {
          // Before the due date: every day since the last sweep, and any deadline recorded since
          // whose due date has not passed.
          after = candidate.isBefore(today) ? candidate : today;
        } else {
          // On or after the due date: also a deadline recorded late, or before the first sweep,
          // if it fell due within the last CATCH_UP_DAYS.
          LocalDate floor = until.minusDays(CATCH_UP_DAYS);
          after = candidate.isBefore(floor) ? candidate : floor;
        }
        if (!after.isBefore(until)) {
          continue;
        }
        long count = 0;
        DeadlinePages.Result page;
        do {
          // Each page in its own transaction: a long catch-up never holds one huge transaction,
          // and what committed stays fired if the sweep stops (the next one goes on from there).
          page = pages.fire(kind, step, after, until, today, now);
          count += page.fired();
          told += page.told();
        } while (page.full());
        if (count > 0) {
          fired.put(kind.name() + "." + step.name(), count);
        }
      }
    }
    deadlines.swept(today);
    locks.ran(JOB, now);
    return new Sweep(true, last.plusDays(1), today, fired, told);
  }

  @Override
  public Dashboard dashboard(StructureId structure, String after, Integer limit) {
    AuthenticatedUser user = policy.procedures().requireSeeDeadlines(structure);
    Keyset.Request<Deadline> asked = DASHBOARD.read(after, limit);
    Deadline.Cursor cursor =
        asked.first() ? null : new Deadline.Cursor(asked.date(0), asked.uuid(1));
    LocalDate today = clock.today();
    UUID follower = policy.persons().listScope(user).map(AccountId::value).orElse(null);
    LocalDate from = today.minusDays(PAST_DAYS);
    LocalDate to = today.plusDays(AHEAD_DAYS);
    // Each kind's page in due-date order, merged: the first page of all of them.
    List<Deadline> merged = new ArrayList<>();
    for (DeadlineKind kind : DeadlineKind.values()) {
      merged.addAll(
          deadlines.openOf(kind, structure.value(), follower, from, to, cursor, asked.lookAhead()));
    }
    merged.sort(
        Comparator.comparing(Deadline::dueOn)
            .thenComparing(Deadline::subjectId)
            .thenComparing(d -> d.kind().ordinal()));
    Keyset.Window<Deadline> window = asked.window(merged);
    List<Deadline> page = window.rows();
    Map<PersonId, Person> files =
        people
            .findAll(page.stream().map(d -> new PersonId(d.personId())).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    Map<PersonId, Boolean> open = new HashMap<>();
    List<DeadlineView> items = new ArrayList<>();
    for (Deadline d : page) {
      Person p = files.get(new PersonId(d.personId()));
      // F1, S12: a protected person's deadlines only for who may open her file.
      if (p == null || !open.computeIfAbsent(p.id(), k -> policy.persons().canSeeFile(user, p))) {
        continue;
      }
      items.add(view(d, p, today));
    }
    Map<String, Long> counts = counts(structure.value(), follower, today);
    journal.record(
        user.journal()
            .in(structure.value())
            .success("deadline.dashboard", items.size() + " deadline(s)"));
    return Dashboard.of(window.page(items), counts);
  }

  /** Overdue (a request for documents is overdue on its due date), this week, this month, later. */
  private Map<String, Long> counts(UUID structure, UUID follower, LocalDate today) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("OVERDUE", 0L);
    counts.put("WEEK", 0L);
    counts.put("MONTH", 0L);
    counts.put("LATER", 0L);
    for (DeadlineKind kind : DeadlineKind.values()) {
      LocalDate overdueUntil = kind == DeadlineKind.DOCUMENT_REQUEST ? today : today.minusDays(1);
      LocalDate[] bounds = {
        today.minusDays(PAST_DAYS),
        overdueUntil,
        today.plusDays(7),
        today.plusDays(30),
        today.plusDays(AHEAD_DAYS)
      };
      String[] names = {"OVERDUE", "WEEK", "MONTH", "LATER"};
      for (int i = 0; i < names.length; i++) {
        counts.merge(
            names[i],
            deadlines.count(kind, structure, follower, bounds[i], bounds[i + 1]),
            Long::sum);
      }
    }
    return counts;
  }

  private static DeadlineView view(Deadline d, Person p, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, d.dueOn());
    boolean overdue = d.kind() == DeadlineKind.DOCUMENT_REQUEST ? days <= 0 : days < 0;
    String urgency = overdue ? "OVERDUE" : days <= 7 ? "WEEK" : days <= 30 ? "MONTH" : "LATER";
    String state = state(d.kind(), days, overdue);
    return new DeadlineView(
        d.kind().name(),
        state,
        d.subjectId().toString(),
        p.id().toString(),
        p.displayName(),
        d.dueOn(),
        days,
        urgency);
  }

  /** Where the deadline stands today, as the step most recently reached. */
  private static String state(DeadlineKind kind, long days, boolean overdue) {
    DeadlineKind.Step reached = null;
    for (DeadlineKind.Step s : kind.steps()) {
      if (days <= s.daysBefore()) {
        reached = s;
      }
    }
    if (overdue && reached == null) {
      reached = kind.steps().get(kind.steps().size() - 1);
    }
    return reached == null ? "UPCOMING" : reached.reminder();
  }
}
