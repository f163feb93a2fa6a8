package fr.relais.infrastructure.persistence.jpa;

import fr.relais.domain.shared.JobLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link JobLocks} on the {@code job_lock} table, skip-locked on both databases. */
@ApplicationScoped
public class JpaJobLocks implements JobLocks {

  @PersistenceContext private EntityManager em;

  @Override
  public boolean claim(String job) {
    return !em.createNativeQuery("select name from job_lock where name = ? for update skip locked")
        .setParameter(1, job)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<Instant> lastRun(String job) {
    List<?> rows =
        em.createNativeQuery("select last_run_at from job_lock where name = ?")
            .setParameter(1, job)
            .getResultList();
    return rows.stream().filter(r -> r != null).findFirst().map(JpaJobLocks::instant);
  }

  @Override
  public void ran(String job, Instant at) {
    em.createNativeQuery("update job_lock set last_run_at = ? where name = ?")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, job)
        .executeUpdate();
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("job_lock.last_run_at: " + value.getClass());
  }
}
