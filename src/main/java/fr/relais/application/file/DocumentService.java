package fr.relais.application.file;

import fr.relais.domain.model.document.DocumentId;
import fr.relais.domain.model.document.DocumentVersionId;
import fr.relais.domain.model.person.PersonId;
import java.time.Instant;
import java.util.List;

/**
 * The documents of a person's file (F2, S60): added by who may correct the file, typed, kept by
 * versions that never replace each other, checked (declared type, magic bytes, size) and stripped
 * of their metadata before storage. Classified documents — evidence of violence, protection orders,
 * complaints, medical certificates, or any other classified at upload or later — and every document
 * of a protected person are sealed, title and content: opened only for whom the access policy
 * allows, each opening journaled by category, never the value. A classification is raised, never
 * lowered.
 */
public interface DocumentService {

  /** A type and whether it is classified by nature. */
  record TypeView(String code, boolean classifiedByNature) {}

  /**
   * One version as listed: no content. For who may not open it, neither its size nor its digest
   * (they would confirm a guessed document); a sealed version's digest is that of its content once
   * opened, {@code null} in the list.
   */
  record VersionView(
      String id, int version, String mediaType, Long size, String sha256, Instant createdAt) {}

  /**
   * A document as this member sees it. {@code titleMasked}: sealed and not to be opened by this
   * member — « masqué »; {@code canOpen}: whether this member may download its versions.
   */
  record DocumentView(
      String id,
      String type,
      String title,
      boolean titleMasked,
      boolean classified,
      boolean sealed,
      boolean canOpen,
      List<VersionView> versions) {}

  /** A file sent: its type, title, classification, declared media type and bytes. */
  record Upload(String type, String title, Boolean classified, String mediaType, byte[] content) {}

  /** A version's bytes, under a generated name. */
  record Download(String fileName, String mediaType, byte[] content, String sha256) {}

  List<TypeView> types();

  /** The documents of a file, newest first (F1: her file's audience only). */
  List<DocumentView> list(PersonId personId);

  /** Adds a document (its first version). */
  DocumentView add(PersonId personId, Upload upload);

  /** Adds a version to a document; its type and classification are the document's. */
  DocumentView addVersion(DocumentId documentId, Upload upload);

  /** Raises a document's classification, sealing every version (409 if it is classified). */
  DocumentView classify(DocumentId documentId);

  /** One version's bytes, for who may open it; journaled. */
  Download download(DocumentVersionId versionId);
}
