package fr.relais.interfaces.faces.person;

import fr.relais.application.person.FileClosureService;
import fr.relais.domain.model.person.ClosureReason;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The closure card of a person's file: close it with a reason, or reopen it (S61). */
@Named("fileClosure")
@ViewScoped
public class FileClosureBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FileClosureService closures;

  private PersonId personId;
  private String reason = ClosureReason.SUPPORT_ENDED.name();
  private transient FileClosureService.Closure view;

  public FileClosureService.Closure view(PersonId id) {
    if (view == null || !id.equals(personId)) {
      personId = id;
      view = closures.status(id);
    }
    return view;
  }

  public List<String> getReasons() {
    return List.of(ClosureReason.values()).stream().map(Enum::name).toList();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public void close() {
    Messages.attempt(
        "closure.conflict",
        () -> {
          view = closures.close(personId, reason);
          Messages.info("closure.closed");
        });
  }

  public void reopen() {
    Messages.attempt(
        "closure.conflict",
        () -> {
          view = closures.reopen(personId);
          Messages.info("closure.reopened");
        });
  }
}
