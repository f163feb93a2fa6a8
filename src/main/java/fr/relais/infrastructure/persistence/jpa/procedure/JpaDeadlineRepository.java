package fr.relais.infrastructure.persistence.jpa.procedure;

import fr.relais.domain.model.deadline.Deadline;
import fr.relais.domain.model.deadline.DeadlineKind;
import fr.relais.domain.model.deadline.DeadlineRepository;
import fr.relais.domain.model.person.Person;
import fr.relais.infrastructure.persistence.jpa.JdbcBatch;
import fr.relais.infrastructure.persistence.jpa.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The engine's sources, one indexed range query per kind of deadline, read by keyset pages on (due
 * date, subject); and the fired steps, whose primary key is the step's identity.
 */
@ApplicationScoped
public class JpaDeadlineRepository implements DeadlineRepository {

  /** Statuses in which a procedure still waits on the administration. */
  private static final String PENDING =
      "('FILED', 'DOCUMENTS_REQUESTED', 'UNDER_REVIEW', 'APPOINTMENT_SET')";

  /**
   * Her file is not closed: a lookup by primary key for each candidate, so that the range on the
   * deadline's own date drives the query (a join on the person would let a planner start from all
   * the open files).
   */
  private static final String OPEN_FILE =
      " and not exists (select 1 from person p where p.id = r.person_id"
          + " and p.closed_at is not null)";

  @PersistenceContext private EntityManager em;

  /**
   * Per kind: the columns (subject, person, structure, responsible, date) and the open condition.
   * The date is the due date itself, except for majority (the birth date, {@link
   * Person#birthDateComingOfAgeOn}).
   */
  private static String source(DeadlineKind kind) {
    return switch (kind) {
      case RENEWAL_WINDOW ->
          "select r.id as subject_key, r.person_id as person_key, r.structure_id as structure_key, null as responsible_key, r.window_closes_on as d"
              + " from residence_permit r"
              + " where r.replaced_on is null"
              + OPEN_FILE
              + " and not exists (select 1 from person_procedure x where x.person_id = r.person_id"
              + " and x.filed_on is not null and x.filed_on >= r.window_opens_on)";
      case DOCUMENT_REQUEST ->
          "select r.id as subject_key, r.person_id as person_key, r.structure_id as structure_key, x.responsible_id as responsible_key, r.due_on as d"
              + " from document_request r join person_procedure x on x.id = r.procedure_id"
              + " where r.status = 'OPEN' and x.status not in ('CLOSED', 'CANCELLED', 'WITHDRAWN')"
              + OPEN_FILE;
      case ADP ->
          "select r.id as subject_key, r.person_id as person_key, r.structure_id as structure_key, x.responsible_id as responsible_key, r.valid_until as d"
              + " from attestation r join person_procedure x on x.id = r.procedure_id"
              + " where r.kind = 'ADP' and r.superseded_on is null and x.status in "
              + PENDING
              + OPEN_FILE;
      case MANDATE_END ->
          "select r.id as subject_key, r.person_id as person_key, r.structure_id as structure_key, null as responsible_key, r.ends_on as d from mandate r"
              + " where r.status = 'ACTIVE'"
              + OPEN_FILE;
      case ASE_MAJORITY ->
          "select r.id as subject_key, r.id as person_key, r.structure_id as structure_key, null as responsible_key, r.birth_date as d from person r"
              + " where r.ase_minor = true and r.closed_at is null";
      case PROTECTION_ORDER_END ->
          "select r.id as subject_key, r.id as person_key, r.structure_id as structure_key, null as responsible_key, r.protection_order_ends_on as d from person r"
              + " where r.protected = true and r.protection_order_ends_on is not null"
              + " and r.closed_at is null";
    };
  }

  /** The column the range and the keyset apply to, as written in {@link #source}. */
  private static String dateColumn(DeadlineKind kind) {
    return switch (kind) {
      case RENEWAL_WINDOW -> "r.window_closes_on";
      case DOCUMENT_REQUEST -> "r.due_on";
      case ADP -> "r.valid_until";
      case MANDATE_END -> "r.ends_on";
      case ASE_MAJORITY -> "r.birth_date";
      case PROTECTION_ORDER_END -> "r.protection_order_ends_on";
    };
  }

  /** From the due date to the stored column's date. */
  private static LocalDate toColumn(DeadlineKind kind, LocalDate due) {
    return kind == DeadlineKind.ASE_MAJORITY ? Person.birthDateComingOfAgeOn(due) : due;
  }

  private static LocalDate fromColumn(DeadlineKind kind, LocalDate date) {
    return kind == DeadlineKind.ASE_MAJORITY ? Person.majorityDateOf(date) : date;
  }

  @Override
  public List<Deadline> open(
      DeadlineKind kind, LocalDate after, LocalDate until, Deadline.Cursor cursor, int limit) {
    return openOf(kind, null, null, after, until, cursor, limit);
  }

  @Override
  public List<Deadline> openOf(
      DeadlineKind kind,
      UUID structure,
      UUID follower,
      LocalDate after,
      LocalDate until,
      Deadline.Cursor cursor,
      int limit) {
    String date = dateColumn(kind);
    StringBuilder sql = new StringBuilder(source(kind));
    where(sql, kind, structure, follower, null);
    if (cursor != null) {
      sql.append(" and (").append(date).append(", r.id) > (:cursorDate, :cursorId)");
    }
    sql.append(" order by ").append(date).append(", r.id");
    Query q = em.createNativeQuery(sql.toString());
    bind(q, kind, structure, follower, null, after, until);
    if (cursor != null) {
      q.setParameter("cursorDate", toColumn(kind, cursor.dueOn()));
      q.setParameter("cursorId", cursor.subjectId());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setMaxResults(limit).getResultList();
    return rows.stream().map(r -> deadline(kind, r)).toList();
  }

  /** The range, the structure, the follower's caseload and, for the sweep, the step not fired. */
  private static void where(
      StringBuilder sql, DeadlineKind kind, UUID structure, UUID follower, String step) {
    String date = dateColumn(kind);
    String person =
        kind == DeadlineKind.ASE_MAJORITY || kind == DeadlineKind.PROTECTION_ORDER_END
            ? "r.id"
            : "r.person_id";
    sql.append(" and ").append(date).append(" > :after and ").append(date).append(" <= :until");
    if (structure != null) {
      sql.append(" and r.structure_id = :structure");
    }
    if (follower != null) {
      sql.append(" and ")
          .append(person)
          .append(" in (select c.person_id from caseload_assignment c where c.account_id = :me)");
    }
    if (step != null) {
      sql.append(
              " and not exists (select 1 from deadline_step s where s.kind = :kind"
                  + " and s.step = :step and s.subject_id = r.id and s.due_on = ")
          .append(date)
          .append(")");
    }
  }

  private static void bind(
      Query q,
      DeadlineKind kind,
      UUID structure,
      UUID follower,
      String step,
      LocalDate after,
      LocalDate until) {
    q.setParameter("after", toColumn(kind, after));
    q.setParameter("until", toColumn(kind, until));
    if (structure != null) {
      q.setParameter("structure", structure);
    }
    if (follower != null) {
      q.setParameter("me", follower);
    }
    if (step != null) {
      q.setParameter("kind", kind.name());
      q.setParameter("step", step);
    }
  }

  @Override
  public List<Deadline> unfired(
      DeadlineKind kind, DeadlineKind.Step step, LocalDate after, LocalDate until, int limit) {
    StringBuilder sql = new StringBuilder(source(kind));
    where(sql, kind, null, null, step.name());
    sql.append(" order by ").append(dateColumn(kind)).append(", r.id");
    Query q = em.createNativeQuery(sql.toString());
    bind(q, kind, null, null, step.name(), after, until);
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setMaxResults(limit).getResultList();
    return rows.stream().map(r -> deadline(kind, r)).toList();
  }

  @Override
  public long count(
      DeadlineKind kind, UUID structure, UUID follower, LocalDate after, LocalDate until) {
    StringBuilder sql = new StringBuilder(source(kind));
    where(sql, kind, structure, follower, null);
    Query q = em.createNativeQuery("select count(*) from (" + sql + ") t");
    bind(q, kind, structure, follower, null, after, until);
    return ((Number) q.getSingleResult()).longValue();
  }

  private static Deadline deadline(DeadlineKind kind, Object[] r) {
    return new Deadline(
        kind,
        NativeValues.uuid(r[0]),
        NativeValues.uuid(r[1]),
        NativeValues.uuid(r[2]),
        NativeValues.uuid(r[3]),
        fromColumn(kind, date(r[4])));
  }

  private static LocalDate date(Object o) {
    return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
  }

  @Override
  public void fireAll(List<Deadline> page, DeadlineKind.Step step, LocalDate today, Instant now) {
    java.time.OffsetDateTime at = now.atOffset(java.time.ZoneOffset.UTC);
    List<Object[]> rows =
        page.stream()
            .map(
                d ->
                    new Object[] {
                      d.kind().name(),
                      step.name(),
                      d.subjectId(),
                      toColumn(d.kind(), d.dueOn()),
                      d.personId(),
                      today,
                      at
                    })
            .toList();
    JdbcBatch.run(
        em,
        "insert into deadline_step (kind, step, subject_id, due_on, person_id, fired_on, fired_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  @Override
  public Optional<LocalDate> lastSwept() {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery("select last_swept_on from job_lock where name = 'deadlines'")
            .getResultList();
    return rows.stream().filter(r -> r != null).findFirst().map(JpaDeadlineRepository::date);
  }

  @Override
  public void swept(LocalDate day) {
    em.createNativeQuery("update job_lock set last_swept_on = ? where name = 'deadlines'")
        .setParameter(1, day)
        .executeUpdate();
  }
}
