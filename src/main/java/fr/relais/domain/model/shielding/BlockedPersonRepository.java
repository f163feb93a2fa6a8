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

  /** The entries in force for this person whose fingerprint is one of these. */
  List<BlockedPerson> activeMatching(UUID personId, java.util.Collection<String> fingerprints);

  /**
   * The entries in force, for any person of this structure, whose fingerprint is one of these (an
   * index probe per fingerprint, then the person's structure).
   */
  List<BlockedPerson> activeMatchingInStructure(
      UUID structureId, java.util.Collection<String> fingerprints);
}
