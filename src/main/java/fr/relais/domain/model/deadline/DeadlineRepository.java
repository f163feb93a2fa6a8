package fr.relais.domain.model.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the engine reads open deadlines and records the steps that fired. */
public interface DeadlineRepository {

  /**
   * One keyset page of the open deadlines of this kind due in ({@code after}, {@code until}],
   * ordered by due date then subject, strictly after {@code cursor} when given; in files that are
   * not closed. Never the whole set at once.
   */
  List<Deadline> open(
      DeadlineKind kind, LocalDate after, LocalDate until, Deadline.Cursor cursor, int limit);

  /**
   * The same, limited to this structure's files and, when {@code follower} is not null, to the
   * files on that member's caseload.
   */
  List<Deadline> openOf(
      DeadlineKind kind,
      UUID structure,
      UUID follower,
      LocalDate after,
      LocalDate until,
      Deadline.Cursor cursor,
      int limit);

  /**
   * One page of the open deadlines of this kind due in ({@code after}, {@code until}] whose {@code
   * step} has not fired for their current due date, by due date: the sweep's work, read without
   * loading the rest (the fired steps leave the set).
   */
  List<Deadline> unfired(
      DeadlineKind kind, DeadlineKind.Step step, LocalDate after, LocalDate until, int limit);

  /** How many open deadlines of this kind are due in ({@code after}, {@code until}]. */
  long count(DeadlineKind kind, UUID structure, UUID follower, LocalDate after, LocalDate until);

  /**
   * Records that this step fired today for each of these deadlines, in one batch. They come from
   * {@link #unfired} read in the transaction that holds the sweep, so none has fired yet; the
   * step's identity (the deadline, its due date and the step) is the primary key, so a second
   * record could not be written.
   */
  void fireAll(List<Deadline> deadlines, DeadlineKind.Step step, LocalDate today, Instant now);

  /**
   * The last day swept, if any; read in the transaction that holds the {@code deadlines} job
   * ({@link fr.relais.domain.shared.JobLocks}).
   */
  Optional<LocalDate> lastSwept();

  /** Records the last day swept (in the transaction that holds the job). */
  void swept(LocalDate day);
}
