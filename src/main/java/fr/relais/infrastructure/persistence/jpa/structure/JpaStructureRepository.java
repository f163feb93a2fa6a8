package fr.relais.infrastructure.persistence.jpa.structure;

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
  public List<Structure> withStatusIn(
      Collection<AccreditationStatus> statuses, java.util.Set<String> departments) {
    if (departments.isEmpty()) {
      return List.of();
    }
    // Departments are stored comma-separated: match ",<code>," inside ",<requested>,<accredited>,".
    StringBuilder jpql =
        new StringBuilder("select s from Structure s where s.status in :statuses and (");
    int i = 0;
    for (String ignored : departments) {
      if (i > 0) {
        jpql.append(" or ");
      }
      jpql.append("concat(',', coalesce(s.departments, ''), ',',")
          .append(" coalesce(s.accreditedDepartments, ''), ',') like :d")
          .append(i++);
    }
    jpql.append(") order by s.createdAt, s.id");
    var query = em.createQuery(jpql.toString(), Structure.class).setParameter("statuses", statuses);
    i = 0;
    for (String code : departments) {
      query.setParameter("d" + i++, "%," + code + ",%");
    }
    return query.setMaxResults(500).getResultList();
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
  public boolean siretHeldByAnother(String siret, StructureId except) {
    return !em.createQuery(
            "select s.id from Structure s where s.siretHolder = :siret and s.id <> :except",
            Object.class)
        .setParameter("siret", siret)
        .setParameter("except", except.value())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public java.util.Map<String, Long> countBySiret(Collection<String> sirets) {
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    if (sirets.isEmpty()) {
      return counts;
    }
    for (Object[] row :
        em.createQuery(
                "select s.siret, count(s) from Structure s where s.siret in :sirets"
                    + " group by s.siret",
                Object[].class)
            .setParameter("sirets", java.util.Set.copyOf(sirets))
            .getResultList()) {
      counts.put((String) row[0], (Long) row[1]);
    }
    return counts;
  }
}
