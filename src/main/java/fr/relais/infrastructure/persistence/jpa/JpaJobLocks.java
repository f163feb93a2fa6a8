package fr.relais.infrastructure.persistence.jpa;

import fr.relais.domain.shared.JobLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * {@link JobLocks} on the {@code job_lock} table, skip-locked on both databases: the only code that
 * claims a job's row.
 */
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
  public void ran(String job, Instant at) {
    em.createNativeQuery("update job_lock set last_run_at = ? where name = ?")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, job)
        .executeUpdate();
  }
}
