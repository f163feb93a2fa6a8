package fr.relais.infrastructure.persistence.jpa.catalogue;

import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.catalogue.ProcedureType;
import fr.relais.domain.model.catalogue.ProcedureTypeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The procedure-type catalogue in the relational database. */
@ApplicationScoped
public class JpaProcedureTypeRepository implements ProcedureTypeRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<ProcedureType> find(ProcedureCode code) {
    return Optional.ofNullable(em.find(ProcedureType.class, code.value()));
  }

  @Override
  public List<ProcedureType> all() {
    return em.createNamedQuery("ProcedureType.all", ProcedureType.class).getResultList();
  }

  @Override
  public List<ProcedureType> active() {
    return em.createNamedQuery("ProcedureType.active", ProcedureType.class).getResultList();
  }

  @Override
  public List<ProcedureType> findAll(Collection<ProcedureCode> codes) {
    List<String> values = codes.stream().map(ProcedureCode::value).distinct().toList();
    if (values.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("ProcedureType.byCodes", ProcedureType.class)
        .setParameter("codes", values)
        .getResultList();
  }
}
