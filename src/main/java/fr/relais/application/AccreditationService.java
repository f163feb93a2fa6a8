package fr.relais.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Structures and their accreditation (A1): the platform operator registers a structure's request, a
 * prefecture agent accredits, refuses, suspends, reinstates, revokes or renews it; members of the
 * structure see where it stands and why.
 */
public interface AccreditationService {

  /** A structure's request, as typed in a form or sent to the API. */
  record Registration(
      String name,
      String type,
      String siret,
      String addressLine,
      String postalCode,
      String city,
      List<String> departments,
      String contactEmail,
      String contactPhone) {}

  /** A prefecture decision. */
  record Decision(
      String decision,
      List<String> departments,
      LocalDate validFrom,
      LocalDate validUntil,
      String reason) {}

  /** One past decision. */
  record DecisionView(
      String decision,
      Instant decidedAt,
      Set<String> departments,
      LocalDate validFrom,
      LocalDate validUntil,
      String reason) {}

  /** A structure as its members, the operator and prefecture agents see it. */
  record StructureView(
      String id,
      String name,
      String type,
      String siret,
      String addressLine,
      String postalCode,
      String city,
      Set<String> departments,
      String contactEmail,
      String contactPhone,
      String status,
      boolean inForce,
      Set<String> accreditedDepartments,
      LocalDate accreditedFrom,
      LocalDate accreditedUntil,
      String statusReason,
      Instant requestedAt,
      List<DecisionView> decisions) {}

  /**
   * Registers a structure's request for accreditation.
   *
   * @throws InvalidInputException for an invalid field (SIRET checksum, department, email…) or a
   *     SIRET already registered
   */
  StructureView register(Registration registration);

  /** Structures in the given states (all when empty), oldest request first. */
  List<StructureView> list(List<String> statuses);

  StructureView get(String structureId);

  /**
   * Applies a prefecture decision.
   *
   * @throws InvalidInputException for missing or inconsistent data, or a decision that does not
   *     apply to the current status; nothing is changed
   */
  StructureView decide(String structureId, Decision decision);
}
