package fr.relais.domain.model.shielding;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** Emergency locks of people's own access (F6). */
public interface EmergencyLockRepository {

  void add(EmergencyLock lock);

  /** The person's lock in force, locked for the caller's transaction. */
  Optional<EmergencyLock> activeForUpdate(UUID personId);

  /** The person's lock in force, read only. */
  Optional<EmergencyLock> active(UUID personId);

  /** When the latest lock in force on any of these people was set; empty when none is. */
  Optional<Instant> latestActiveLockedAt(Collection<UUID> personIds);
}
