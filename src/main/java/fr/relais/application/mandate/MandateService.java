package fr.relais.application.mandate;

import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Mandates (B1-B3): created with a generated consent document, active once the signed scan is
 * attached, revocable whole or scope by scope, expiring by date; and the one check every action on
 * someone's behalf goes through (B2).
 */
public interface MandateService {

  /** A new mandate. */
  record NewMandate(
      String legalBasis,
      String basisReference,
      String basisText,
      LocalDate startsOn,
      LocalDate endsOn,
      List<String> scopes) {}

  /** One procedure type of a mandate. */
  record ScopeView(String code, String label, boolean revoked, boolean revokedByPerson) {}

  /** A mandate as members see it. */
  record MandateView(
      String id,
      String personId,
      String legalBasis,
      String basisReference,
      String basisText,
      LocalDate startsOn,
      LocalDate endsOn,
      String status,
      String verificationCode,
      String consentSha256,
      boolean evidenceAttached,
      List<ScopeView> scopes,
      Instant createdAt,
      Instant revokedAt,
      String revocationReason,
      boolean revokedByPerson) {}

  /** A document to send back. */
  record Document(String fileName, String mediaType, byte[] content, String sha256) {}

  /** The answer of the on-behalf check. */
  record OnBehalf(boolean allowed, String mandateId, String procedureCode) {}

  /** A mandate that ends soon, for the structure's dashboard. */
  record Expiring(String mandateId, String personId, String personName, LocalDate endsOn) {}

  /**
   * Active mandates ending within {@code days} days: the whole structure for administrators, the
   * caller's caseload for social workers and volunteers.
   */
  List<Expiring> expiringSoon(StructureId structureId, Integer days);

  MandateView create(PersonId personId, NewMandate mandate);

  List<MandateView> forPerson(PersonId personId);

  MandateView get(MandateId mandateId);

  Document consentDocument(MandateId mandateId);

  /**
   * Attaches the signed scan: PDF, JPEG or PNG, at most 10 MiB, checked by content (S60).
   *
   * @throws InvalidInputException (field {@code evidence}) for a refused file; nothing changes
   */
  MandateView attachEvidence(MandateId mandateId, String mediaType, byte[] content);

  Document evidence(MandateId mandateId);

  MandateView revoke(MandateId mandateId, String reason);

  MandateView revokeScope(MandateId mandateId, ProcedureCode procedureCode);

  /**
   * B2, S10: may the current member act for this person on this procedure now? Allowed only with an
   * active, unexpired, unrevoked mandate of the member's structure whose scope covers it; refusals
   * are journaled and answered with {@link AccessDeniedException}.
   */
  OnBehalf requireOnBehalf(PersonId personId, String procedureCode);
}
