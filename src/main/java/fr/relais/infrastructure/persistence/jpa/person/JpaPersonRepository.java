package fr.relais.infrastructure.persistence.jpa.person;

import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.person.CaseloadAssignment;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonContact;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * People and caseloads in the relational database. Lists use keyset pagination on {@code
 * (structure_id, sort_key, id)} so that deep pages cost what the first one does.
 */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Person person, PersonContact contact) {
    em.persist(person);
    em.persist(contact);
  }

  @Override
  public void addContact(PersonContact contact) {
    em.persist(contact);
  }

  @Override
  public Optional<Person> find(PersonId id) {
    return Optional.ofNullable(em.find(Person.class, id.value()));
  }

  @Override
  public List<Person> findAll(Collection<PersonId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select p from Person p where p.id in :ids", Person.class)
        .setParameter("ids", ids.stream().map(PersonId::value).toList())
        .getResultList();
  }

  @Override
  public java.util.Map<PersonId, PersonContact> contacts(Collection<PersonId> ids) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    java.util.Map<PersonId, PersonContact> out = new java.util.HashMap<>();
    for (PersonContact c :
        em.createQuery(
                "select c from PersonContact c where c.personId in :ids", PersonContact.class)
            .setParameter("ids", ids.stream().map(PersonId::value).toList())
            .getResultList()) {
      out.put(new PersonId(c.personId()), c);
    }
    return out;
  }

  @Override
  public Optional<PersonContact> contact(PersonId id) {
    return Optional.ofNullable(em.find(PersonContact.class, id.value()));
  }

  @Override
  public List<Person> page(
      StructureId structure,
      Optional<AccountId> member,
      boolean includeProtected,
      Optional<Search> search,
      Cursor after,
      int limit) {
    StringBuilder jpql = new StringBuilder("select p from Person p");
    if (member.isPresent()) {
      jpql.append(
          " where exists (select 1 from CaseloadAssignment c"
              + " where c.personId = p.id and c.accountId = :member) and");
    } else {
      jpql.append(" where");
    }
    jpql.append(" p.structureId = :structure");
    if (!includeProtected) {
      jpql.append(" and p.protectedPerson = false");
    }
    Search s = search.orElse(null);
    if (s != null && !s.exact()) {
      jpql.append(" and p.sortKey like :prefix");
    } else if (s != null) {
      // Exact values: a handful of rows at most, each condition on its own index.
      List<String> any = new ArrayList<>();
      if (s.number() != null) {
        any.add("p.foreignNationalNumber = :number");
      }
      if (s.emailFingerprint() != null) {
        any.add(
            "exists (select 1 from PersonContact k where k.personId = p.id"
                + " and k.emailFingerprint = :email)");
      }
      if (s.phoneFingerprint() != null) {
        any.add(
            "exists (select 1 from PersonContact k where k.personId = p.id"
                + " and k.phoneFingerprint = :phone)");
      }
      jpql.append(any.isEmpty() ? " and 1 = 0" : " and (" + String.join(" or ", any) + ")");
    }
    if (after != null && after.sortKey() != null) {
      // A row-value comparison: one index range on (structure_id, sort_key, id) at any depth, on
      // PostgreSQL and H2 alike (an OR of two conditions is not; docs/benchmarks.md shows both).
      jpql.append(" and (p.sortKey, p.id) > (:afterKey, :afterId)");
    }
    jpql.append(" order by p.sortKey, p.id");
    TypedQuery<Person> q = em.createQuery(jpql.toString(), Person.class);
    q.setParameter("structure", structure.value());
    member.ifPresent(m -> q.setParameter("member", m.value()));
    if (s != null && !s.exact()) {
      q.setParameter("prefix", s.namePrefix().replace("%", "").replace("_", "") + "%");
    } else if (s != null) {
      if (s.number() != null) {
        q.setParameter("number", s.number());
      }
      if (s.emailFingerprint() != null) {
        q.setParameter("email", s.emailFingerprint());
      }
      if (s.phoneFingerprint() != null) {
        q.setParameter("phone", s.phoneFingerprint());
      }
    }
    if (after != null && after.sortKey() != null) {
      q.setParameter("afterKey", after.sortKey());
      q.setParameter("afterId", after.id());
    }
    return q.setMaxResults(limit).getResultList();
  }

  @Override
  public List<Person> possibleDuplicates(
      StructureId structure, String sortKey, LocalDate birthDate, String number) {
    String jpql =
        "select p from Person p where p.structureId = :structure and"
            + " ((p.sortKey = :key and p.birthDate = :birth)"
            + (number == null ? ")" : " or p.foreignNationalNumber = :number)")
            + " order by p.createdAt";
    TypedQuery<Person> q =
        em.createQuery(jpql, Person.class)
            .setParameter("structure", structure.value())
            .setParameter("key", sortKey)
            .setParameter("birth", birthDate);
    if (number != null) {
      q.setParameter("number", number);
    }
    return q.setMaxResults(20).getResultList();
  }

  @Override
  public Set<AccountId> assignees(PersonId person) {
    return assignees(List.of(person)).getOrDefault(person, Set.of());
  }

  @Override
  public Map<PersonId, Set<AccountId>> assignees(Collection<PersonId> people) {
    Map<PersonId, Set<AccountId>> result = new HashMap<>();
    if (people.isEmpty()) {
      return result;
    }
    List<UUID> ids = people.stream().map(PersonId::value).toList();
    for (CaseloadAssignment a :
        em.createQuery(
                "select c from CaseloadAssignment c where c.personId in :ids",
                CaseloadAssignment.class)
            .setParameter("ids", ids)
            .getResultList()) {
      result
          .computeIfAbsent(new PersonId(a.personId()), k -> new HashSet<>())
          .add(new AccountId(a.accountId()));
    }
    return result;
  }

  @Override
  public void assign(PersonId person, AccountId member, AccountId by, Instant at) {
    if (!isAssigned(person, member)) {
      em.persist(new CaseloadAssignment(person.value(), member.value(), by.value(), at));
    }
  }

  @Override
  public void unassign(PersonId person, AccountId member) {
    CaseloadAssignment a =
        em.find(
            CaseloadAssignment.class, new CaseloadAssignment.Key(person.value(), member.value()));
    if (a != null) {
      em.remove(a);
    }
  }

  @Override
  public boolean isAssigned(PersonId person, AccountId member) {
    return em.find(
            CaseloadAssignment.class, new CaseloadAssignment.Key(person.value(), member.value()))
        != null;
  }

  @Override
  public List<PersonId> assignedTo(AccountId member) {
    return em
        .createQuery(
            "select c.personId from CaseloadAssignment c where c.accountId = :member", UUID.class)
        .setParameter("member", member.value())
        .getResultList()
        .stream()
        .map(PersonId::new)
        .toList();
  }

  @Override
  public List<PersonId> onlyAssignedTo(AccountId member) {
    return em
        .createQuery(
            "select c.personId from CaseloadAssignment c where c.accountId = :member"
                + " and not exists (select 1 from CaseloadAssignment o, Account a"
                + " where o.personId = c.personId and o.accountId <> :member"
                + " and a.id = o.accountId and a.active = true)",
            UUID.class)
        .setParameter("member", member.value())
        .getResultList()
        .stream()
        .map(PersonId::new)
        .toList();
  }

  @Override
  public Map<AccountId, Long> caseloadSizes(StructureId structure) {
    Map<AccountId, Long> sizes = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select c.accountId, count(c) from CaseloadAssignment c, Person p"
                    + " where p.id = c.personId and p.structureId = :structure"
                    + " group by c.accountId",
                Object[].class)
            .setParameter("structure", structure.value())
            .getResultList()) {
      sizes.put(new AccountId((UUID) row[0]), (Long) row[1]);
    }
    return sizes;
  }
}
