package fr.relais.interfaces.faces.mailbox;

import fr.relais.application.InvalidInputException;
import fr.relais.application.Page;
import fr.relais.application.mailbox.MailboxService;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.interfaces.faces.ShellBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The structure's inbox: filters, keyset pages, newest first. */
@Named("inbox")
@RequestScoped
public class InboxBean {

  @Inject MailboxService mailbox;
  @Inject ShellBean shell;

  private String filter = "ALL";
  private String after;
  private Page<MailboxService.MessageSummary> page;

  public void load() {
    StructureId structure = shell.requireStructure();
    try {
      page = mailbox.inbox(structure, filter, after, 50);
    } catch (InvalidInputException e) {
      filter = "ALL";
      after = null;
      page = mailbox.inbox(structure, filter, null, 50);
    }
  }

  public List<MailboxService.MessageSummary> getRows() {
    return page == null ? List.of() : page.items();
  }

  public String getNext() {
    return page == null ? null : page.next();
  }

  public List<String> getFilters() {
    return List.of("ALL", "UNREAD", "URGENT", "ASSIGNED_TO_ME");
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter == null || filter.isBlank() ? "ALL" : filter;
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }
}
