package fr.relais.domain.model.mandate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of mandates and their documents. */
public interface MandateRepository {
  void add(Mandate mandate);

  Optional<Mandate> find(MandateId id);

  List<Mandate> forPerson(UUID personId);

  void addDocument(MandateDocument document);

  /** The latest document of this kind, if any. */
  Optional<MandateDocument> document(MandateId mandate, MandateDocument.Kind kind);

  /** Active mandates whose end date falls between the two dates (inclusive), for reminders. */
  List<Mandate> activeEndingBetween(LocalDate from, LocalDate to);

  /** The same, for one structure, soonest first. */
  List<Mandate> activeEndingBetween(
      fr.relais.domain.model.structure.StructureId structure, LocalDate from, LocalDate to);
}
