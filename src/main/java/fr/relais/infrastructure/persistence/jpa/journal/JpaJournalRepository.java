package fr.relais.infrastructure.persistence.jpa.journal;

import fr.relais.domain.model.journal.JournalChain;
import fr.relais.domain.model.journal.JournalEntry;
import fr.relais.domain.model.journal.JournalRepository;
import fr.relais.domain.model.journal.JournalSeal;
import fr.relais.domain.model.journal.JournalVerifier;
import fr.relais.domain.model.journal.SealerState;
import fr.relais.infrastructure.persistence.jpa.JdbcBatch;
import fr.relais.infrastructure.persistence.jpa.NativeValues;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The journal in the relational database. Writers draw a sequence number and insert their entry: no
 * row is locked until commit. The sealer's state is one row of {@code journal_sealer}, locked by
 * the sealer's own short transaction ({@code FOR UPDATE SKIP LOCKED}).
 */
@ApplicationScoped
public class JpaJournalRepository implements JournalRepository {

  private static final String SEQUENCE = "journal_entry_seq";

  @PersistenceContext private EntityManager em;
  @PersistenceUnit private EntityManagerFactory factory;

  /** The dialect's own way of drawing from the sequence (H2 and PostgreSQL spell it apart). */
  private String nextValSql;

  @PostConstruct
  void init() {
    nextValSql =
        factory
            .unwrap(SessionFactoryImplementor.class)
            .getJdbcServices()
            .getDialect()
            .getSequenceSupport()
            .getSequenceNextValString(SEQUENCE);
  }

  @Override
  public long nextSeq() {
    return ((Number) em.createNativeQuery(nextValSql).getSingleResult()).longValue();
  }

  @Override
  public void add(JournalEntry entry) {
    em.persist(entry);
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
      String targetType, Collection<String> targetIds, long beforeSeq, int limit) {
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
  public Optional<SealerState> claimSealer() {
    List<?> rows =
        em.createNativeQuery(
                "select last_position, last_hash, last_entry_seq, legacy_until_seq, sealed_at"
                    + " from journal_sealer where id = 1 for update skip locked")
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(state((Object[]) rows.get(0)));
  }

  @Override
  public SealerState sealerState() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select last_position, last_hash, last_entry_seq, legacy_until_seq, sealed_at"
                        + " from journal_sealer where id = 1")
                .getSingleResult();
    return state(row);
  }

  private static SealerState state(Object[] r) {
    return new SealerState(
        ((Number) r[0]).longValue(),
        (String) r[1],
        ((Number) r[2]).longValue(),
        ((Number) r[3]).longValue(),
        NativeValues.instant(r[4]));
  }

  @Override
  public void saveSealerState(SealerState s) {
    em.createNativeQuery(
            "update journal_sealer set last_position = ?, last_hash = ?, last_entry_seq = ?,"
                + " sealed_at = ? where id = 1")
        .setParameter(1, s.lastPosition())
        .setParameter(2, s.lastHash())
        .setParameter(3, s.lastEntrySeq())
        .setParameter(4, s.sealedAt() == null ? null : Timestamp.from(s.sealedAt()))
        .executeUpdate();
  }

  @Override
  public List<JournalEntry> entriesAfter(long afterSeq, int limit) {
    List<JournalEntry> page =
        em.createNamedQuery("JournalEntry.pageAfter", JournalEntry.class)
            .setParameter("after", afterSeq)
            .setHint("org.hibernate.readOnly", true)
            .setMaxResults(limit)
            .getResultList();
    page.forEach(em::detach);
    return page;
  }

  @Override
  public List<JournalEntry> aboutAny(
      Collection<String> targetTypes, Collection<String> targetIds, long afterSeq, int limit) {
    if (targetIds.isEmpty()) {
      return List.of();
    }
    return detached(
        em.createQuery(
                "select e from JournalEntry e where e.targetType in :types and e.targetId in :ids"
                    + " and e.seq > :after order by e.seq",
                JournalEntry.class)
            .setParameter("types", targetTypes)
            .setParameter("ids", targetIds)
            .setParameter("after", afterSeq)
            .setMaxResults(limit));
  }

  @Override
  public List<JournalEntry> byActor(String issuer, String subject, long afterSeq, int limit) {
    return detached(
        em.createQuery(
                "select e from JournalEntry e where e.actorIssuer = :issuer"
                    + " and e.actorSubject = :subject and e.seq > :after order by e.seq",
                JournalEntry.class)
            .setParameter("issuer", issuer)
            .setParameter("subject", subject)
            .setParameter("after", afterSeq)
            .setMaxResults(limit));
  }

  @Override
  public List<JournalEntry> withClientAddressBefore(Instant before, long afterSeq, int limit) {
    List<JournalEntry> page =
        detached(
            em.createQuery(
                    "select e from JournalEntry e where e.seq > :after order by e.seq",
                    JournalEntry.class)
                .setParameter("after", afterSeq)
                .setMaxResults(limit));
    List<JournalEntry> out = new java.util.ArrayList<>(page.size());
    for (JournalEntry e : page) {
      if (!e.occurredAt().isBefore(before)) {
        break;
      }
      out.add(e);
    }
    return out;
  }

  private List<JournalEntry> detached(jakarta.persistence.TypedQuery<JournalEntry> query) {
    List<JournalEntry> page = query.setHint("org.hibernate.readOnly", true).getResultList();
    page.forEach(em::detach);
    return page;
  }

  @Override
  public void redact(List<JournalChain.Redaction> redactions) {
    if (redactions.isEmpty()) {
      return;
    }
    // The one update of the journal: on PostgreSQL a trigger lets it clear personal references
    // and nothing else (V22_1). One JDBC batch for the page, in the caller's transaction.
    JdbcBatch.run(
        em,
        "update journal_entry set actor_issuer = ?, actor_subject = ?, actor_name = ?,"
            + " target_id = ?, detail = ?, client_address = ?, mac = ?, redacted_fields = ?,"
            + " redaction_mac = ?, redacted_at = ? where seq = ?",
        redactions.stream()
            .map(
                r ->
                    new Object[] {
                      r.actor().issuer(),
                      r.actor().subject(),
                      r.actor().displayName(),
                      r.targetId(),
                      r.detail(),
                      r.clientAddress(),
                      r.mac(),
                      r.redactedFields(),
                      r.redactionMac(),
                      r.redactedAt().atOffset(java.time.ZoneOffset.UTC),
                      r.seq()
                    })
            .toList());
  }

  @Override
  public List<Long> watchedGaps(int limit) {
    return em
        .createNativeQuery("select seq from journal_gap order by seq")
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(o -> ((Number) o).longValue())
        .toList();
  }

  @Override
  public List<JournalEntry> entries(Collection<Long> seqs) {
    if (seqs.isEmpty()) {
      return List.of();
    }
    List<JournalEntry> found =
        em.createNamedQuery("JournalEntry.bySeqs", JournalEntry.class)
            .setParameter("seqs", seqs)
            .setHint("org.hibernate.readOnly", true)
            .getResultList();
    found.forEach(em::detach);
    return found;
  }

  @Override
  public void watchGaps(Collection<Long> seqs, Instant noticedAt) {
    for (long seq : seqs) {
      em.createNativeQuery("insert into journal_gap (seq, noticed_at) values (?, ?)")
          .setParameter(1, seq)
          .setParameter(2, Timestamp.from(noticedAt))
          .executeUpdate();
    }
  }

  @Override
  public void unwatchGaps(Collection<Long> seqs) {
    if (!seqs.isEmpty()) {
      em.createNativeQuery("delete from journal_gap where seq in (:seqs)")
          .setParameter("seqs", seqs)
          .executeUpdate();
    }
  }

  @Override
  public int expireGaps(Instant noticedBefore) {
    return em.createNativeQuery("delete from journal_gap where noticed_at < ?")
        .setParameter(1, Timestamp.from(noticedBefore))
        .executeUpdate();
  }

  @Override
  public void addSeals(List<JournalSeal> seals) {
    seals.forEach(em::persist);
    em.flush();
    seals.forEach(em::detach);
  }

  @Override
  public java.util.Set<Long> alreadySealed(Collection<Long> seqs) {
    if (seqs.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(
        em.createQuery("select s.entrySeq from JournalSeal s where s.entrySeq in :seqs", Long.class)
            .setParameter("seqs", seqs)
            .getResultList());
  }

  @Override
  public Optional<JournalSeal> sealAt(long position) {
    return Optional.ofNullable(em.find(JournalSeal.class, position));
  }

  @Override
  public JournalVerifier.Source verificationSource() {
    return new JournalVerifier.Source() {
      @Override
      public SealerState state() {
        return sealerState();
      }

      @Override
      public List<JournalVerifier.SealedEntry> sealedAfter(long afterPosition, int limit) {
        List<JournalSeal> seals =
            em.createQuery(
                    "select s from JournalSeal s where s.position > :after order by s.position",
                    JournalSeal.class)
                .setParameter("after", afterPosition)
                .setHint("org.hibernate.readOnly", true)
                .setMaxResults(limit)
                .getResultList();
        Map<Long, JournalEntry> bySeq = new HashMap<>();
        if (!seals.isEmpty()) {
          for (JournalEntry e : entries(seals.stream().map(JournalSeal::entrySeq).toList())) {
            bySeq.put(e.seq(), e);
          }
        }
        List<JournalVerifier.SealedEntry> out = new ArrayList<>(seals.size());
        for (JournalSeal s : seals) {
          out.add(new JournalVerifier.SealedEntry(s, bySeq.get(s.entrySeq())));
        }
        // Read-only pages leave the persistence context at once, so a verification of millions
        // of entries holds one page in memory at a time.
        seals.forEach(em::detach);
        return out;
      }

      @Override
      public List<Long> neverSealed(long upToSeq, int limit) {
        return em
            .createNativeQuery(
                "select e.seq from journal_entry e where e.seq <= ?"
                    + " and not exists (select 1 from journal_seal s where s.entry_seq = e.seq)"
                    + " and not exists (select 1 from journal_gap g where g.seq = e.seq)"
                    + " order by e.seq")
            .setParameter(1, upToSeq)
            .setMaxResults(limit)
            .getResultList()
            .stream()
            .map(o -> ((Number) o).longValue())
            .toList();
      }

      @Override
      public JournalVerifier.Pending pending(long afterSeq) {
        // Two index ranges rather than one OR, which would read the whole table.
        Object[] fresh =
            (Object[])
                em.createNativeQuery(
                        "select count(*), min(e.occurred_at) from journal_entry e where e.seq > ?")
                    .setParameter(1, afterSeq)
                    .getSingleResult();
        Object[] late =
            (Object[])
                em.createNativeQuery(
                        "select count(*), min(e.occurred_at) from journal_entry e, journal_gap g"
                            + " where e.seq = g.seq")
                    .getSingleResult();
        long count = ((Number) fresh[0]).longValue() + ((Number) late[0]).longValue();
        Instant a = NativeValues.instant(fresh[1]);
        Instant b = NativeValues.instant(late[1]);
        Instant oldest = a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
        return new JournalVerifier.Pending(count, oldest);
      }
    };
  }
}
