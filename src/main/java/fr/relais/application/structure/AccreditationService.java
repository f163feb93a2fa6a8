package fr.relais.application.structure;

import fr.relais.domain.model.structure.StructureId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Structures and their accreditation (A1): a structure files its own request (its applicant becomes
 * its administrator), or the platform operator registers it on its behalf; a prefecture agent
 * covering one of its departments accredits, refuses, suspends, reinstates, revokes or renews it;
 * members of the structure see where it stands and why.
 *
 * <p>SIRET: any number of requests may carry the same SIRET (a refused request, or one filed by
 * someone who is not the structure, blocks no one), and the agent is shown how many other
 * structures carry it; at most one structure holds an accreditation for a SIRET, so a request or an
 * accreditation for a SIRET another structure holds is refused.
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
      List<DecisionView> decisions,
      String requestChannel,
      String applicantName,
      long otherStructuresWithSameSiret) {}

  /**
   * Registers a structure's request for accreditation on its behalf (platform operator).
   *
   * @throws InvalidInputException for an invalid field (SIRET checksum, department, email…) or a
   *     SIRET another structure holds an accreditation for
   */
  StructureView register(Registration registration);

  /**
   * Files a structure's own request for accreditation: creates the structure, REQUESTED, and the
   * account of the applicant — the verified identity without account making the request — as its
   * administrator, in one transaction (A1). The structure acts for no one until accredited.
   *
   * @throws InvalidInputException for an invalid field, or a SIRET another structure holds an
   *     accreditation for; nothing is created
   * @throws ConflictException when the identity already has an account (one request per identity)
   * @throws NotAuthenticatedException when no identity was verified
   */
  StructureView requestAccreditation(Registration registration);

  /**
   * Structures in the given states (all when empty), oldest request first: every structure for the
   * operator, those concerning their departments for a prefecture agent.
   */
  List<StructureView> list(List<String> statuses);

  StructureView get(StructureId structureId);

  /**
   * Applies a prefecture decision.
   *
   * @throws InvalidInputException for missing or inconsistent data, or a decision that does not
   *     apply to the current status; nothing is changed
   */
  StructureView decide(StructureId structureId, Decision decision);
}
