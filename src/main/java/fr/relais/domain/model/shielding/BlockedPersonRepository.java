package fr.relais.domain.model.shielding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The people blocked from protected people's files (F5). */
public interface BlockedPersonRepository {

  void add(BlockedPerson blocked);

  Optional<BlockedPerson> find(UUID id);

  /** The entries in force for this person, oldest first. */
  List<BlockedPerson> activeFor(UUID personId);

  /** Whether an entry in force for this person has this kind and fingerprint (one index probe). */
  boolean matches(UUID personId, BlockedPerson.Kind kind, String fingerprint);
}
