package fr.relais.infrastructure.persistence.jpa.file;

import fr.relais.domain.model.note.NoteRepository;
import fr.relais.domain.model.note.PersonNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Notes in the relational database: keyset pages on {@code (person_id, created_at, id)}. */
@ApplicationScoped
public class JpaNoteRepository implements NoteRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(PersonNote note) {
    em.persist(note);
  }

  @Override
  public Optional<PersonNote> find(UUID id) {
    return Optional.ofNullable(em.find(PersonNote.class, id));
  }

  @Override
  public List<PersonNote> page(UUID personId, Instant beforeAt, UUID beforeId, int limit) {
    TypedQuery<PersonNote> q =
        em.createQuery(
            "select n from PersonNote n where n.personId = :person"
                + (beforeAt == null ? "" : " and (n.createdAt, n.id) < (:at, :id)")
                + " order by n.createdAt desc, n.id desc",
            PersonNote.class);
    q.setParameter("person", personId);
    if (beforeAt != null) {
      q.setParameter("at", beforeAt);
      q.setParameter("id", beforeId);
    }
    return q.setMaxResults(limit).getResultList();
  }

  @Override
  public List<PersonNote> clearOfPerson(UUID personId) {
    return em.createQuery(
            "select n from PersonNote n where n.personId = :person and n.sealed = false",
            PersonNote.class)
        .setParameter("person", personId)
        .getResultList();
  }
}
