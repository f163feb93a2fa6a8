package fr.relais.domain.model.access;

import fr.relais.domain.model.structure.StructureId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of invitations. */
public interface InvitationRepository {
  void add(Invitation invitation);

  /**
   * The invitation whose token hashes to {@code tokenHash}, locked for the caller's transaction.
   */
  Optional<Invitation> findByTokenHashForUpdate(String tokenHash);

  Optional<Invitation> find(UUID id);

  List<Invitation> forStructure(StructureId structure);

  /** Invitations to open prefecture agent accounts, newest first. */
  List<Invitation> forPrefectureAgents();
}
