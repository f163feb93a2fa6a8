package fr.relais.infrastructure.persistence.jpa.identity;

import fr.relais.domain.model.administration.TakeoverClaim;
import fr.relais.domain.model.administration.TakeoverClaimRepository;
import fr.relais.infrastructure.persistence.jpa.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takeover claims by person and by status (indexed); the escalation batch claimed with {@code FOR
 * UPDATE SKIP LOCKED}, so that two nodes never escalate the same claim.
 */
@ApplicationScoped
public class JpaTakeoverClaimRepository implements TakeoverClaimRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void attach(UUID claim, UUID version) {
    em.createNativeQuery(
            "insert into takeover_claim_attachment (claim_id, version_id) values (?, ?)")
        .setParameter(1, claim)
        .setParameter(2, version)
        .executeUpdate();
  }

  @Override
  public List<UUID> attachments(UUID claim) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select version_id from takeover_claim_attachment where claim_id = ?"
                    + " order by version_id")
            .setParameter(1, claim)
            .getResultList();
    return rows.stream().map(NativeValues::uuid).toList();
  }

  @Override
  public void add(TakeoverClaim claim) {
    em.persist(claim);
  }

  @Override
  public Optional<TakeoverClaim> find(UUID id) {
    return Optional.ofNullable(em.find(TakeoverClaim.class, id));
  }

  @Override
  public List<TakeoverClaim> forPerson(UUID person) {
    return em.createQuery(
            "select c from TakeoverClaim c where c.personId = :p order by c.filedAt desc, c.id",
            TakeoverClaim.class)
        .setParameter("p", person)
        .setMaxResults(50)
        .getResultList();
  }

  @Override
  public List<TakeoverClaim> ofStructures(
      Collection<UUID> structures, TakeoverClaim.Status status, Instant after, int limit) {
    if (structures.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from TakeoverClaim c where c.structureId in :s and c.status = :st"
                + " and c.filedAt > :after order by c.filedAt, c.id",
            TakeoverClaim.class)
        .setParameter("s", structures)
        .setParameter("st", status)
        .setParameter("after", after == null ? Instant.EPOCH : after)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<TakeoverClaim> dueForEscalation(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "select id from takeover_claim where status = 'PENDING' and escalated_at is null"
                    + " and escalate_at <= ? order by escalate_at limit "
                    + limit
                    + " for update skip locked")
            .setParameter(1, java.sql.Timestamp.from(now))
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select c from TakeoverClaim c where c.id in :ids", TakeoverClaim.class)
        .setParameter("ids", ids.stream().map(NativeValues::uuid).toList())
        .getResultList();
  }
}
