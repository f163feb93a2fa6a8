package fr.relais.domain.model.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of procedures, their timelines, requests, attestations and people's permits. */
public interface ProcedureRepository {

  void add(Procedure procedure);

  void add(ProcedureEvent event);

  void add(DocumentRequest request);

  void add(Attestation attestation);

  void add(ResidencePermit permit);

  Optional<Procedure> find(ProcedureId id);

  /** The procedure, locked for this transaction (two actions on it never interleave). */
  Optional<Procedure> findForUpdate(ProcedureId id);

  /** A person's procedures, newest first (at most {@code limit}). */
  List<Procedure> ofPerson(UUID personId, int limit);

  /** A procedure's timeline, in order. */
  List<ProcedureEvent> events(ProcedureId id);

  List<DocumentRequest> requests(ProcedureId id);

  Optional<DocumentRequest> request(UUID id);

  List<Attestation> attestations(ProcedureId id);

  /** A person's permits, the current one first. */
  List<ResidencePermit> permits(UUID personId);

  /**
   * The procedures filed from this administration account since {@code since} (all of them if null)
   * that are not frozen yet: what an intruder may have filed while holding it (E3).
   */
  List<Procedure> filedFrom(UUID administrationAccount, LocalDate since);

  /** Where a page of the list by urgency stopped. */
  record UrgencyCursor(LocalDate nextDueOn, UUID id) {}

  /**
   * A line of the list by urgency, read in the same query: the procedure, her file, the name of the
   * member responsible and the labels of its type.
   */
  record UrgentLine(
      Procedure procedure,
      fr.relais.domain.model.person.Person person,
      String responsibleName,
      String labelFr,
      String labelEn) {}

  /**
   * One keyset page of a structure's procedures by urgency (nearest deadline first), filtered by
   * type, status, member responsible and, when {@code follower} is given, that member's caseload;
   * one query, read-only.
   */
  List<UrgentLine> byUrgency(
      UUID structure,
      String type,
      ProcedureStatus status,
      UUID responsible,
      UUID follower,
      UrgencyCursor after,
      int limit);

  void add(Blockage blockage);

  Optional<Blockage> blockage(UUID id);

  /** A procedure's blockages, oldest first. */
  List<Blockage> blockages(ProcedureId id);

  /**
   * One keyset page of the blockages of these structures in a status, oldest first, strictly after
   * ({@code afterAt}, {@code afterId}) when given.
   */
  List<Blockage> blockagesOf(
      java.util.Collection<UUID> structures,
      String status,
      java.time.Instant afterAt,
      UUID afterId,
      int limit);

  /**
   * One keyset page of the open requests for documents of these structures due on or before {@code
   * today}, on procedures still going in files not closed, by due date then id, strictly after
   * ({@code afterDue}, {@code afterId}) when given: what the prefecture waits for.
   */
  List<DocumentRequest> overdueOf(
      java.util.Collection<UUID> structures,
      LocalDate today,
      LocalDate afterDue,
      UUID afterId,
      int limit);

  /** These procedures, in no order. */
  List<Procedure> findAll(java.util.Collection<UUID> ids);

  /** How many procedures filed from this account are frozen for review. */
  long frozenFrom(UUID administrationAccount);
}
