package fr.relais.interfaces.faces.person;

import fr.relais.application.person.PersonService;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The form that changes a person's contact and places (F2): filled from her file as this member
 * sees it — only who may read sealed data sees it, so only they are offered the form for a
 * protected person. The application layer decides again on saving.
 */
@Named("contactForm")
@ViewScoped
public class ContactBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PersonService persons;

  private String personId;
  private String email;
  private String phone;
  private String postalAddress;
  private boolean domiciledAtStructure;
  private String shelter;
  private String workplace;
  private String childrenSchool;

  /** Fills the form from the file once per view. */
  public boolean fill(PersonService.PersonView v) {
    if (v != null && !v.id().equals(personId) && v.contact() != null) {
      personId = v.id();
      PersonService.Contact c = v.contact();
      email = c.email();
      phone = c.phone();
      postalAddress = c.postalAddress();
      domiciledAtStructure = Boolean.TRUE.equals(c.domiciledAtStructure());
      shelter = c.shelter();
      workplace = c.workplace();
      childrenSchool = c.childrenSchool();
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
                  personId,
                  new PersonService.Contact(
                      email,
                      phone,
                      postalAddress,
                      domiciledAtStructure,
                      shelter,
                      workplace,
                      childrenSchool));
              Messages.info("contact.saved");
            });
    if (!done) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/app/person?faces-redirect=true&id=" + personId;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPostalAddress() {
    return postalAddress;
  }

  public void setPostalAddress(String postalAddress) {
    this.postalAddress = postalAddress;
  }

  public boolean isDomiciledAtStructure() {
    return domiciledAtStructure;
  }

  public void setDomiciledAtStructure(boolean domiciledAtStructure) {
    this.domiciledAtStructure = domiciledAtStructure;
  }

  public String getShelter() {
    return shelter;
  }

  public void setShelter(String shelter) {
    this.shelter = shelter;
  }

  public String getWorkplace() {
    return workplace;
  }

  public void setWorkplace(String workplace) {
    this.workplace = workplace;
  }

  public String getChildrenSchool() {
    return childrenSchool;
  }

  public void setChildrenSchool(String childrenSchool) {
    this.childrenSchool = childrenSchool;
  }
}
