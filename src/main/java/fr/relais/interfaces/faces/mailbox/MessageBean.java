package fr.relais.interfaces.faces.mailbox;

import fr.relais.application.mailbox.MailboxService;
import fr.relais.application.person.PersonService;
import fr.relais.domain.model.mailbox.MessageId;
import fr.relais.interfaces.faces.Messages;
import fr.relais.interfaces.faces.ShellBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * One message: its texts (HTML only once sanitised, never loading anything), its attachments, and
 * what a member may do with it — mark it unread, correct its urgency, assign it; for the
 * administrator, file a triaged message into a record or discard it.
 */
@Named("message")
@ViewScoped
public class MessageBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MailboxService mailbox;
  @Inject PersonService persons;
  @Inject ShellBean shell;

  private MessageId id;
  private transient MailboxService.MessageView view;

  private boolean urgent;
  private String dueOn;
  private String assignee;

  private String personQuery;
  private transient List<PersonService.PersonSummary> candidates;
  private String filingPerson;

  /** Opens the message named in the URL (journaled, marked read). */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    view = mailbox.open(id); // one it may not open: the 404 page (NotFoundExceptionHandlerFactory)
    reset();
  }

  private void reset() {
    urgent = view.summary().urgent();
    dueOn = view.summary().dueOn() == null ? null : view.summary().dueOn().toString();
    assignee = view.summary().assignedTo();
  }

  public MailboxService.MessageView getView() {
    if (view == null && id != null) {
      view = mailbox.open(id); // the view was restored without its message
      reset();
    }
    return view;
  }

  public boolean isTriage() {
    return getView() != null && "TRIAGE".equals(getView().status());
  }

  public String markUnread() {
    if (Messages.attempt(() -> mailbox.markUnread(id))) {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("message.markedUnread");
      return "/app/inbox?faces-redirect=true";
    }
    return null;
  }

  public void saveUrgency() {
    Messages.attempt(
        () -> {
          view = mailbox.correctUrgency(id, urgent, dueOn);
          reset();
          Messages.info("message.urgencySaved");
        });
  }

  public void saveAssignee() {
    Messages.attempt(
        () -> {
          view = mailbox.assign(id, assignee == null || assignee.isBlank() ? null : assignee);
          reset();
          Messages.info("message.assigned");
        });
  }

  /** Finds people of the structure by name, to file a triaged message with one of them. */
  public void searchPeople() {
    Messages.attempt(
        () ->
            candidates =
                persons
                    .list(
                        shell.requireStructure(), personQuery == null ? "" : personQuery, null, 20)
                    .items());
  }

  public String file() {
    if (filingPerson == null || filingPerson.isBlank()) {
      Messages.error("message.choosePerson");
      return null;
    }
    if (Messages.attempt(
        "message.alreadyFiled", () -> view = mailbox.fileTriaged(id, filingPerson))) {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("message.filed");
      return "/app/triage?faces-redirect=true";
    }
    return null;
  }

  public String discard() {
    if (Messages.attempt(() -> mailbox.discardTriaged(id))) {
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("message.discarded");
      return "/app/triage?faces-redirect=true";
    }
    return null;
  }

  public List<PersonService.PersonSummary> getCandidates() {
    return candidates == null ? List.of() : candidates;
  }

  /** The message named in the page's address, read once ({@code IdConverters}). */
  public MessageId getId() {
    return id;
  }

  public void setId(MessageId id) {
    this.id = id;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public void setUrgent(boolean urgent) {
    this.urgent = urgent;
  }

  public String getDueOn() {
    return dueOn;
  }

  public void setDueOn(String dueOn) {
    this.dueOn = dueOn;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getPersonQuery() {
    return personQuery;
  }

  public void setPersonQuery(String personQuery) {
    this.personQuery = personQuery;
  }

  public String getFilingPerson() {
    return filingPerson;
  }

  public void setFilingPerson(String filingPerson) {
    this.filingPerson = filingPerson;
  }
}
