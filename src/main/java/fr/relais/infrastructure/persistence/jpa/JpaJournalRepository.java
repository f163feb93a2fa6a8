package fr.relais.infrastructure.persistence.jpa;

import fr.relais.domain.model.journal.JournalChain;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.journal.JournalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The journal in the relational database. */
@ApplicationScoped
public class JpaJournalRepository implements JournalRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public JournalEntry append(
      JournalChain chain,
      Instant occurredAt,
      JournalRecord record,
      String requestId,
      String clientAddress) {
    JournalHeadRow head =
        em.find(JournalHeadRow.class, JournalHeadRow.ID, LockModeType.PESSIMISTIC_WRITE);
    if (head == null) {
      throw new IllegalStateException("journal head missing: migrations not applied");
    }
    JournalEntry entry =
        chain.next(head.lastSeq(), head.lastHash(), occurredAt, record, requestId, clientAddress);
    em.persist(entry);
    head.advance(entry.seq(), entry.hash());
    em.flush();
    return entry;
  }

  @Override
  public List<JournalEntry> pageAfter(long afterSeq, int limit) {
    List<JournalEntry> page =
        em.createNamedQuery("JournalEntry.pageAfter", JournalEntry.class)
            .setParameter("after", afterSeq)
            .setHint("org.hibernate.readOnly", true)
            .setMaxResults(limit)
            .getResultList();
    // Read-only pages leave the persistence context at once, so a verification of millions of
    // entries holds one page in memory at a time.
    page.forEach(em::detach);
    return page;
  }

  @Override
  public List<JournalEntry> pageForStructure(UUID structureId, long beforeSeq, int limit) {
    return em.createNamedQuery("JournalEntry.byStructure", JournalEntry.class)
        .setParameter("structure", structureId)
        .setParameter("before", beforeSeq)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<JournalEntry> pageForTarget(
      String targetType, String targetId, long beforeSeq, int limit) {
    return em.createQuery(
            "select e from JournalEntry e where e.targetType = :type and e.targetId = :id"
                + " and e.seq < :before order by e.seq desc",
            JournalEntry.class)
        .setParameter("type", targetType)
        .setParameter("id", targetId)
        .setParameter("before", beforeSeq)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<JournalEntry> pageForTargets(
      String targetType, java.util.Collection<String> targetIds, long beforeSeq, int limit) {
    if (targetIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select e from JournalEntry e where e.targetType = :type and e.targetId in :ids"
                + " and e.seq < :before order by e.seq desc",
            JournalEntry.class)
        .setParameter("type", targetType)
        .setParameter("ids", targetIds)
        .setParameter("before", beforeSeq)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Head head() {
    JournalHeadRow row = em.find(JournalHeadRow.class, JournalHeadRow.ID);
    return new Head(row.lastSeq(), row.lastHash());
  }
}
