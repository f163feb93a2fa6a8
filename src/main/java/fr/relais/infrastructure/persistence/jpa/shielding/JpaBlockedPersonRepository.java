package fr.relais.infrastructure.persistence.jpa.shielding;

import fr.relais.domain.model.shielding.BlockedPerson;
import fr.relais.domain.model.shielding.BlockedPersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Blocked people, matched through {@code ix_blocked_person_match}. */
@ApplicationScoped
public class JpaBlockedPersonRepository implements BlockedPersonRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(BlockedPerson blocked) {
    em.persist(blocked);
  }

  @Override
  public Optional<BlockedPerson> find(UUID id) {
    return Optional.ofNullable(em.find(BlockedPerson.class, id));
  }

  @Override
  public List<BlockedPerson> activeFor(UUID personId) {
    return em.createQuery(
            "select b from BlockedPerson b where b.personId = :person and b.removedAt is null"
                + " order by b.addedAt, b.id",
            BlockedPerson.class)
        .setParameter("person", personId)
        .getResultList();
  }

  @Override
  public boolean matches(UUID personId, BlockedPerson.Kind kind, String fingerprint) {
    return !em.createQuery(
            "select b.id from BlockedPerson b where b.personId = :person and b.kind = :kind"
                + " and b.fingerprint = :fingerprint and b.removedAt is null",
            UUID.class)
        .setParameter("person", personId)
        .setParameter("kind", kind)
        .setParameter("fingerprint", fingerprint)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<BlockedPerson> activeMatching(
      UUID personId, java.util.Collection<String> fingerprints) {
    if (fingerprints.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select b from BlockedPerson b where b.personId = :person"
                + " and b.fingerprint in :fingerprints and b.removedAt is null"
                + " order by b.addedAt, b.id",
            BlockedPerson.class)
        .setParameter("person", personId)
        .setParameter("fingerprints", fingerprints)
        .getResultList();
  }

  @Override
  public List<BlockedPerson> activeMatchingInStructure(
      UUID structureId, java.util.Collection<String> fingerprints) {
    if (fingerprints.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select b from BlockedPerson b, Person p where p.id = b.personId"
                + " and p.structureId = :structure"
                + " and b.fingerprint in :fingerprints and b.removedAt is null"
                + " order by b.addedAt, b.id",
            BlockedPerson.class)
        .setParameter("structure", structureId)
        .setParameter("fingerprints", fingerprints)
        .getResultList();
  }
}
