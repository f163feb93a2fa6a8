package fr.relais.domain.model.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of the documents of people's files. */
public interface DocumentRepository {

  void add(DocumentVersion version, DocumentContent content);

  /** One version's description. */
  Optional<DocumentVersion> version(UUID versionId);

  /** Every version of every document of the person, newest document first, versions in order. */
  List<DocumentVersion> ofPerson(UUID personId);

  /** Every version of one document, in order. */
  List<DocumentVersion> versions(DocumentId document);

  /** The bytes of a version. */
  Optional<DocumentContent> content(UUID versionId);

  /** The person's versions still held in clear (to seal them when she is protected). */
  List<DocumentVersion> clearOfPerson(UUID personId);
}
