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

  /**
   * Like {@link #withStatus(Collection)}, restricted to structures that asked for, or are
   * accredited for, at least one of {@code departments}.
   */
  List<Structure> withStatusIn(
      Collection<AccreditationStatus> statuses, java.util.Set<String> departments);

  void addDecision(AccreditationDecision decision);

  List<AccreditationDecision> decisions(StructureId id);

  /** Whether a structure other than {@code except} holds an accreditation for this SIRET. */
  boolean siretHeldByAnother(String siret, StructureId except);

  /** How many structures carry each of these SIRETs, whatever their status (absent: none). */
  java.util.Map<String, Long> countBySiret(Collection<String> sirets);
}
