package fr.relais.domain.model.structure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of structures and of their accreditation history. */
public interface StructureRepository {
  Optional<Structure> find(StructureId id);

  void add(Structure structure);

  long count();

  /** Structures whose stored status is one of {@code statuses}, oldest request first. */
  List<Structure> withStatus(Collection<AccreditationStatus> statuses);

  void addDecision(AccreditationDecision decision);

  List<AccreditationDecision> decisions(StructureId id);

  boolean siretExists(String siret);
}
