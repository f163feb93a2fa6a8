package fr.relais.infrastructure.persistence.jpa.identity;

import fr.relais.domain.model.emailchange.EmailChange;
import fr.relais.domain.model.emailchange.EmailChangeRepository;
import fr.relais.domain.model.emailchange.FlaggedAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Email changes by link hash (unique) and by person (indexed); flagged addresses by person. */
@ApplicationScoped
public class JpaEmailChangeRepository implements EmailChangeRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(EmailChange change) {
    em.persist(change);
  }

  @Override
  public Optional<EmailChange> byTokenHashForUpdate(String tokenHash) {
    return em.createQuery(
            "select c from EmailChange c where c.link.tokenHash = :h", EmailChange.class)
        .setParameter("h", tokenHash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<EmailChange> byFreezeHashForUpdate(String tokenHash) {
    return em.createQuery(
            "select c from EmailChange c where c.freezeTokenHash = :h", EmailChange.class)
        .setParameter("h", tokenHash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<EmailChange> openForUpdate(UUID person) {
    return em.createQuery(
            "select c from EmailChange c where c.personId = :p and c.ending is null"
                + " and c.link.consumedAt is null and c.link.revokedAt is null",
            EmailChange.class)
        .setParameter("p", person)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<EmailChange> history(UUID person, int limit) {
    return em.createQuery(
            "select c from EmailChange c where c.personId = :p"
                + " order by c.link.createdAt desc, c.id",
            EmailChange.class)
        .setParameter("p", person)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<Instant> latestStart(UUID person) {
    return Optional.ofNullable(
        em.createQuery(
                "select max(c.link.createdAt) from EmailChange c where c.personId = :p",
                Instant.class)
            .setParameter("p", person)
            .getSingleResult());
  }

  @Override
  public void add(FlaggedAddress flagged) {
    em.persist(flagged);
  }

  @Override
  public boolean flagged(UUID person, String fingerprint) {
    return !em.createQuery(
            "select f.id from FlaggedAddress f where f.personId = :p and f.fingerprint = :f",
            UUID.class)
        .setParameter("p", person)
        .setParameter("f", fingerprint)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean flaggedAny(UUID person, java.util.Collection<String> fingerprints) {
    return !fingerprints.isEmpty()
        && !em.createQuery(
                "select f.id from FlaggedAddress f where f.personId = :p"
                    + " and f.fingerprint in :f",
                UUID.class)
            .setParameter("p", person)
            .setParameter("f", fingerprints)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
  }

  @Override
  public List<FlaggedAddress> flagged(UUID person) {
    return em.createQuery(
            "select f from FlaggedAddress f where f.personId = :p order by f.flaggedAt desc, f.id",
            FlaggedAddress.class)
        .setParameter("p", person)
        .setMaxResults(100)
        .getResultList();
  }
}
