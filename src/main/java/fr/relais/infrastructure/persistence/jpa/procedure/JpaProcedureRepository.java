package fr.relais.infrastructure.persistence.jpa.procedure;

import fr.relais.domain.model.procedure.Attestation;
import fr.relais.domain.model.procedure.DocumentRequest;
import fr.relais.domain.model.procedure.Procedure;
import fr.relais.domain.model.procedure.ProcedureEvent;
import fr.relais.domain.model.procedure.ProcedureId;
import fr.relais.domain.model.procedure.ProcedureRepository;
import fr.relais.domain.model.procedure.ProcedureRepository.UrgentLine;
import fr.relais.domain.model.procedure.ResidencePermit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Procedures and what hangs from them, in the relational database. */
@ApplicationScoped
public class JpaProcedureRepository implements ProcedureRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Procedure procedure) {
    em.persist(procedure);
  }

  @Override
  public void add(ProcedureEvent event) {
    em.persist(event);
  }

  @Override
  public void add(DocumentRequest request) {
    em.persist(request);
  }

  @Override
  public void add(Attestation attestation) {
    em.persist(attestation);
  }

  @Override
  public void add(ResidencePermit permit) {
    em.persist(permit);
  }

  @Override
  public Optional<Procedure> find(ProcedureId id) {
    return Optional.ofNullable(em.find(Procedure.class, id.value()));
  }

  @Override
  public Optional<Procedure> findForUpdate(ProcedureId id) {
    return Optional.ofNullable(
        em.find(Procedure.class, id.value(), LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Procedure> ofPerson(UUID personId, int limit) {
    return em.createQuery(
            "select p from Procedure p where p.personId = :person"
                + " order by p.createdAt desc, p.id desc",
            Procedure.class)
        .setParameter("person", personId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<ProcedureEvent> events(ProcedureId id) {
    return em.createQuery(
            "select e from ProcedureEvent e where e.procedureId = :p order by e.seq",
            ProcedureEvent.class)
        .setParameter("p", id.value())
        .getResultList();
  }

  @Override
  public List<DocumentRequest> requests(ProcedureId id) {
    return em.createQuery(
            "select r from DocumentRequest r where r.procedureId = :p"
                + " order by r.requestedOn, r.createdAt",
            DocumentRequest.class)
        .setParameter("p", id.value())
        .getResultList();
  }

  @Override
  public Optional<DocumentRequest> request(UUID id) {
    return Optional.ofNullable(em.find(DocumentRequest.class, id));
  }

  @Override
  public List<Attestation> attestations(ProcedureId id) {
    return em.createQuery(
            "select a from Attestation a where a.procedureId = :p order by a.issuedOn, a.recordedAt",
            Attestation.class)
        .setParameter("p", id.value())
        .getResultList();
  }

  @Override
  public List<ResidencePermit> permits(UUID personId) {
    return em.createQuery(
            "select r from ResidencePermit r where r.personId = :person"
                + " order by r.recordedAt desc, r.id desc",
            ResidencePermit.class)
        .setParameter("person", personId)
        .setMaxResults(50)
        .getResultList();
  }

  @Override
  public List<Procedure> filedFrom(UUID administrationAccount, LocalDate since) {
    jakarta.persistence.TypedQuery<Procedure> q =
        em.createQuery(
            "select p from Procedure p where p.administrationAccount = :account"
                + " and p.frozenAt is null"
                + (since == null ? "" : " and (p.filedOn is null or p.filedOn >= :since)")
                + " order by p.createdAt",
            Procedure.class);
    q.setParameter("account", administrationAccount);
    if (since != null) {
      q.setParameter("since", since);
    }
    return q.getResultList();
  }

  @Override
  public long frozenFrom(UUID administrationAccount) {
    return em.createQuery(
            "select count(p) from Procedure p where p.administrationAccount = :account"
                + " and p.frozenAt is not null",
            Long.class)
        .setParameter("account", administrationAccount)
        .getSingleResult();
  }

  @Override
  public List<UrgentLine> byUrgency(
      UUID structure,
      String type,
      fr.relais.domain.model.procedure.ProcedureStatus status,
      UUID responsible,
      UUID follower,
      UrgencyCursor after,
      int limit) {
    StringBuilder q =
        new StringBuilder(
            "select p, f, a.displayName, t.labelFr, t.labelEn from Procedure p"
                + " join Person f on f.id = p.personId"
                + " left join Account a on a.id = p.responsible"
                + " left join ProcedureType t on t.code = p.typeCode"
                + " where p.structureId = :s");
    if (type != null) {
      q.append(" and p.typeCode = :type");
    }
    if (status != null) {
      q.append(" and p.status = :status");
    }
    if (responsible != null) {
      q.append(" and p.responsible = :responsible");
    }
    if (follower != null) {
      q.append(
          " and p.personId in (select c.personId from CaseloadAssignment c"
              + " where c.accountId = :me)");
    }
    if (after != null) {
      q.append(" and (p.nextDueOn, p.id) > (:due, :id)");
    }
    q.append(" order by p.nextDueOn, p.id");
    jakarta.persistence.TypedQuery<Object[]> query =
        em.createQuery(q.toString(), Object[].class)
            .setParameter("s", structure)
            .setHint("org.hibernate.readOnly", true); // a list: nothing to check at commit
    if (type != null) {
      query.setParameter("type", type);
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    if (responsible != null) {
      query.setParameter("responsible", responsible);
    }
    if (follower != null) {
      query.setParameter("me", follower);
    }
    if (after != null) {
      query.setParameter("due", after.nextDueOn());
      query.setParameter("id", after.id());
    }
    return query.setMaxResults(limit).getResultList().stream()
        .map(
            r ->
                new UrgentLine(
                    (Procedure) r[0],
                    (fr.relais.domain.model.person.Person) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4]))
        .toList();
  }

  @Override
  public void add(fr.relais.domain.model.procedure.Blockage blockage) {
    em.persist(blockage);
  }

  @Override
  public Optional<fr.relais.domain.model.procedure.Blockage> blockage(UUID id) {
    return Optional.ofNullable(em.find(fr.relais.domain.model.procedure.Blockage.class, id));
  }

  @Override
  public List<fr.relais.domain.model.procedure.Blockage> blockages(ProcedureId id) {
    return em.createQuery(
            "select b from Blockage b where b.procedureId = :p order by b.recordedAt, b.id",
            fr.relais.domain.model.procedure.Blockage.class)
        .setParameter("p", id.value())
        .getResultList();
  }

  @Override
  public List<DocumentRequest> overdueOf(
      java.util.Collection<UUID> structures,
      LocalDate today,
      LocalDate afterDue,
      UUID afterId,
      int limit) {
    if (structures.isEmpty()) {
      return List.of();
    }
    jakarta.persistence.TypedQuery<DocumentRequest> q =
        em.createQuery(
            "select r from DocumentRequest r where r.structureId in :s and r.status = 'OPEN'"
                + " and r.dueOn <= :today and not exists (select 1 from Procedure p"
                + " where p.id = r.procedureId and p.status in :ended)"
                + " and not exists (select 1 from Person f where f.id = r.personId"
                + " and f.closedAt is not null)"
                + (afterDue == null ? "" : " and (r.dueOn, r.id) > (:due, :id)")
                + " order by r.dueOn, r.id",
            DocumentRequest.class);
    q.setParameter("s", structures)
        .setParameter("today", today)
        .setParameter(
            "ended",
            java.util.EnumSet.of(
                fr.relais.domain.model.procedure.ProcedureStatus.CLOSED,
                fr.relais.domain.model.procedure.ProcedureStatus.CANCELLED,
                fr.relais.domain.model.procedure.ProcedureStatus.WITHDRAWN));
    if (afterDue != null) {
      q.setParameter("due", afterDue).setParameter("id", afterId);
    }
    return q.setMaxResults(limit).getResultList();
  }

  @Override
  public List<Procedure> findAll(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from Procedure p where p.id in :ids", Procedure.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  @Override
  public List<fr.relais.domain.model.procedure.Blockage> blockagesOf(
      java.util.Collection<UUID> structures,
      String status,
      java.time.Instant afterAt,
      UUID afterId,
      int limit) {
    if (structures.isEmpty()) {
      return List.of();
    }
    jakarta.persistence.TypedQuery<fr.relais.domain.model.procedure.Blockage> q =
        em.createQuery(
            "select b from Blockage b where b.structureId in :s and b.status = :status"
                + (afterAt == null ? "" : " and (b.recordedAt, b.id) > (:at, :id)")
                + " order by b.recordedAt, b.id",
            fr.relais.domain.model.procedure.Blockage.class);
    q.setParameter("s", structures).setParameter("status", status);
    if (afterAt != null) {
      q.setParameter("at", afterAt).setParameter("id", afterId);
    }
    return q.setMaxResults(limit).getResultList();
  }
}
