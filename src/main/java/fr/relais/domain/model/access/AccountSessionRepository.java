package fr.relais.domain.model.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The signed-in sessions of accounts (F3). */
public interface AccountSessionRepository {

  void add(AccountSession session);

  Optional<AccountSession> find(UUID id);

  /** An account's sessions not ended and started after {@code startedAfter}, newest first. */
  List<AccountSession> open(AccountId account, Instant startedAfter, int limit);
}
