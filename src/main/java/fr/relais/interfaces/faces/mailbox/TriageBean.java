package fr.relais.interfaces.faces.mailbox;

import fr.relais.application.NotFoundException;
import fr.relais.application.Page;
import fr.relais.application.mailbox.MailboxService;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.interfaces.faces.ShellBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The structure's triage: mail that could not be filed, for its administrator. */
@Named("triage")
@RequestScoped
public class TriageBean {

  @Inject MailboxService mailbox;
  @Inject ShellBean shell;

  private String after;
  private Page<MailboxService.TriageItem> page;

  public void load() {
    StructureId structure = shell.requireStructure();
    try {
      page = mailbox.triage(structure, after, 50);
    } catch (fr.relais.application.InvalidInputException e) {
      throw new NotFoundException(); // a malformed cursor names no page
    }
  }

  public List<MailboxService.TriageItem> getRows() {
    return page == null ? List.of() : page.items();
  }

  public String getNext() {
    return page == null ? null : page.next();
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }
}
