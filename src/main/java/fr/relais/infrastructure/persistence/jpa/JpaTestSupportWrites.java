package fr.relais.infrastructure.persistence.jpa;

import fr.relais.application.platform.TestSupportWrites;
import fr.relais.domain.model.access.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** {@link TestSupportWrites}: one single-row insert, nothing else. */
@ApplicationScoped
public class JpaTestSupportWrites implements TestSupportWrites {

  @PersistenceContext private EntityManager em;

  @Override
  public UUID insert(AccountId account, Instant at) {
    UUID id = UUID.randomUUID();
    em.createNativeQuery(
            "insert into test_support_write (id, account_id, written_at) values (?, ?, ?)")
        .setParameter(1, id)
        .setParameter(2, account.value())
        .setParameter(3, Timestamp.from(at))
        .executeUpdate();
    return id;
  }
}
