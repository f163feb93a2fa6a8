package fr.relais.domain.model.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Storage of the procedure-type catalogue. */
public interface ProcedureTypeRepository {
  Optional<ProcedureType> find(ProcedureCode code);

  /** Every procedure type, active or not, in catalogue order (sort order, then code). */
  List<ProcedureType> all();

  /** The procedure types that can be chosen now, in catalogue order. */
  List<ProcedureType> active();

  /** The procedure types with these codes, in catalogue order; unknown codes are left out. */
  List<ProcedureType> findAll(Collection<ProcedureCode> codes);
}
