package fr.relais.infrastructure.mail;

import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Leases of {@code worker_lease}, for workers that hold a connection open longer than a transaction
 * should last (the inbound mail reader). A lease is taken by one conditional update — free,
 * expired, or already ours — so at most one node holds it at a time; the holder renews it, and if
 * its node dies another takes over once it has expired.
 */
@ApplicationScoped
public class DatabaseLeases {

  @PersistenceContext EntityManager em;

  /** Takes or renews the lease; true when this holder has it for {@code ttl} from now. */
  @Transactional(TxType.REQUIRES_NEW)
  public boolean claim(String name, String holder, Duration ttl) {
    Instant now = TimeSource.machineTime();
    return em.createNativeQuery(
                "update worker_lease set holder = ?, expires_at = ? where name = ?"
                    + " and (holder is null or holder = ? or expires_at < ?)")
            .setParameter(1, holder)
            .setParameter(2, Timestamp.from(now.plus(ttl)))
            .setParameter(3, name)
            .setParameter(4, holder)
            .setParameter(5, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void release(String name, String holder) {
    em.createNativeQuery(
            "update worker_lease set holder = null, expires_at = null where name = ? and holder = ?")
        .setParameter(1, name)
        .setParameter(2, holder)
        .executeUpdate();
  }
}
