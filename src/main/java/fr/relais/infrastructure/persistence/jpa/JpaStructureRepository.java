package fr.relais.infrastructure.persistence.jpa;

import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Structures in the relational database. */
@ApplicationScoped
public class JpaStructureRepository implements StructureRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Structure> find(StructureId id) {
    return Optional.ofNullable(em.find(Structure.class, id.value()));
  }

  @Override
  public void add(Structure structure) {
    em.persist(structure);
  }

  @Override
  public long count() {
    return em.createQuery("select count(s) from Structure s", Long.class).getSingleResult();
  }
}
