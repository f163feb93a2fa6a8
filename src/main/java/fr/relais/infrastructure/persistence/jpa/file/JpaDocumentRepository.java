package fr.relais.infrastructure.persistence.jpa.file;

import fr.relais.domain.model.document.DocumentContent;
import fr.relais.domain.model.document.DocumentId;
import fr.relais.domain.model.document.DocumentRepository;
import fr.relais.domain.model.document.DocumentVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The documents of people's files: descriptions and contents in two tables, so that listing a
 * file's documents reads no file (one query on {@code (person_id, created_at)}).
 */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(DocumentVersion version, DocumentContent content) {
    em.persist(version);
    em.persist(content);
  }

  @Override
  public Optional<DocumentVersion> version(UUID versionId) {
    return Optional.ofNullable(em.find(DocumentVersion.class, versionId));
  }

  @Override
  public List<DocumentVersion> ofPerson(UUID personId) {
    return em.createQuery(
            "select v from DocumentVersion v where v.personId = :person"
                + " order by v.createdAt desc, v.version desc",
            DocumentVersion.class)
        .setParameter("person", personId)
        .getResultList();
  }

  @Override
  public List<DocumentVersion> versions(DocumentId document) {
    return em.createQuery(
            "select v from DocumentVersion v where v.documentId = :document order by v.version",
            DocumentVersion.class)
        .setParameter("document", document.value())
        .getResultList();
  }

  @Override
  public Optional<DocumentContent> content(UUID versionId) {
    return Optional.ofNullable(em.find(DocumentContent.class, versionId));
  }

  @Override
  public List<DocumentVersion> clearOfPerson(UUID personId) {
    return em.createQuery(
            "select v from DocumentVersion v where v.personId = :person and v.sealed = false",
            DocumentVersion.class)
        .setParameter("person", personId)
        .getResultList();
  }
}
