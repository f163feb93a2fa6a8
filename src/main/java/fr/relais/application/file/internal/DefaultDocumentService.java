package fr.relais.application.file.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.documents.EvidenceInspection;
import fr.relais.application.documents.EvidenceRejectedException;
import fr.relais.application.file.DocumentService;
import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.SealedOpener;
import fr.relais.application.shielding.SealedReads;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.document.DocumentContent;
import fr.relais.domain.model.document.DocumentId;
import fr.relais.domain.model.document.DocumentRepository;
import fr.relais.domain.model.document.DocumentType;
import fr.relais.domain.model.document.DocumentVersion;
import fr.relais.domain.model.document.DocumentVersionId;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.shared.Sha256;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The documents of people's files. Who sees her file lists them (F1); who may correct it adds them
 * (never volunteers); a sealed title or content is opened only under {@link #mayOpen}; every action
 * and every opening journaled, never a title or a byte (S42).
 */
@ApplicationScoped
@Transactional
public class DefaultDocumentService implements DocumentService {

  @Inject AccessPolicy policy;
  @Inject DocumentRepository documents;
  @Inject Vault vault;
  @Inject SealedReads reads;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject EvidenceInspection evidence;

  @Override
  public List<TypeView> types() {
    policy.requireAuthenticated();
    return Arrays.stream(DocumentType.values())
        .map(t -> new TypeView(t.name(), t.classifiedByNature()))
        .toList();
  }

  @Override
  public List<DocumentView> list(PersonId personId) {
    Person person = policy.persons().requireSeeFile(personId, "document.list");
    AuthenticatedUser user = policy.requireAuthenticated();
    Map<DocumentId, List<DocumentVersion>> byDocument = new LinkedHashMap<>();
    for (DocumentVersion v : documents.ofPerson(person.id().value())) {
      byDocument.computeIfAbsent(v.documentId(), k -> new ArrayList<>()).add(v);
    }
    List<DocumentView> views = new ArrayList<>();
    // The rule asked once per kind of item, not once per document.
    Map<Boolean, Boolean> memo = new java.util.HashMap<>();
    java.util.function.Function<Boolean, Boolean> rule =
        c -> memo.computeIfAbsent(c, k -> policy.sealed().canOpenItem(user, person, k));
    // The titles shown in clear are decrypted: journaled by category, with their number.
    SealedReads.Reading reading =
        reads.reading(user.journal().about(person), SealedReads.Category.DOCUMENT_TITLES);
    for (List<DocumentVersion> versions : byDocument.values()) {
      versions.sort((a, b) -> Integer.compare(a.version(), b.version()));
      views.add(view(rule, reading, person, versions, null));
    }
    reading.done();
    journal.record(
        user.journal().about(person).success("document.list", views.size() + " document(s)"));
    return views;
  }

  @Override
  public DocumentView add(PersonId personId, Upload upload) {
    Person person = policy.persons().requireSeeFile(personId, "document.add");
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.persons().requireWrite(person, "document.add");
    if (upload == null) {
      throw new InvalidInputException("file", "required");
    }
    DocumentType type = type(upload.type());
    DocumentVersion v = store(user, person, DocumentId.random(), 1, type, upload);
    return view(
        rule(user, person),
        vault,
        person,
        List.of(v),
        v.sealed() ? upload.title().strip() : v.title());
  }

  @Override
  public DocumentView addVersion(DocumentId documentId, Upload upload) {
    List<DocumentVersion> versions = versions(documentId);
    DocumentVersion last = versions.get(versions.size() - 1);
    Person person =
        policy.persons().requireSeeFile(new PersonId(last.personId()), "document.version");
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.persons().requireWrite(person, "document.version");
    if (upload == null) {
      throw new InvalidInputException("file", "required");
    }
    if (upload.type() != null && !upload.type().equals(last.type().name())) {
      throw new InvalidInputException("type", "a new version keeps the document's type");
    }
    String title = upload.title();
    if (title == null || title.isBlank()) {
      // The new version keeps the title: opened for that when it is sealed, and journaled.
      SealedReads.Reading reading =
          reads.reading(user.journal().about(person), SealedReads.Category.DOCUMENT_TITLE);
      title = SealedDocuments.title(reading, last);
      reading.done();
    }
    Upload same =
        new Upload(
            last.type().name(), title, last.classified(), upload.mediaType(), upload.content());
    List<DocumentVersion> all = new ArrayList<>(versions);
    all.add(store(user, person, last.documentId(), last.version() + 1, last.type(), same));
    return view(rule(user, person), vault, person, all, title.strip());
  }

  @Override
  public DocumentView classify(DocumentId documentId) {
    List<DocumentVersion> versions = versions(documentId);
    Person person =
        policy
            .persons()
            .requireSeeFile(new PersonId(versions.get(0).personId()), "document.classify");
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.persons().requireWrite(person, "document.classify");
    if (versions.get(0).classified()) {
      throw new ConflictException("classified", "the document is classified already");
    }
    String title = versions.get(versions.size() - 1).title();
    for (DocumentVersion v : versions) {
      v.classify();
      SealedDocuments.seal(vault, v, documents.content(v.id()).orElseThrow());
    }
    journal.record(
        user.journal().about(person).success("document.classify", versions.get(0).type().name()));
    return view(rule(user, person), vault, person, versions, title);
  }

  @Override
  public Download download(DocumentVersionId versionId) {
    DocumentVersion v = documents.version(versionId.value()).orElseThrow(NotFoundException::new);
    Person person =
        policy.persons().requireSeeFile(new PersonId(v.personId()), "document.download");
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.sealed().requireOpenItem(person, v.classified(), v.sealed(), "document.download");
    DocumentContent c = documents.content(v.id()).orElseThrow(NotFoundException::new);
    SealedReads.Reading reading =
        reads.reading(user.journal().about(person), SealedReads.Category.DOCUMENT);
    byte[] bytes = SealedDocuments.content(reading, v, c);
    reading.done();
    journal.record(
        user.journal()
            .about(person)
            .success("document.download", v.type().name() + " v" + v.version()));
    return new Download(
        fileName(v), v.mediaType(), bytes, v.sealed() ? Sha256.hex(bytes) : v.sha256());
  }

  private java.util.function.Function<Boolean, Boolean> rule(
      AuthenticatedUser user, Person person) {
    return c -> policy.sealed().canOpenItem(user, person, c);
  }

  private DocumentVersion store(
      AuthenticatedUser user,
      Person person,
      DocumentId document,
      int version,
      DocumentType type,
      Upload upload) {
    EvidenceInspection.Inspected inspected;
    try {
      // S60: declared type, magic bytes and size checked; image and PDF metadata removed.
      inspected =
          evidence.inspect(
              upload.content() == null ? new byte[0] : upload.content(), upload.mediaType());
    } catch (EvidenceRejectedException e) {
      throw new InvalidInputException("file", e.reason());
    }
    DocumentVersion v;
    try {
      v =
          new DocumentVersion(
              UUID.randomUUID(),
              document,
              version,
              person.id().value(),
              type,
              Boolean.TRUE.equals(upload.classified()),
              upload.title(),
              inspected.mediaType(),
              inspected.content().length,
              inspected.sha256Hex(),
              user.accountId().value(),
              clock.now());
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "title");
    }
    DocumentContent c = new DocumentContent(v.id(), inspected.content());
    if (v.classified() || person.isProtected()) {
      SealedDocuments.seal(vault, v, c); // F2, S12: never in clear at rest
    }
    documents.add(v, c);
    journal.record(
        user.journal()
            .about(person)
            .success(
                version == 1 ? "document.add" : "document.version",
                type.name() + " v" + version + (v.sealed() ? ", sealed" : "")));
    return v;
  }

  /**
   * A document as this member sees it: {@code known}, the title the caller holds in clear already;
   * otherwise it is decrypted through {@code opener} if this member may open it.
   */
  private DocumentView view(
      java.util.function.Function<Boolean, Boolean> rule,
      SealedOpener opener,
      Person person,
      List<DocumentVersion> versions,
      String known) {
    DocumentVersion last = versions.get(versions.size() - 1);
    boolean open = rule.apply(last.classified());
    String title =
        known != null && open
            ? known
            : last.sealed() && !open ? null : SealedDocuments.title(opener, last);
    return new DocumentView(
        last.documentId().toString(),
        last.type().name(),
        title,
        title == null,
        last.classified(),
        last.sealed(),
        open,
        versions.stream()
            .map(
                v ->
                    new VersionView(
                        v.id().toString(),
                        v.version(),
                        v.mediaType(),
                        open ? v.size() : null,
                        open ? v.sha256() : null,
                        v.createdAt()))
            .toList());
  }

  private List<DocumentVersion> versions(DocumentId documentId) {
    List<DocumentVersion> versions = documents.versions(documentId);
    if (versions.isEmpty()) {
      throw new NotFoundException();
    }
    return versions;
  }

  private static DocumentType type(String code) {
    try {
      return DocumentType.valueOf(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("type", "not a document type");
    }
  }

  /** A generated name: the type, the version and the extension of the media type (S60). */
  private static String fileName(DocumentVersion v) {
    String extension =
        switch (v.mediaType()) {
          case "application/pdf" -> ".pdf";
          case "image/png" -> ".png";
          default -> ".jpg";
        };
    return "document-"
        + v.type().name().toLowerCase(Locale.ROOT).replace('_', '-')
        + "-v"
        + v.version()
        + extension;
  }
}
