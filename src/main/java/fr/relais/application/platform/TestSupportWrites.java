package fr.relais.application.platform;

import fr.relais.domain.model.access.AccountId;
import java.time.Instant;
import java.util.UUID;

/**
 * The benchmark's plain write ({@link TestSupportService#plainWrite}): one row of {@code
 * test_support_write}, in the caller's transaction. Implemented in infrastructure.
 */
public interface TestSupportWrites {

  /** Inserts one row for this account, written at {@code at}; returns its id. */
  UUID insert(AccountId account, Instant at);
}
