package fr.relais.application.catalogue;

import fr.relais.domain.model.catalogue.ProcedureCode;
import java.util.List;

/**
 * The catalogue of procedure types (mandate scopes, procedures tracked): data, read by every
 * signed-in user, edited by the platform operator.
 */
public interface CatalogueService {

  /** One procedure type, in the caller's language and in both. */
  record ProcedureTypeView(
      String code,
      String label,
      String labelFr,
      String labelEn,
      String family,
      String channel,
      boolean forChild,
      boolean victimsEntry,
      boolean aseEntry,
      String legalReference,
      boolean active) {}

  /** What the operator may change. */
  record Change(String labelFr, String labelEn, Boolean active) {}

  /** Active types, or all of them (operator) when {@code includeInactive}. */
  List<ProcedureTypeView> list(boolean includeInactive);

  /**
   * Relabels or (de)activates a type.
   *
   * @throws InvalidInputException for blank or too long labels; nothing changes
   * @throws NotFoundException for an unknown code
   */
  ProcedureTypeView change(ProcedureCode code, Change change);
}
