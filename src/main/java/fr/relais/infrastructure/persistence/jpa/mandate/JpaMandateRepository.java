package fr.relais.infrastructure.persistence.jpa.mandate;

import fr.relais.domain.model.mandate.Mandate;
import fr.relais.domain.model.mandate.MandateDocument;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.mandate.MandateRepository;
import fr.relais.domain.model.mandate.MandateStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mandates in the relational database. */
@ApplicationScoped
public class JpaMandateRepository implements MandateRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Mandate mandate) {
    em.persist(mandate);
  }

  @Override
  public Optional<Mandate> find(MandateId id) {
    return Optional.ofNullable(em.find(Mandate.class, id.value()));
  }

  @Override
  public List<Mandate> forPerson(UUID personId) {
    return em.createQuery(
            "select m from Mandate m where m.personId = :person order by m.createdAt desc, m.id",
            Mandate.class)
        .setParameter("person", personId)
        .getResultList();
  }

  @Override
  public void addDocument(MandateDocument document) {
    em.persist(document);
  }

  @Override
  public Optional<MandateDocument> document(MandateId mandate, MandateDocument.Kind kind) {
    return em.createQuery(
            "select d from MandateDocument d where d.mandateId = :mandate and d.kind = :kind"
                + " order by d.createdAt desc",
            MandateDocument.class)
        .setParameter("mandate", mandate.value())
        .setParameter("kind", kind)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Mandate> activeEndingBetween(LocalDate from, LocalDate to) {
    return em.createQuery(
            "select m from Mandate m where m.status = :active and m.endsOn between :from and :to",
            Mandate.class)
        .setParameter("active", MandateStatus.ACTIVE)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  @Override
  public List<Mandate> activeEndingBetween(
      fr.relais.domain.model.structure.StructureId structure, LocalDate from, LocalDate to) {
    return em.createQuery(
            "select m from Mandate m where m.structureId = :structure and m.status = :active"
                + " and m.endsOn between :from and :to order by m.endsOn, m.id",
            Mandate.class)
        .setParameter("structure", structure.value())
        .setParameter("active", MandateStatus.ACTIVE)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(500)
        .getResultList();
  }
}
