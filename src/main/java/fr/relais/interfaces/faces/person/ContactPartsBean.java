package fr.relais.interfaces.faces.person;

import fr.relais.domain.model.person.ContactPart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** The catalogue of her contact's parts, for the pages that list or ask them. */
@Named("contactParts")
@ApplicationScoped
public class ContactPartsBean {

  /** The ways to reach her, in order. */
  public List<ContactPart> getChannels() {
    return ContactPart.channels();
  }

  /** The places of her life, in order. */
  public List<ContactPart> getPlaces() {
    return ContactPart.places();
  }
}
