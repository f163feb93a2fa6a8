package fr.relais.domain.model.administration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The administration accounts of people's records. */
public interface AdministrationAccountRepository {

  void add(AdministrationAccount account);

  Optional<AdministrationAccount> find(UUID id);

  /** A record's accounts, oldest first (at most a few). */
  List<AdministrationAccount> forPerson(UUID person);

  /** A record's accounts whose address moved and awaits its first message, locked. */
  List<AdministrationAccount> awaitingFirstMessage(UUID person);

  /** Whether the record already has an account with this identifier (keyed hash). */
  boolean exists(UUID person, String identifierFingerprint);
}
