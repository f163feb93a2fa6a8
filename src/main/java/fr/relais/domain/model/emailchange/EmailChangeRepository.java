package fr.relais.domain.model.emailchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Email changes and flagged addresses. */
public interface EmailChangeRepository {

  void add(EmailChange change);

  /** The change whose confirmation link is this SHA-256, locked. */
  Optional<EmailChange> byTokenHashForUpdate(String tokenHash);

  /** The change whose freeze link is this SHA-256, locked. */
  Optional<EmailChange> byFreezeHashForUpdate(String tokenHash);

  /** A person's changes not ended or confirmed (possibly expired), locked. */
  List<EmailChange> openForUpdate(UUID person);

  /** A person's changes, newest first, at most {@code limit}. */
  List<EmailChange> history(UUID person, int limit);

  /** When the person's latest change was started, if any. */
  Optional<Instant> latestStart(UUID person);

  void add(FlaggedAddress flagged);

  /** Whether this keyed hash is one of the person's flagged addresses. */
  boolean flagged(UUID person, String fingerprint);

  /** Whether one of these keyed hashes is one of the person's flagged addresses. */
  boolean flaggedAny(UUID person, java.util.Collection<String> fingerprints);

  /** The person's flagged addresses, newest first. */
  List<FlaggedAddress> flagged(UUID person);
}
