package fr.relais.interfaces.faces.person;

import fr.relais.application.person.PersonAccessService;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The "own access" panel of a person's file: the access link to hand over in person (shown once),
 * withdrawing it, and ending the person's access. Talks only to {@link PersonAccessService}.
 */
@Named("personAccess")
@ViewScoped
public class PersonAccessBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PersonAccessService access;

  private PersonId personId;
  private transient PersonAccessService.AccessView view;
  private String issuedLink;
  private String endReason;

  /** The panel for this person (called by the page with the file's id). */
  public PersonAccessService.AccessView view(PersonId id) {
    if (view == null || !id.equals(personId)) {
      personId = id;
      view = access.status(id);
    }
    return view;
  }

  public void issue(PersonId id) {
    Messages.attempt(
        "access.alreadyLinked",
        () -> {
          issuedLink = access.issue(id).link();
          view = null;
        });
  }

  public void withdraw(PersonId id) {
    Messages.attempt(
        () -> {
          access.withdrawPending(id);
          issuedLink = null;
          view = null;
          Messages.info("access.withdrawn");
        });
  }

  public void end(PersonId id) {
    Messages.attempt(
        "access.notLinked.error",
        () -> {
          access.end(id, endReason);
          endReason = null;
          issuedLink = null;
          view = null;
          Messages.info("access.ended");
        });
  }

  /** The link just created, shown once on this page and never again. */
  public String getIssuedLink() {
    return issuedLink;
  }

  public boolean isPendingLink() {
    return view != null && view.links().stream().anyMatch(l -> "PENDING".equals(l.status()));
  }

  public String getEndReason() {
    return endReason;
  }

  public void setEndReason(String endReason) {
    this.endReason = endReason;
  }
}
