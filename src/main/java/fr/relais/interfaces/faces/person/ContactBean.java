package fr.relais.interfaces.faces.person;

import fr.relais.application.person.PersonService;
import fr.relais.domain.model.person.ContactPart;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/**
 * The form that changes a person's contact and places (F2): filled from her file as this member
 * sees it — only who may read sealed data sees it, so only they are offered the form for a
 * protected person. The application layer decides again on saving. A field per part of the
 * catalogue ({@link ContactPart}).
 */
@Named("contactForm")
@ViewScoped
public class ContactBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PersonService persons;

  private PersonId personId;
  private final Map<ContactPart, String> parts = new EnumMap<>(ContactPart.class);
  private boolean domiciledAtStructure;

  /** Fills the form from the file once per view. */
  public boolean fill(PersonService.PersonView v) {
    if (v != null && !v.id().equals(String.valueOf(personId)) && v.contact() != null) {
      personId = PersonId.parse(v.id());
      PersonService.Contact c = v.contact();
      parts.clear();
      parts.putAll(c.parts());
      domiciledAtStructure = Boolean.TRUE.equals(c.domiciledAtStructure());
    }
    return true;
  }

  /** Saves every part at once; the file is shown again with what was recorded. */
  public String save() {
    boolean done =
        Messages.attempt(
            "contact.locked",
            () -> {
              persons.changeContact(
                  personId, new PersonService.Contact(parts, domiciledAtStructure));
              Messages.info("contact.saved");
            });
    if (!done) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/app/person?faces-redirect=true&id=" + personId;
  }

  /** The parts as typed, by part. */
  public Map<ContactPart, String> getParts() {
    return parts;
  }

  public boolean isDomiciledAtStructure() {
    return domiciledAtStructure;
  }

  public void setDomiciledAtStructure(boolean domiciledAtStructure) {
    this.domiciledAtStructure = domiciledAtStructure;
  }
}
