package fr.relais.infrastructure.persistence.jpa;

import fr.relais.domain.model.structure.AccreditationDecision;
import fr.relais.domain.model.structure.AccreditationStatus;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
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

  @Override
  public List<Structure> withStatus(Collection<AccreditationStatus> statuses) {
    return em.createNamedQuery("Structure.byStatus", Structure.class)
        .setParameter("statuses", statuses)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public void addDecision(AccreditationDecision decision) {
    em.persist(decision);
  }

  @Override
  public List<AccreditationDecision> decisions(StructureId id) {
    return em.createNamedQuery("AccreditationDecision.byStructure", AccreditationDecision.class)
        .setParameter("structure", id.value())
        .getResultList();
  }

  @Override
  public boolean siretExists(String siret) {
    return !em.createQuery("select s.id from Structure s where s.siret = :siret", Object.class)
        .setParameter("siret", siret)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
