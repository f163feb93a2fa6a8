package fr.relais.interfaces.faces.file;

import fr.relais.application.Page;
import fr.relais.application.file.NoteService;
import fr.relais.domain.model.note.NoteId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The notes card of a person's file (F2): one page of notes, newest first — sealed texts « masqué »
 * for who may not read them —, the link to older ones, the form that writes one and the marking.
 */
@Named("personNotes")
@ViewScoped
public class NotesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject NoteService notes;

  private PersonId personId;
  private String before;
  private transient Page<NoteService.NoteView> page;

  private String text;
  private boolean sensitive;

  /** The page of the file's notes asked for, read once per view. */
  public Page<NoteService.NoteView> page(PersonId id) {
    if (page == null || !id.equals(personId)) {
      personId = id;
      page = notes.list(id, before, 20);
    }
    return page;
  }

  public String add() {
    boolean done =
        Messages.attempt(
            () -> {
              notes.add(personId, new NoteService.NewNote(text, sensitive));
              Messages.info("notes.added");
            });
    if (!done) {
      return null;
    }
    text = null;
    sensitive = false;
    return reload();
  }

  public String markSensitive(String noteId) {
    boolean done =
        Messages.attempt(
            () -> {
              notes.markSensitive(NoteId.parse(noteId));
              Messages.info("notes.marked");
            });
    return done ? reload() : null;
  }

  private String reload() {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/app/person?faces-redirect=true&id=" + personId;
  }

  public String getBefore() {
    return before;
  }

  public void setBefore(String before) {
    this.before = before;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public boolean isSensitive() {
    return sensitive;
  }

  public void setSensitive(boolean sensitive) {
    this.sensitive = sensitive;
  }
}
