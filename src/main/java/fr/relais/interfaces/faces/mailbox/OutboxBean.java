package fr.relais.interfaces.faces.mailbox;

import fr.relais.application.InvalidInputException;
import fr.relais.application.notification.OutboxService;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.interfaces.faces.ShellBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The mails Relais could not deliver to the structure's members, with why (administrators). */
@Named("outbox")
@RequestScoped
public class OutboxBean {

  @Inject OutboxService outbox;
  @Inject ShellBean shell;

  private String status = "DEAD";
  private String after;
  private OutboxService.StructureOutbox page;

  public void load() {
    StructureId structure = shell.requireStructure();
    try {
      page = outbox.structureOutbox(structure, status, after, 50);
    } catch (InvalidInputException e) {
      status = "DEAD";
      page = outbox.structureOutbox(structure, status, null, 50);
    }
  }

  public List<OutboxService.MailView> getRows() {
    return page == null ? List.of() : page.items();
  }

  public String getNext() {
    return page == null ? null : page.next();
  }

  public long count(String s) {
    return page == null
        ? 0
        : page.counts()
            .getOrDefault(fr.relais.domain.model.notification.OutboxMail.Status.valueOf(s), 0L);
  }

  public List<String> getStatuses() {
    return List.of("DEAD", "PENDING", "SENT");
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null || status.isBlank() ? "DEAD" : status;
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }
}
