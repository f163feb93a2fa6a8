package fr.relais.domain.model.administration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Takeover claims. */
public interface TakeoverClaimRepository {

  void add(TakeoverClaim claim);

  /** Attaches a document version of her file to the claim (its evidence). */
  void attach(UUID claim, UUID version);

  /** The document versions attached to the claim. */
  List<UUID> attachments(UUID claim);

  Optional<TakeoverClaim> find(UUID id);

  /** A record's claims, newest first. */
  List<TakeoverClaim> forPerson(UUID person);

  /** The claims of these structures in a status, oldest first, after the cursor, at most limit. */
  List<TakeoverClaim> ofStructures(
      Collection<UUID> structures, TakeoverClaim.Status status, Instant after, int limit);

  /** Pending claims past their escalation time and not escalated, locked, skipping locked ones. */
  List<TakeoverClaim> dueForEscalation(Instant now, int limit);
}
