package fr.relais.interfaces.faces.file;

import fr.relais.application.NotFoundException;
import fr.relais.application.file.DocumentService;
import fr.relais.domain.model.document.DocumentId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The documents card of a person's file (F2, S60): the list — sealed titles « masqué » for who may
 * not open them —, the upload of a document or of a new version, and the classification. Decisions
 * are the application layer's.
 */
@Named("personDocuments")
@ViewScoped
public class DocumentsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DocumentService documents;

  private PersonId personId;
  private transient List<DocumentService.DocumentView> list;
  private transient List<DocumentService.TypeView> types;

  private String type = "PROOF_OF_ADDRESS";
  private String title;
  private boolean classified;
  private String versionOf;
  private transient Part file;

  /** The file's documents, read once per view. */
  public List<DocumentService.DocumentView> list(PersonId id) {
    if (list == null || !id.equals(personId)) {
      personId = id;
      list = documents.list(id);
    }
    return list;
  }

  public List<DocumentService.TypeView> getTypes() {
    if (types == null) {
      types = documents.types();
    }
    return types;
  }

  /** Adds a document, or a version of the one chosen; the file is shown again. */
  public String upload() {
    if (file == null || file.getSize() == 0) {
      Messages.error("documents.fileMissing");
      return null;
    }
    byte[] content;
    try (InputStream in = file.getInputStream()) {
      content = in.readAllBytes();
    } catch (IOException e) {
      Messages.error("documents.fileMissing");
      return null;
    }
    String mediaType = file.getContentType();
    boolean done =
        Messages.attempt(
            () -> {
              if (versionOf == null || versionOf.isBlank()) {
                documents.add(
                    personId,
                    new DocumentService.Upload(type, title, classified, mediaType, content));
              } else {
                documents.addVersion(
                    chosen(versionOf),
                    new DocumentService.Upload(null, title, null, mediaType, content));
              }
              Messages.info("documents.added");
            });
    file = null;
    return done ? reload() : null;
  }

  /** Raises a document's classification. */
  public String classify(String documentId) {
    boolean done =
        Messages.attempt(
            () -> {
              documents.classify(DocumentId.parse(documentId));
              Messages.info("documents.classified");
            });
    return done ? reload() : null;
  }

  /** The document chosen in the form; text that names none is refused like an unknown one. */
  private static DocumentId chosen(String documentId) {
    try {
      return DocumentId.parse(documentId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
  }

  /** Where a version is downloaded (an attachment, journaled). */
  public String href(DocumentService.VersionView v) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/v1/documents/versions/"
        + v.id()
        + "/content";
  }

  private String reload() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/app/person?faces-redirect=true&id=" + personId;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public boolean isClassified() {
    return classified;
  }

  public void setClassified(boolean classified) {
    this.classified = classified;
  }

  public String getVersionOf() {
    return versionOf;
  }

  public void setVersionOf(String versionOf) {
    this.versionOf = versionOf;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
