package fr.relais.interfaces.faces.mailbox;

import fr.relais.application.Page;
import fr.relais.application.mailbox.MailboxService;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The person's sub-address and the messages filed in her record, on the person's page. */
@Named("personMailbox")
@ViewScoped
public class PersonMailboxBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MailboxService mailbox;

  private transient MailboxService.AddressView address;
  private transient Page<MailboxService.MessageSummary> page;
  private String after;
  private Long count;

  public MailboxService.AddressView address(PersonId personId) {
    if (address == null) {
      address = mailbox.address(personId);
    }
    return address;
  }

  public void rotate(PersonId personId) {
    Messages.attempt(
        () -> {
          address = mailbox.rotate(personId);
          Messages.info("mailAddress.rotated");
        });
  }

  public List<MailboxService.MessageSummary> messages(PersonId personId) {
    if (page == null) {
      page = mailbox.messages(personId, after, 50);
    }
    return page.items();
  }

  public String next(PersonId personId) {
    messages(personId);
    return page.next();
  }

  public long count(PersonId personId) {
    if (count == null) {
      count = mailbox.messageCount(personId);
    }
    return count;
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }
}
