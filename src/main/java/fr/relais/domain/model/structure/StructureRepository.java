package fr.relais.domain.model.structure;

import java.util.Optional;

/** Storage of structures. */
public interface StructureRepository {
  Optional<Structure> find(StructureId id);

  void add(Structure structure);

  long count();
}
